/**
 * The in-page half of the cross-browser driver. The journeys' server (server.ts) puts this
 * script, compiled to a classic script, first in <head> of every page it serves, so in every
 * engine — even WebKitWebDriver, which has no init scripts and no console log — it:
 * - records console.error calls, uncaught errors, unhandled promise rejections and CSP
 *   violations from the very first script on;
 * - marks the first-visit tour as seen (as e2e/helpers.ts skipTour does for Playwright);
 * - finds elements by role and accessible name, by text or by CSS, the same way in every engine,
 *   so that only the input (clicks, keys) goes through each browser's own automation.
 * Written as a module for the type checker; server.ts strips the export and wraps it.
 */

import type { WireName, WireQuery } from './probe-types';

export function install(): void {
  if (window.__cross) return;
  const errors: string[] = [];
  const describe = (value: unknown): string =>
    value instanceof Error ? `${value.name}: ${value.message}` : String(value);

  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(describe).join(' ')}`);
    consoleError(...args);
  };
  window.addEventListener('error', (event) => {
    errors.push(`uncaught: ${event.error ? describe(event.error) : event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    errors.push(`unhandled rejection: ${describe(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    errors.push(`CSP refused ${event.blockedURI || 'inline'} (${event.violatedDirective})`);
  });
  try {
    localStorage.setItem('backprop-studio:tour-seen', '1');
  } catch {
    // No storage (opaque origin): the tour stays closed anyway.
  }

  const ROLES: Record<string, string> = {
    button: 'button, input[type=button], input[type=submit], input[type=reset], [role=button]',
    link: 'a[href], [role=link]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
    slider: 'input[type=range], [role=slider]',
    combobox: 'select:not([multiple]):not([size]), [role=combobox]',
    textbox:
      'input:not([type]), input[type=text], input[type=search], input[type=url], ' +
      'input[type=email], input[type=tel], textarea, [role=textbox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    region: 'section, [role=region]',
    img: 'img, [role=img]',
    group: 'fieldset, details, [role=group]',
    dialog: 'dialog, [role=dialog]',
    table: 'table, [role=table]',
  };
  /** Roles whose name comes from their content when nothing else names them. */
  const NAMED_BY_CONTENT = new Set(['button', 'link', 'heading', 'radio', 'checkbox']);

  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  const rendered = (element: Element): boolean => {
    if (element.closest('[aria-hidden="true"]')) return false;
    if (element.getClientRects().length === 0) return false;
    return getComputedStyle(element).visibility !== 'hidden';
  };

  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    if (node.getAttribute('aria-hidden') === 'true') return '';
    if (node instanceof HTMLElement && node.hidden) return '';
    return Array.from(node.childNodes, textOf).join('');
  };

  const nameOf = (element: Element, role: string): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id))
          .map((label) => (label ? textOf(label) : ''))
          .join(' '),
      );
    }
    const label = element.getAttribute('aria-label');
    if (label && label.trim()) return squash(label);
    if (
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      element.labels &&
      element.labels.length > 0
    ) {
      return squash(Array.from(element.labels, textOf).join(' '));
    }
    if (element instanceof HTMLFieldSetElement) {
      const legend = element.querySelector(':scope > legend');
      if (legend) return squash(textOf(legend));
    }
    if (element instanceof HTMLImageElement) return squash(element.alt);
    if (NAMED_BY_CONTENT.has(role)) {
      const content = squash(textOf(element));
      if (content) return content;
    }
    return squash(element.getAttribute('title') ?? '');
  };

  const matches = (actual: string, expected: WireName): boolean =>
    typeof expected === 'string'
      ? actual === squash(expected)
      : new RegExp(expected.source, expected.flags).test(actual);

  const show = (query: WireQuery): string => JSON.stringify(query);

  const all = (query: WireQuery): Element[] => {
    const scopes: ParentNode[] = query.within ? [find(query.within)] : [document];
    let found: Element[];
    if (query.css) {
      found = scopes.flatMap((scope) => Array.from(scope.querySelectorAll(query.css!)));
    } else if (query.role) {
      const role = query.role;
      const selector = ROLES[role] ?? `[role=${role}]`;
      found = scopes
        .flatMap((scope) => Array.from(scope.querySelectorAll(selector)))
        .filter((element) => {
          const explicit = element.getAttribute('role');
          if (explicit && explicit !== role) return false;
          // A <section> is a region only when it has a name.
          if (role === 'region' && !nameOf(element, role)) return false;
          if (!rendered(element) && !(element instanceof HTMLInputElement)) return false;
          if (element instanceof HTMLInputElement && element.closest('[aria-hidden="true"]')) {
            return false;
          }
          return query.name === undefined || matches(nameOf(element, role), query.name);
        });
    } else if (query.text !== undefined) {
      const text = query.text;
      found = scopes
        .flatMap((scope) => Array.from(scope.querySelectorAll('body *')))
        .filter((element) => rendered(element) && matches(squash(textOf(element)), text))
        // The innermost element with that text, not each of its ancestors.
        .filter((element, _, list) => !list.some((o) => o !== element && element.contains(o)));
    } else {
      throw new Error(`Query without css, role or text: ${show(query)}`);
    }
    if (query.nth !== undefined) return found.slice(query.nth, query.nth + 1);
    return found;
  };

  const find = (query: WireQuery): Element => {
    const found = all(query);
    if (found.length === 0) throw new Error(`No element for ${show(query)}`);
    if (found.length > 1) throw new Error(`${found.length} elements for ${show(query)}`);
    return found[0]!;
  };

  const describeElement = (element: Element | null): string =>
    element
      ? `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}` +
        `${element.getAttribute('class') ? `.${element.getAttribute('class')!.replace(/\s+/g, '.')}` : ''}>`
      : 'nothing';

  /**
   * Where a click on the target lands: its centre, scrolled into view, and checked to hit the
   * target itself (not something covering it). A visually hidden radio or checkbox is clicked
   * through its label, as a learner would.
   */
  const clickPoint = (query: WireQuery) => {
    let element = find(query);
    if (element instanceof HTMLInputElement && element.labels && element.labels.length > 0) {
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) element = element.labels[0]!;
    }
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    const label = element instanceof HTMLLabelElement ? element.control : null;
    if (!hit || !(element.contains(hit) || (label !== null && hit === label))) {
      throw new Error(
        `${show(query)}: ${describeElement(element)} is covered by ${describeElement(hit)} at its centre`,
      );
    }
    return { x, y };
  };

  const valueSetter = (element: Element) => {
    const prototype = Object.getPrototypeOf(element) as object;
    const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    if (!setter) throw new Error(`${element.tagName} has no value to set`);
    return setter;
  };

  const fire = (element: Element) => {
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** Widths a <select> needs for its chosen option's text, compared with what it has. */
  const clippedMenus = (): string[] =>
    Array.from(document.querySelectorAll('select'))
      .filter(rendered)
      .flatMap((select) => {
        const option = select.selectedOptions[0];
        if (!option) return [];
        const style = getComputedStyle(select);
        const probe = document.createElement('span');
        probe.textContent = option.text;
        probe.style.font = style.font;
        probe.style.letterSpacing = style.letterSpacing;
        probe.style.position = 'absolute';
        probe.style.visibility = 'hidden';
        probe.style.whiteSpace = 'pre';
        document.body.append(probe);
        const textWidth = probe.getBoundingClientRect().width;
        probe.remove();
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        // The room left for the text beside the padding and the drop-down arrow (≈ 1 em).
        const room = select.clientWidth - padding - parseFloat(style.fontSize);
        return textWidth > room + 0.5
          ? [
              `${nameOf(select, 'combobox')}: "${option.text}" needs ${Math.ceil(textWidth)} px, has ${Math.floor(room)} px`,
            ]
          : [];
      });

  /** Inside something fixed or sticky: a bar meant to float over the page as it scrolls. */
  const floating = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const { position } = getComputedStyle(at);
      if (position === 'fixed' || position === 'sticky') return true;
    }
    return false;
  };

  /** Hidden but for screen readers: a 1 px box or a clip-path (the theme toggle's legend). */
  const visuallyHidden = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      const box = at.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
      if (getComputedStyle(at).clipPath !== 'none') return true;
    }
    return false;
  };

  /**
   * Text of the matched elements, inside the viewport, that another element covers: a title
   * under a button, say. Hit-tests three points across each line of each text.
   */
  const coveredText = (selector: string): string[] => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (!rendered(element) || floating(element)) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement;
        const text = squash(node.textContent ?? '');
        if (!owner || !text || !rendered(owner) || visuallyHidden(owner)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of Array.from(range.getClientRects())) {
          if (line.width < 4 || line.top < 0 || line.left < 0) continue;
          if (line.bottom > innerHeight || line.right > innerWidth) continue;
          const y = line.top + line.height / 2;
          const hits = [line.left + 2, line.left + line.width / 2, line.right - 2].map((x) =>
            document.elementFromPoint(x, y),
          );
          const cover = hits.find((hit) => hit && !owner.contains(hit) && !floating(hit));
          if (cover) found.push(`"${text}" is under ${describeElement(cover)}`);
        }
      }
    }
    return [...new Set(found)];
  };

  window.__cross = {
    errors,
    find,
    count: (query) => all(query).length,
    text: (query) => squash(textOf(find(query))),
    attribute: (query, name) => find(query).getAttribute(name),
    setValue(query, value) {
      const element = find(query);
      valueSetter(element).call(element, value);
      fire(element);
    },
    selectLabel(query, label) {
      const element = find(query);
      if (!(element instanceof HTMLSelectElement))
        throw new Error(`Not a <select>: ${show(query)}`);
      const option = Array.from(element.options).find(
        (o) => squash(o.label) === label || o.value === label,
      );
      if (!option) throw new Error(`No option "${label}" in ${show(query)}`);
      valueSetter(element).call(element, option.value);
      fire(element);
    },
    focusAndSelect(query) {
      const element = find(query);
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
        throw new Error(`Not a text field: ${show(query)}`);
      }
      element.focus();
      element.select();
    },
    clickPoint,
    inViewport(query) {
      const box = find(query).getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= innerHeight &&
        box.right <= innerWidth
      );
    },
    clippedMenus,
    coveredText,
  };
}
