import { useRef, useState, type ReactNode } from 'react';
import { useDismissable } from './use-dismissable';
import './HeaderMenu.css';

interface HeaderMenuProps {
  readonly label: string;
  /** The button's tooltip: what the menu holds. */
  readonly title: string;
  readonly className: string;
  /** The tour's name for the menu, where it points at it. */
  readonly tour?: string;
  /** The menu's panel (give its root the class `header-menu-panel`). */
  readonly children: ReactNode;
}

/**
 * A disclosure in the header that closes as menus do (Escape, a press outside). Its panel is
 * mounted the first time it opens and kept after: a first visit only needs the button, and
 * what was typed in the panel stays while it is closed.
 */
export function HeaderMenu({ label, title, className, tour, children }: HeaderMenuProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismissable(menu);
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={`header-menu ${className}`}
      data-tour={tour}
      ref={menu}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary title={title}>{label}</summary>
      {opened && children}
    </details>
  );
}
