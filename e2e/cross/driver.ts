/**
 * The small driver the cross-browser journeys are written against, once for every engine.
 * Finding elements (by role and accessible name, text or CSS) and reading them happen in the page,
 * in probe.ts, identically everywhere; clicks and keys go through each browser's own automation
 * (Chrome DevTools Protocol, WebDriver BiDi, WebDriver classic), as a learner's input would.
 */
import type { WireQuery } from './probe-types';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export type Name = string | RegExp;

/** What to act on: a CSS selector, or a role with its accessible name, or a text. */
export type Target =
  | string
  | {
      readonly role?: string;
      readonly name?: Name;
      readonly text?: Name;
      readonly css?: string;
      readonly within?: Target;
      readonly nth?: number;
    };

export type Key = 'ArrowRight' | 'ArrowLeft' | 'Enter' | 'Escape' | 'Tab';

export interface Driver {
  readonly engine: Engine;
  /** Browser name and version, e.g. "Firefox 153.8.0esr". */
  readonly version: string;
  /** Navigates and waits for the page's load event. */
  go(url: string): Promise<void>;
  url(): Promise<string>;
  /** A real click (the browser's own input) at the element's centre, scrolled into view. */
  click(target: Target): Promise<void>;
  /** Types into a text field (replacing its text); sets a range input's value. */
  fill(target: Target, value: string): Promise<void>;
  /** Chooses a <select> option by its label (or value). */
  select(target: Target, label: string): Promise<void>;
  /** A key pressed at whatever has the focus. */
  press(key: Key): Promise<void>;
  text(target: Target): Promise<string>;
  attribute(target: Target, name: string): Promise<string | null>;
  count(target: Target): Promise<number>;
  /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** The visible part of the page (the viewport) as PNG. */
  screenshot(path: string): Promise<void>;
  /** Sets the viewport (the page's innerWidth × innerHeight) in CSS pixels. */
  viewport(width: number, height: number): Promise<void>;
  /** Console errors, uncaught errors and unhandled rejections since the page opened. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens a new session: new storage, caches and service workers, nothing shared. */
export type OpenSession = () => Promise<Driver>;

/** How long an action waits for its element to appear. */
const ACTION_TIMEOUT = 10_000;

export function toWire(target: Target): WireQuery {
  if (typeof target === 'string') return { css: target };
  const name = (value: Name | undefined) =>
    value instanceof RegExp ? { source: value.source, flags: value.flags } : value;
  return {
    ...target,
    name: name(target.name),
    text: name(target.text),
    within: target.within === undefined ? undefined : toWire(target.within),
  };
}

/** `__cross.<method>(<query>, …args)` as an expression for evaluate. */
export function probeCall(method: string, target: Target, ...args: unknown[]): string {
  const list = [toWire(target), ...args].map((value) => JSON.stringify(value)).join(', ');
  return `window.__cross.${method}(${list})`;
}

/**
 * Everything but the input and the session: each engine's adapter supplies those few
 * primitives, the rest is the same code in every engine.
 */
export abstract class ProbeDriver implements Driver {
  abstract readonly engine: Engine;
  abstract readonly version: string;
  abstract go(url: string): Promise<void>;
  abstract url(): Promise<string>;
  abstract evaluate<T>(expression: string): Promise<T>;
  abstract press(key: Key): Promise<void>;
  abstract screenshot(path: string): Promise<void>;
  abstract viewport(width: number, height: number): Promise<void>;
  abstract close(): Promise<void>;
  /** A left click at a point of the viewport (CSS pixels), with the browser's own input. */
  protected abstract clickAt(x: number, y: number): Promise<void>;
  /** Types text at the focused element, key by key. */
  protected abstract type(text: string): Promise<void>;
  /** Errors the browser reported by its own channel (console, page errors), if it has one. */
  protected abstract nativeErrors(): string[];

  /** Acting on an element waits, as a learner would, for it to be there: one, not none or two. */
  private async ready(target: Target): Promise<void> {
    await waitFor(
      `one element for ${JSON.stringify(toWire(target))}`,
      () => this.count(target),
      (count) => count === 1,
      ACTION_TIMEOUT,
    );
  }

  async click(target: Target): Promise<void> {
    await this.ready(target);
    const { x, y } = await this.evaluate<{ x: number; y: number }>(probeCall('clickPoint', target));
    await this.clickAt(x, y);
  }

  async fill(target: Target, value: string): Promise<void> {
    await this.ready(target);
    const type = await this.evaluate<string>(`${probeCall('find', target)}.type ?? ''`);
    if (type === 'range' || type === 'number') {
      await this.evaluate(probeCall('setValue', target, value));
      return;
    }
    await this.evaluate(probeCall('focusAndSelect', target));
    await this.type(value);
  }

  async select(target: Target, label: string): Promise<void> {
    await this.ready(target);
    await this.evaluate(probeCall('selectLabel', target, label));
  }

  text(target: Target): Promise<string> {
    return this.evaluate(probeCall('text', target));
  }

  attribute(target: Target, name: string): Promise<string | null> {
    return this.evaluate(probeCall('attribute', target, name));
  }

  count(target: Target): Promise<number> {
    return this.evaluate(probeCall('count', target));
  }

  async errors(): Promise<string[]> {
    const probe = await this.evaluate<string[] | null>('window.__cross?.errors ?? null');
    if (probe === null) return ['the probe is missing from the page: errors cannot be watched'];
    return [...this.nativeErrors(), ...probe];
  }
}

export class TimeoutError extends Error {}

/**
 * Polls `read` until `accept` holds or `timeout` ms pass; the last value read is in the error.
 * The only way the journeys wait: for a state, never for a time.
 */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let failure: unknown;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    try {
      last = await read();
      failure = undefined;
      if (accept(last)) return last;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) {
      const seen = failure instanceof Error ? failure.message : JSON.stringify(last);
      throw new TimeoutError(`Timed out after ${timeout} ms waiting for ${what}; last: ${seen}`);
    }
    await new Promise((wake) => setTimeout(wake, delay));
  }
}
