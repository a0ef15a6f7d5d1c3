import { describe, expect, it } from 'vitest';
import type { TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { insaneWeights } from './sanity';
import { Trainer } from './trainer';

/** The tutorial's run, at full speed. */
const TUTORIAL: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };

function trainToTarget(trainer: Trainer): void {
  let clock = 0;
  trainer.play(clock);
  while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
}

const tutorial = TUTORIAL;

describe('Trainer', () => {
  it("starts from the tutorial's weights and loss, and solves XOR by epoch 1000", () => {
    const trainer = new Trainer(tutorial);
    const start = trainer.snapshot(0);
    expect(start.epoch).toBe(0);
    expect(start.params[0]).toBe(0.5488135039273248);
    expect(start.loss).toBeCloseTo(0.3859387189496001, 14);
    trainToTarget(trainer);
    const end = trainer.snapshot(1);
    expect(end.epoch).toBe(1000);
    expect(end.loss).toBeLessThan(0.01);
    expect([...end.predictions].map((p) => Math.round(p))).toEqual([0, 1, 1, 0]);
  });

  it('reports a history row for every epoch trained, first to last', () => {
    const trainer = new Trainer({ ...tutorial, epochTarget: 300 });
    trainToTarget(trainer);
    const { rows, epoch } = trainer.snapshot(0);
    expect(epoch).toBe(300);
    expect([...rows.epochs]).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(rows.trainLoss[0]).toBe(0.3859387189496001);
    // The tutorial tests on its training points: the same weights give the same numbers.
    expect([...rows.testLoss]).toEqual([...rows.trainLoss]);
  });

  it('adds a neuron mid-run without changing the output or the epoch', () => {
    const trainer = new Trainer({ ...tutorial, epochTarget: 200 });
    trainToTarget(trainer);
    const before = trainer.snapshot(0);
    trainer.configure({ hiddenSizes: [4] }, 0);
    const after = trainer.snapshot(0);
    expect(after.layerSizes).toEqual([2, 4, 1]);
    expect(after.epoch).toBe(200);
    expect([...after.predictions]).toEqual([...before.predictions]);
  });

  it('keeps the weights when the activation changes', () => {
    const trainer = new Trainer(tutorial);
    const before = trainer.snapshot(0).params;
    trainer.configure({ hiddenActivation: 'tanh' }, 0);
    expect([...trainer.snapshot(0).params]).toEqual([...before]);
  });

  it('reset returns to the identical starting weights; a new seed gives others', () => {
    const trainer = new Trainer({ ...tutorial, epochTarget: 50 });
    const start = [...trainer.snapshot(0).params];
    trainToTarget(trainer);
    trainer.reset();
    expect([...trainer.snapshot(0).params]).toEqual(start);
    trainer.configure({ seed: 1 }, 0);
    expect(trainer.snapshot(0).params[0]).toBe(0.417022004702574);
  });

  it('stops at the last finite weights when the loss explodes', () => {
    const trainer = new Trainer({
      ...tutorial,
      dataset: 'plane',
      features: ['x1', 'x2'],
      hiddenSizes: [8, 8],
      hiddenActivation: 'relu',
      outputActivation: 'linear',
      init: 'glorot',
      learningRate: 10,
      batchSize: 10,
      reduction: 'mean',
      epochTarget: 10_000,
    });
    trainToTarget(trainer);
    const snapshot = trainer.snapshot(0);
    expect(snapshot.diverged).toBe(true);
    expect(snapshot.running).toBe(false);
    expect(snapshot.epoch).toBeLessThan(10_000);
    expect([...snapshot.params].every(Number.isFinite)).toBe(true);
    // Rewound to weights whose loss was still sane, not merely finite.
    expect(snapshot.loss).toBeLessThan(1e6);
  });

  it('counts NaN weights and infinite outputs as divergence, and rewinds to finite ones', () => {
    // The hostile tester's link (relu maps NaN to 0, so the loss alone stayed finite) and a
    // cross-entropy run on a linear output (BCE clamps, so only the outputs overflow).
    const blowUps: Partial<TrainerConfig>[] = [
      { dataset: 'plane', loss: 'bce', batchSize: 1 },
      { dataset: 'circle', loss: 'bce', batchSize: 0 },
    ];
    for (const blowUp of blowUps) {
      const trainer = new Trainer({
        ...tutorial,
        features: ['x1', 'x2'],
        hiddenActivation: 'relu',
        outputActivation: 'linear',
        learningRate: 10,
        epochTarget: 3000,
        ...blowUp,
      });
      trainToTarget(trainer);
      const snapshot = trainer.snapshot(0);
      expect(snapshot.diverged).toBe(true);
      expect(snapshot.epoch).toBeLessThan(3000);
      expect([...snapshot.params].every(Number.isFinite)).toBe(true);
      expect([...snapshot.predictions].every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(snapshot.loss)).toBe(true);
    }
  });

  it('refuses saved weights that the trainer itself would count as blown up', () => {
    const config = { ...tutorial, outputActivation: 'linear' as const };
    const fine = new Trainer(config).snapshot(0).params;
    expect(insaneWeights(config, { epoch: 0, params: fine })).toBeNull();
    expect(insaneWeights(config, { epoch: 5, params: fine.map(() => 1e200) })).toBe(
      'give a non-finite loss',
    );
    expect(insaneWeights(config, { epoch: 5, params: fine.map(() => 1e4) })).toMatch(
      /^give a loss of 1\.\d\de\+\d+, far past any sane one$/,
    );
  });

  it('adds and erases drawn points', () => {
    const trainer = new Trainer({ ...tutorial, dataset: 'circle', features: ['x1', 'x2'] });
    const first = trainer.snapshot(0);
    const count = first.points!.trainX.length;
    trainer.addPoint(5.5, 5.5, 1);
    const added = trainer.snapshot(0);
    expect(added.dataVersion).toBe(first.dataVersion + 1);
    expect(added.points!.trainX.length).toBe(count + 1);
    expect(added.points!.trainX.at(-1)).toBe(5.5);
    trainer.erase(5.5, 5.5, 0.01);
    expect(trainer.snapshot(0).points!.trainX.length).toBe(count);
    // Unchanged points are not sent again.
    expect(trainer.snapshot(0).points).toBeNull();
  });

  it('sets one weight by hand', () => {
    const trainer = new Trainer(tutorial);
    trainer.setParam(0, -2.5);
    expect(trainer.snapshot(0).params[0]).toBe(-2.5);
    trainer.setParam(0, NaN);
    expect(trainer.snapshot(0).params[0]).toBe(-2.5);
  });

  it('sends heatmaps on a throttle, and at once after a change', () => {
    const trainer = new Trainer(tutorial);
    expect(trainer.snapshot(0).heatmaps?.resolution).toBe(100);
    expect(trainer.snapshot(10).heatmaps).toBeNull();
    expect(trainer.snapshot(200).heatmaps).not.toBeNull();
    trainer.step();
    const map = trainer.snapshot(201).heatmaps!;
    expect(map.output).toHaveLength(100 * 100);
    // 3 hidden + 1 output neuron, 24×24 each.
    expect(map.neurons).toHaveLength(4 * 24 * 24);
  });

  it('paints the maps of the weights it stops at, however soon after the last ones', () => {
    // The whole run fits between two snapshots, well inside the maps' 100 ms throttle.
    const trainer = new Trainer({ ...tutorial, epochTarget: 1000 });
    const start = trainer.snapshot(0).heatmaps!.output.slice();
    let clock = 0;
    trainer.play(clock);
    while (trainer.isRunning) trainer.runSlice(() => (clock += 0.001), clock + 1e9);
    expect(clock).toBeLessThan(50);
    const end = trainer.snapshot(clock);
    expect(end.epoch).toBe(1000);
    expect(end.heatmaps).not.toBeNull();
    expect(end.heatmaps!.output).not.toEqual(start);

    // Pause too: the maps show where training stopped.
    const paused = new Trainer({ ...tutorial, epochTarget: 100_000 });
    paused.snapshot(0);
    paused.play(0);
    paused.runSlice(() => (clock += 0.001), clock + 1);
    paused.pause();
    expect(paused.snapshot(clock).heatmaps).not.toBeNull();
  });
});
