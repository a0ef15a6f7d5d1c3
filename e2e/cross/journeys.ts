/**
 * What a class does with Backprop Studio, written once and run in Chromium, Firefox and WebKit
 * (run.ts). Each journey opens its own session(s) and ends by asserting that the page saw no
 * console error, uncaught error or unhandled rejection. Waits are for states (waitFor), never
 * for a time.
 */
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { probeCall, waitFor, type Driver, type Target } from './driver';
import {
  FONT_SIZES,
  GRADIENT_H1_OUT,
  PANEL_BOXES,
  PHONE_MAX_WIDTH,
  TUTORIAL_FINAL_LOSS,
  TUTORIAL_START_LOSS,
  addNeuron,
  assertFitsWidth,
  assertNoErrors,
  assertNothingClipped,
  choosePreset,
  codePanel,
  dataset,
  epoch,
  loss,
  lossCurvePoints,
  openApp,
  waitForPage,
  pause,
  play,
  settledWeights,
  speed,
  texts,
  value,
  waitForAttribute,
  waitForCount,
  waitForEpoch,
  waitForState,
  weights,
  type Journey,
} from './journey-kit';

export type { Journey, JourneyContext } from './journey-kit';

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'the error watch sees console errors, uncaught errors and rejections',
    async run(context) {
      const page = await openApp(context);
      assert.deepEqual(await page.errors(), []);
      await page.evaluate(
        `(console.error('watch: console'), setTimeout(() => { throw new Error('watch: uncaught'); }), ` +
          `Promise.reject(new Error('watch: rejection')), true)`,
      );
      await waitFor(
        'the three errors',
        () => page.errors(),
        (errors) =>
          ['console', 'uncaught', 'rejection'].every((kind) =>
            errors.some((error) => error.includes(`watch: ${kind}`)),
          ),
        10_000,
      );
    },
  },
  {
    name: 'the tutorial trains to 1,000 epochs: loss, predictions, loss curve, main screen',
    async run(context) {
      const page = await openApp(context);
      assert.equal(await page.count('[data-weight]'), 9);
      assert.equal(await page.count('[data-layer]'), 6);
      assert.equal(await page.attribute('[data-loss]', 'data-loss'), TUTORIAL_START_LOSS);
      // For the engines' side-by-side comparison (run.ts): where each panel is, type sizes.
      context.record('main screen panels [x, y, width, height]', await page.evaluate(PANEL_BOXES));
      context.record('font sizes', await page.evaluate(FONT_SIZES));

      await page.click(play);
      await waitForEpoch(page, 20);
      await waitForState(page, 'done');
      assert.equal(await epoch(page), 1000);
      const finalLoss = await page.attribute('[data-loss]', 'data-loss');
      context.record('tutorial final loss', finalLoss);
      // Math.exp may differ by an ulp between engines: the same to 12 digits.
      assert.ok(
        Math.abs(Number(finalLoss) / TUTORIAL_FINAL_LOSS - 1) < 1e-12,
        `final loss ${finalLoss}, Chromium's ${TUTORIAL_FINAL_LOSS}`,
      );
      assert.deepEqual(await texts(page, 'table.predictions tbody td:nth-child(5)'), [
        '0',
        '1',
        '1',
        '0',
      ]);
      context.record('tutorial predictions', await texts(page, '[data-output]', 'data-output'));
      assert.match(await page.text('[data-announcer]'), /^Training finished: epoch 1,000/);
      context.record('tutorial loss-curve points', await lossCurvePoints(page));

      await page.screenshot(context.shot(`${context.engine}.png`));
      await assertFitsWidth(page);
      await assertNothingClipped(page);
      await assertNoErrors(page);
    },
  },
  {
    name: 'the spiral preset reaches 90 % test accuracy',
    async run(context) {
      const page = await openApp(context);
      await choosePreset(page, 'spiral');
      await page.select(speed, 'Full speed');
      await waitForCount(page, 'circle.point.train', 250);
      await page.click(play);
      await waitForState(page, 'done', 120_000);
      const accuracy = Number(await page.attribute('[data-test-accuracy]', 'data-test-accuracy'));
      context.record('spiral test accuracy', accuracy);
      context.record('spiral epochs', await epoch(page));
      assert.ok(accuracy >= 0.9, `test accuracy ${accuracy}`);
      await assertNoErrors(page);
    },
  },
  {
    name: 'a neuron added live keeps every weight and training goes on',
    async run(context) {
      const page = await openApp(context);
      await page.fill({ role: 'slider', name: 'Epochs' }, '4'); // 10^4: long enough to edit mid-run
      await page.click(play);
      await waitForEpoch(page, 30);
      // While training: 2-3-1 → 2-4-1, 12 edges, and the run goes on.
      await page.click(addNeuron);
      await waitForCount(page, '[data-weight]', 12);
      assert.equal(await page.count('[data-layer="1"]'), 4);
      await waitForEpoch(page, await epoch(page));
      // Paused, so the weights stand still: another neuron keeps each of them exactly.
      await page.click(pause);
      await waitForState(page, 'paused');
      const before = await settledWeights(page);
      const at = await epoch(page);
      await page.click(addNeuron);
      await waitForCount(page, '[data-weight]', 15);
      const after = await weights(page);
      for (const [edge, weight] of Object.entries(before)) {
        assert.equal(after[edge], weight, `weight ${edge} after adding a neuron`);
      }
      assert.equal(await epoch(page), at);
      await page.click(play);
      await waitForEpoch(page, at + 20);
      await assertNoErrors(page);
    },
  },
  {
    name: 'step-through reaches the backward phase beside the code',
    async run(context) {
      const page = await openApp(context);
      await page.click({ role: 'button', name: 'Step through' });
      const panel: Target = { role: 'region', name: 'Step through epoch 0' };
      const at = (phase: string, layer: string) =>
        waitFor(
          `${phase}, layer ${layer}`,
          async () => [
            await page.attribute(panel, 'data-phase'),
            await page.attribute(panel, 'data-layer'),
          ],
          ([shownPhase, shownLayer]) => shownPhase === phase && shownLayer === layer,
        );
      const activeCode = () => texts(page, '.code-line[data-active="true"]');

      await at('forward', '1');
      assert.match((await activeCode()).at(-1) ?? '', /hidden_output = sigmoid\(hidden_input\)/);
      await page.press('ArrowRight');
      await at('forward', '2');
      await page.press('ArrowRight');
      await waitForAttribute(page, panel, 'data-phase', (phase) => phase === 'loss');
      await page.press('ArrowRight');
      await at('backward', '2');

      await waitForCount(page, '[data-gradient]', 3);
      const gradient = Number(
        await page.attribute('.edge[data-from="1-0"][data-to="2-0"]', 'data-gradient'),
      );
      assert.ok(Math.abs(gradient - GRADIENT_H1_OUT) < 1e-15, `gradient ${gradient}`);
      assert.match(
        (await activeCode()).at(-1) ?? '',
        /gradient_output = error_output \* sigmoid_derivative\(final_output\)/,
      );
      assert.match(
        await page.text('.matrix[data-name="gradient_output"]'),
        /\[\[-0\.1077\], \[0\.01444\], \[0\.01371\], \[-0\.08894\]\]/,
      );
      // The step panel and the code panel on screen together, as a class sees them.
      await page.evaluate(
        `${probeCall('find', panel)}.scrollIntoView({ block: 'start', behavior: 'instant' })`,
      );
      assert.ok(await page.evaluate(probeCall('inViewport', codePanel)), 'code panel off screen');
      await page.screenshot(context.shot(`${context.engine}-step-through.png`));
      await assertNoErrors(page);
    },
  },
  {
    name: 'a share link reopened in a fresh session reproduces the run',
    async run(context) {
      const page = await openApp(context);
      await page.select(dataset, 'Circle');
      await page.fill({ role: 'slider', name: 'Learning rate' }, '-0.5'); // 10^-0.5 ≈ 0.32
      await page.fill({ role: 'slider', name: 'Hidden neurons' }, '4');
      await page.fill({ role: 'slider', name: 'Epochs' }, '2'); // 100 epochs
      await page.select(speed, 'Full speed');
      await waitForCount(page, '[data-weight]', 12);
      // Live edits keep the weights they had; Reset starts this config's own run, as a link
      // does: its own starting weights (epoch 0 before and after, so wait for the weights).
      const edited = await weights(page);
      await page.click({ role: 'button', name: 'Reset' });
      const start = await waitFor(
        'the starting weights of this config',
        () => weights(page),
        (shown) => !isDeepStrictEqual(shown, edited),
      );
      assert.equal(await epoch(page), 0);
      const settings = async (p: Driver) => ({
        dataset: await value(p, dataset),
        speed: await value(p, speed),
        ...Object.fromEntries(
          await Promise.all(
            ['Learning rate', 'Epochs', 'Hidden neurons'].map(async (name) => [
              name,
              await p.attribute({ role: 'slider', name }, 'aria-valuetext'),
            ]),
          ),
        ),
        edges: await p.count('[data-weight]'),
      });
      const shown = await settings(page);
      assert.equal(shown['Learning rate'], '0.32');
      await page.click({ text: 'Share' });
      await page.click({ role: 'button', name: 'Copy link' });
      const link = await waitFor(
        'the link',
        () => value(page, { role: 'textbox', name: 'Link' }),
        (shownLink) => shownLink.startsWith('http'),
      );
      assert.ok(link.includes('lr=0.32') && !link.includes('NaN'), link);
      await page.click(play);
      await waitForState(page, 'done');
      assert.equal(await epoch(page), 100);
      const trained = { loss: await loss(page), weights: await settledWeights(page) };
      await assertNoErrors(page);
      await page.close();

      // A fresh session: no storage, cache or service worker from the first.
      const fresh = await context.open();
      await fresh.go(link);
      await waitForPage(fresh);
      await waitForCount(fresh, '[data-weight]', shown.edges);
      assert.deepEqual(await settings(fresh), shown);
      await waitFor(
        'the same starting weights',
        () => weights(fresh),
        (shownWeights) => isDeepStrictEqual(shownWeights, start),
      );
      assert.equal(await fresh.count('[data-notice]'), 0);
      await fresh.click(play);
      await waitForState(fresh, 'done');
      assert.equal(await epoch(fresh), 100);
      assert.equal(await loss(fresh), trained.loss);
      assert.deepEqual(await settledWeights(fresh), trained.weights);
      await assertNoErrors(fresh);
    },
  },
  {
    name: 'a click on an edge edits its weight',
    async run(context) {
      const page = await openApp(context);
      const edge = '[data-from="0-0"][data-to="1-0"]';
      const editor: Target = { role: 'textbox', name: /Weight x₁ to h1/ };
      await page.click(edge);
      await page.fill(editor, '-2.5');
      await page.press('Enter');
      await waitForAttribute(page, edge, 'data-weight', (weight) => weight === '-2.5');
      // The predictions follow at once.
      await waitForAttribute(page, '[data-loss]', 'data-loss', (l) => l !== TUTORIAL_START_LOSS);
      // Junk is refused with a message and changes nothing.
      await page.click(edge);
      await page.fill(editor, 'abc');
      await waitForCount(page, { text: /^Enter a number/ }, 1);
      await page.press('Enter');
      await page.press('Escape');
      await waitForCount(page, editor, 0);
      assert.equal(await page.attribute(edge, 'data-weight'), '-2.5');
      await assertNoErrors(page);
    },
  },
  {
    name: 'the dark theme applies, and stays after a reload',
    async run(context) {
      const page = await openApp(context);
      await page.click({ role: 'radio', name: 'Dark', within: { role: 'group', name: 'Theme' } });
      await waitForAttribute(page, 'html', 'data-theme', (theme) => theme === 'dark');
      const background = () =>
        page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
      assert.equal(await background(), 'rgb(13, 17, 23)');
      await page.go(await page.url());
      await waitForPage(page);
      assert.equal(await page.attribute('html', 'data-theme'), 'dark');
      assert.equal(await background(), 'rgb(13, 17, 23)');
      await page.screenshot(context.shot(`${context.engine}-dark.png`));
      await assertNothingClipped(page);
      await assertNoErrors(page);
    },
  },
  {
    name: 'phone and tablet sizes: nothing wider than the screen, nothing clipped, it trains',
    async run(context) {
      // WebKit is what iPads and iPhones run (iPad Air 820 × 1180, iPhone 13 390 × 844); the
      // others at the same tablet size and a common Android phone's (Pixel 7, 412 × 915).
      const sizes: [string, number, number][] =
        context.engine === 'webkit'
          ? [
              ['ipad', 820, 1180],
              ['iphone', 390, 844],
            ]
          : [
              ['tablet', 820, 1180],
              ['phone', 412, 915],
            ];
      for (const [device, width, height] of sizes) {
        const page = await context.open();
        await page.viewport(width, height);
        await page.go(context.url);
        await waitForPage(page);
        assert.deepEqual(await page.evaluate('[innerWidth, innerHeight]'), [width, height]);
        await page.screenshot(context.shot(`${context.engine}-${device}.png`));
        await assertFitsWidth(page);
        await assertNothingClipped(page);
        await page.evaluate('window.scrollTo(0, 2000)');
        if (width <= PHONE_MAX_WIDTH) {
          // On a phone the transport bar stays on screen however far the page is scrolled.
          assert.ok(await page.evaluate(probeCall('inViewport', play)), 'Play off screen');
        }
        await page.click(play);
        await waitForEpoch(page, 10);
        await assertNoErrors(page);
        await page.close();
      }
    },
  },
];
