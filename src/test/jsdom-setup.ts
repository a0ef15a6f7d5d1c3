/**
 * Imported first by every component test (`// @vitest-environment jsdom`): jest-dom's matchers,
 * an unmount after each test, and inert stand-ins for the browser APIs the views use that jsdom
 * lacks. The stand-ins never call back on their own, so nothing a test sees depends on timing:
 * sizes stay at the views' fallbacks (no ResizeObserver reports), canvases draw into nothing,
 * media queries never match.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** Defines `name` on `target` only where jsdom has no implementation of its own. */
function stub(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

/** Observes nothing: useElementSize keeps its fallback size. */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
stub(globalThis, 'ResizeObserver', InertResizeObserver);

/**
 * A 2D context that keeps pixel buffers (createImageData, getImageData) and ignores drawing.
 * jsdom's own getContext logs "not implemented" and returns null; ours is always replaced.
 */
function fakeContext2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const imageData = (width: number, height: number) => ({
    width,
    height,
    colorSpace: 'srgb',
    data: new Uint8ClampedArray(Math.max(0, width * height * 4)),
  });
  const known: Record<string, unknown> = {
    canvas,
    createImageData: (width: number | ImageData, height?: number) =>
      typeof width === 'number'
        ? imageData(width, height ?? width)
        : imageData(width.width, width.height),
    getImageData: (_x: number, _y: number, width: number, height: number) =>
      imageData(width, height),
    measureText: (text: string) => ({ width: text.length * 6 }),
  };
  // Any other method (putImageData, fillRect, drawImage, …) does nothing; properties are kept.
  return new Proxy(known, {
    get: (target, name: string) => (name in target ? target[name] : () => undefined),
  }) as unknown as CanvasRenderingContext2D;
}
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
  configurable: true,
  writable: true,
  value(this: HTMLCanvasElement, kind: string) {
    return kind === '2d' ? fakeContext2d(this) : null;
  },
});

/** A path that records nothing: the fake context draws nothing anyway. */
class InertPath2D {
  addPath(): void {}
}
stub(globalThis, 'Path2D', InertPath2D);

/** No media query matches: the wide, light, motion-allowed page. */
stub(window, 'matchMedia', (query: string): MediaQueryList => {
  const list = {
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  };
  return list as MediaQueryList;
});

// SVG geometry: jsdom lays nothing out, so every box is empty.
stub(SVGElement.prototype, 'getBBox', () => ({ x: 0, y: 0, width: 0, height: 0 }));
stub(SVGElement.prototype, 'getComputedTextLength', () => 0);

stub(Element.prototype, 'scrollIntoView', () => {});
stub(Element.prototype, 'setPointerCapture', () => {});
stub(Element.prototype, 'releasePointerCapture', () => {});
stub(Element.prototype, 'hasPointerCapture', () => false);

// <dialog>: open and close by attribute, which is what the views' CSS and queries look at.
stub(HTMLDialogElement.prototype, 'showModal', function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
});
stub(HTMLDialogElement.prototype, 'show', function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
});
stub(HTMLDialogElement.prototype, 'close', function (this: HTMLDialogElement) {
  if (!this.open) return;
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
});
