import { useStores, useView } from '@/state/hooks';
import { useEffect } from 'react';
import './presenter.css';

/**
 * Presenter mode (present=1 in a link) and the hidden controls (hide=…, presenting or not): puts
 * `presenter` and the hidden control ids on <html>, where presenter.css enlarges the type, raises
 * the contrast and hides each element whose data-control is listed; shows the one button that
 * leaves the mode.
 */
export function PresenterMode() {
  const { view } = useStores();
  const presenter = useView((s) => s.presenter);
  const hide = useView((s) => s.hide);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenter', presenter);
    if (hide.length > 0) root.dataset.hide = hide.join(' ');
    else delete root.dataset.hide;
  }, [presenter, hide]);
  if (!presenter) return null;
  return (
    <button
      type="button"
      className="leave-presenter"
      onClick={() => view.getState().set({ presenter: false })}
    >
      Leave presenter mode
    </button>
  );
}
