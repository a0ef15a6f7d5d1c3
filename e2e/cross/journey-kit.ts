/**
 * What the journeys (journeys.ts) share: the app's known numbers, the controls they press, and
 * the waits and checks every journey uses.
 */
import assert from 'node:assert/strict';
import {
  probeCall,
  waitFor,
  type Driver,
  type Engine,
  type OpenSession,
  type Target,
} from './driver';

export interface JourneyContext {
  readonly engine: Engine;
  /** The app's URL, ending in '/'. */
  readonly url: string;
  /** A new session (WebKit: one at a time, so close the last one first). */
  readonly open: OpenSession;
  /** Path of a screenshot kept in docs/screenshots/browsers/. */
  shot(name: string): string;
  /** A value compared across engines after every engine has run. */
  record(key: string, value: unknown): void;
}

export interface Journey {
  readonly name: string;
  run(context: JourneyContext): Promise<void>;
}

/** The tutorial prints "Epoch 0, Loss: 0.3859387189496001". */
export const TUTORIAL_START_LOSS = '0.3859387189496001';
/** The loss after 1,000 epochs as Chromium shows it (V8's Math.exp). */
export const TUTORIAL_FINAL_LOSS = 0.003249268930824188;
/** dE/dw for h1 → ŷ in the first step (e2e/step-mode.spec.ts, NumPy's number). */
export const GRADIENT_H1_OUT = 0.11809712681141066;
/** Up to this width the app lays out for a phone (src/app/styles.css): transport bar fixed. */
export const PHONE_MAX_WIDTH = 760;

export const play: Target = { role: 'button', name: 'Play' };
export const pause: Target = { role: 'button', name: 'Pause' };
export const speed: Target = { role: 'combobox', name: /^Speed/ };
export const dataset: Target = { role: 'combobox', name: 'Dataset' };
/** Off at first: another dataset keeps the network and settings, as in Playground. */
const applyPreset: Target = { role: 'checkbox', name: 'Apply the preset' };
export const addNeuron: Target = { role: 'button', name: 'Add neuron to layer 1' };
export const codePanel: Target = { role: 'heading', name: 'The tutorial’s code, in sync' };

export const epoch = async (page: Driver) =>
  Number(await page.attribute('[data-epoch]', 'data-epoch'));
export const loss = async (page: Driver) =>
  Number(await page.attribute('[data-loss]', 'data-loss'));

export function waitForCount(page: Driver, target: Target, count: number): Promise<number> {
  return waitFor(
    `${count} × ${JSON.stringify(target)}`,
    () => page.count(target),
    (n) => n === count,
  );
}

export function waitForAttribute(
  page: Driver,
  target: Target,
  name: string,
  accept: (value: string | null) => boolean,
  timeout?: number,
): Promise<string | null> {
  return waitFor(
    `${name} of ${JSON.stringify(target)}`,
    () => page.attribute(target, name),
    accept,
    timeout,
  );
}

export const waitForState = (page: Driver, state: string, timeout = 60_000) =>
  waitForAttribute(page, '[data-state]', 'data-state', (shown) => shown === state, timeout);

export const waitForEpoch = (page: Driver, above: number) =>
  waitFor(
    `epoch > ${above}`,
    () => epoch(page),
    (shown) => shown > above,
  );

export async function openApp(context: JourneyContext): Promise<Driver> {
  const page = await context.open();
  await page.go(context.url);
  await waitForPage(page);
  return page;
}

/** Until the page has mounted every stage (src/shared/page-stages.ts: the graph first). */
export const waitForPage = (page: Driver) =>
  waitFor(
    'the whole page',
    () => page.count('html[data-page-complete] [data-weight]'),
    (n) => n > 0,
  );

/** Every weight by its edge, "from→to": edges, not positions, so a new neuron shifts nothing. */
export function weights(page: Driver): Promise<Record<string, number>> {
  return page.evaluate(
    `Object.fromEntries(Array.from(document.querySelectorAll('[data-weight]'), (edge) => ` +
      `[edge.getAttribute('data-from') + '→' + edge.getAttribute('data-to'), ` +
      `Number(edge.getAttribute('data-weight'))]))`,
  );
}

/** The weights once the graph shows those of the epoch shown (they lag while training). */
export async function settledWeights(page: Driver): Promise<Record<string, number>> {
  await waitFor(
    'the weights of the epoch shown',
    async () => [
      await page.attribute('svg[aria-label="Network graph"]', 'data-values-epoch'),
      await page.attribute('[data-epoch]', 'data-epoch'),
    ],
    ([valuesEpoch, shownEpoch]) => valuesEpoch === shownEpoch,
  );
  return weights(page);
}

export const texts = (page: Driver, css: string, attribute?: string) =>
  page.evaluate<string[]>(
    `Array.from(document.querySelectorAll(${JSON.stringify(css)}), (e) => ` +
      (attribute ? `e.getAttribute(${JSON.stringify(attribute)}))` : `e.textContent)`),
  );

export const value = (page: Driver, target: Target) =>
  page.evaluate<string>(`${probeCall('find', target)}.value`);

/** Chooses `name` in the dataset menu with its preset (network, features, rate). */
export async function choosePreset(page: Driver, name: string): Promise<void> {
  await page.click(applyPreset);
  await waitFor(
    'Apply the preset ticked',
    () => page.evaluate<boolean>(`${probeCall('find', applyPreset)}.checked`),
    (ticked) => ticked,
  );
  await page.select(dataset, name);
}

/** Points on the loss curve's training line. */
export async function lossCurvePoints(page: Driver): Promise<number> {
  const d = await page.attribute('svg[aria-label="Loss curve"] path.series.train', 'd');
  return (d ?? '').split(/[ML]/).length - 1;
}

export async function assertNoErrors(page: Driver): Promise<void> {
  assert.deepEqual(await page.errors(), [], 'console errors, uncaught errors or rejections');
}

export async function assertFitsWidth(page: Driver): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, innerWidth]',
  );
  assert.ok(scrollWidth <= innerWidth, `page ${scrollWidth} px wide in a ${innerWidth} px window`);
}

/** What a learner reads first: headings, labels and buttons. */
export const READ_FIRST = 'h1, h2, h3, .subtitle, label, legend, button, summary';

/** No menu too narrow for its choice; no heading, label or button under another element. */
export async function assertNothingClipped(page: Driver): Promise<void> {
  assert.deepEqual(await page.evaluate('window.__cross.clippedMenus()'), [], 'clipped menus');
  assert.deepEqual(
    await page.evaluate(`window.__cross.coveredText(${JSON.stringify(READ_FIRST)})`),
    [],
    'covered text',
  );
}

/** The header's and each panel's box, by the panel's last class name. */
export const PANEL_BOXES = `Object.fromEntries(Array.from(document.querySelectorAll('.app-header, .panel'), (e) => {
  const box = e.getBoundingClientRect();
  return [e.className.split(' ').pop(), [box.x, box.y, box.width, box.height].map(Math.round)];
}))`;

/** The computed font size of each kind of text on the main screen. */
export const FONT_SIZES = `Object.fromEntries(${JSON.stringify([
  'body',
  'h1',
  '.subtitle',
  '.panel h2',
  'button',
  'select',
  'label',
  'table.predictions td',
  'svg[aria-label="Loss curve"] text',
  'svg[aria-label="Network graph"] text',
])}.map((s) => [s, document.querySelector(s) && getComputedStyle(document.querySelector(s)).fontSize]))`;
