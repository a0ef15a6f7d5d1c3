/**
 * The export of an edited run: the script replays the learner's changes at their epochs and
 * prints the losses the app recorded (every 100 epochs and after the last update), to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import type { RunEdit, RunRecord, TrainerConfig } from '@/training/protocol';
import { advance, RunState } from '@/training/run-state';
import { Trainer } from '@/training/trainer';
import { pythonScriptOf } from './python-export';
import { HAS_NUMPY, MUST_RUN, printedLosses, runPython, SUITE } from './python-runner';

/** The app's recorded losses for `record` run to `epochs`: what the chart and readout show. */
function appLosses(record: RunRecord, epochs: number): Map<number, number> {
  const state = new RunState(record.start, record.origin);
  const losses = new Map<number, number>();
  let applied = 0;
  for (let epoch = state.epoch; epoch <= epochs; epoch++) {
    // advance applies every edit it is given that the run has reached: give it the rest.
    advance(state, epoch, record.edits.slice(applied));
    while (applied < record.edits.length && record.edits[applied]!.epoch <= epoch) applied++;
    if (epoch % 100 === 0 || epoch === epochs) losses.set(epoch, state.measure().trainLoss);
  }
  return losses;
}

/** The script of a run that trained `record` to its target, as the page exports it. */
function scriptOf(record: RunRecord): string {
  const trainer = new Trainer(record.start);
  trainer.replay(record, record.start.epochTarget);
  const snapshot = trainer.snapshot(0);
  return pythonScriptOf(snapshot, trainer.record(), snapshot.trainedWith);
}

const configure = (epoch: number, patch: Partial<TrainerConfig>): RunEdit => ({
  epoch,
  kind: 'configure',
  patch,
});

/** The run: a live resize 3 → 4 before training, the rate lowered at epoch 200. */
const RESIZE_AND_RATE: RunRecord = {
  start: TUTORIAL_CONFIG,
  origin: null,
  edits: [configure(0, { hiddenSizes: [4] }), configure(200, { learningRate: 0.4 })],
};

const CIRCLE: TrainerConfig = {
  ...TUTORIAL_CONFIG,
  dataset: 'circle',
  pointCount: 40,
  noise: 0.1,
  hiddenSizes: [4],
  hiddenActivation: 'tanh',
  learningRate: 0.03,
  epochTarget: 700,
  init: 'glorot',
  seed: 3,
};

const CASES: { name: string; record: RunRecord }[] = [
  { name: 'resize 3 → 4 at epoch 0, rate 0.4 at epoch 200', record: RESIZE_AND_RATE },
  {
    name: 'every kind of edit, settings switching code paths on and off',
    record: {
      start: CIRCLE,
      origin: null,
      edits: [
        configure(100, { batchSize: 5, reduction: 'mean' }),
        { epoch: 150, kind: 'setParam', index: 2, value: -0.75 },
        { epoch: 200, kind: 'addPoint', x: 1.5, y: -2.25, label: 1 },
        { epoch: 200, kind: 'erase', x: 3, y: 3, radius: 2 },
        configure(250, { regularization: 'l2', regularizationRate: 0.01, batchSize: 0 }),
        { epoch: 300, kind: 'regenerate' },
        configure(350, { hiddenSizes: [5, 2], features: ['x1', 'x2', 'x1x2'] }),
        configure(400, { loss: 'bce', regularization: 'l1', reduction: 'sum' }),
        configure(450, { outputActivation: 'tanh', learningRate: 0.01 }),
        configure(500, { outputActivation: 'sigmoid', hiddenActivation: 'relu', batchSize: 8 }),
        configure(600, { loss: 'mse', regularizationRate: 0, noise: 0.2 }),
        configure(650, { init: 'tutorial' }),
        // After the last update: it changes the final loss only.
        { epoch: 700, kind: 'setParam', index: 0, value: 0.5 },
      ],
    },
  },
  {
    name: 'a run opened from saved weights after 50 updates',
    record: {
      start: { ...TUTORIAL_CONFIG, epochTarget: 400 },
      origin: {
        epoch: 50,
        params: Float64Array.from({ length: 13 }, (_, i) => Math.cos(i) / 2),
      },
      edits: [configure(120, { learningRate: 2 })],
    },
  },
];

describe.skipIf(!HAS_NUMPY && !MUST_RUN)(`${SUITE}: edited runs`, () => {
  it.each(CASES)(
    '$name: every printed loss within 1e-9 relative',
    ({ record }) => {
      const stdout = runPython(scriptOf(record));
      const printed = printedLosses(stdout);
      const expected = appLosses(record, record.start.epochTarget);
      expect([...printed.keys()]).toEqual([...expected.keys()]);
      for (const [epoch, loss] of expected) {
        expect(Number.isFinite(loss)).toBe(true);
        expect(Math.abs(printed.get(epoch)! - loss) / Math.abs(loss)).toBeLessThan(1e-9);
      }
      expect(stdout).toContain('Predictions after training:');
    },
    120_000,
  );
});

describe('pythonScriptOf with a record', () => {
  it('writes each edit epoch as a check in the loop, saying what the learner did', () => {
    const script = scriptOf(RESIZE_AND_RATE);
    expect(script).toContain('for epoch in range(epochs):\n    if epoch == 0:\n');
    expect(script).toContain('# Here the learner changed the hidden layers from 3 neurons to 4');
    expect(script).toContain('        layer_sizes = [2, 4, 1]\n        weights = [\n');
    expect(script).toContain(
      '    if epoch == 200:\n        # Here the learner set the learning rate to 0.4\n        learning_rate = 0.4\n',
    );
    expect(script).toContain('- epoch 200: set the learning rate to 0.4');
    // The start is the tutorial's: the seed's weights, not written out.
    expect(script).toContain('np.random.seed(0)');
  });

  it('types a weight in place, and writes new points out in full', () => {
    const script = scriptOf({
      start: { ...TUTORIAL_CONFIG, epochTarget: 50 },
      origin: null,
      edits: [
        { epoch: 10, kind: 'setParam', index: 12, value: -0 },
        { epoch: 20, kind: 'addPoint', x: 0.5, y: 0.5, label: 1 },
      ],
    });
    expect(script).toContain('        biases[1][0, 0] = -0.0\n');
    expect(script).toContain('# Here the learner drew a point at (0.5, 0.5) with label 1');
    expect(script).toContain(
      '        inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]])\n',
    );
  });

  it('without edits, is the plain script of the run', () => {
    const script = scriptOf({ start: TUTORIAL_CONFIG, origin: null, edits: [] });
    expect(script).toContain('def train_network(inputs, actual, epochs):');
    expect(script).not.toContain('if epoch ==');
  });
});
