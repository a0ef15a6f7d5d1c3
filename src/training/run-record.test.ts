import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HistoryRows, TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { Trainer } from './trainer';

/** The tutorial's run, at full speed. */
const TUTORIAL: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };
const SPIRAL: TrainerConfig = {
  ...TUTORIAL,
  dataset: 'spiral',
  hiddenSizes: [6, 4],
  hiddenActivation: 'tanh',
  features: ['x1', 'x2', 'x1sq', 'x2sq'],
  batchSize: 10,
  learningRate: 0.03,
  init: 'glorot',
};

interface Fixture {
  readonly losses: readonly { readonly epoch: number; readonly loss: string }[];
}
const tutorialFixture = JSON.parse(
  readFileSync(new URL('../../scripts/fixtures/tutorial-default.json', import.meta.url), 'utf8'),
) as Fixture;

function trainTo(trainer: Trainer, target: number): void {
  let clock = 0;
  trainer.configure({ epochTarget: target }, clock);
  trainer.play(clock);
  while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
}

/** All rows a trainer has sent since it started, as plain arrays. */
function collect(trainer: Trainer, into: HistoryRows[] = []): HistoryRows[] {
  into.push(trainer.snapshot(0).rows);
  return into;
}

function flat(parts: HistoryRows[]): { epochs: number[]; loss: number[] } {
  return {
    epochs: parts.flatMap((rows) => [...rows.epochs]),
    loss: parts.flatMap((rows) => [...rows.trainLoss]),
  };
}

describe('the run record', () => {
  it("history rows hold the tutorial's printed losses, whatever the slices", () => {
    const fast = new Trainer(TUTORIAL);
    trainTo(fast, 1000);
    const bySteps = new Trainer(TUTORIAL);
    const parts: HistoryRows[] = [];
    for (let i = 0; i < 1000; i++) {
      bySteps.step();
      if (i % 37 === 0) collect(bySteps, parts);
    }
    collect(bySteps, parts);
    const one = flat(collect(fast));
    expect(one.epochs).toHaveLength(1000);
    expect(flat(parts)).toEqual(one);
    for (const { epoch, loss } of tutorialFixture.losses) {
      const numpy = Number(loss);
      if (epoch < 1000) expect(Math.abs(one.loss[epoch]! - numpy) / numpy).toBeLessThan(1e-13);
    }
  });

  it('replays a run with live edits to the same bits: resize, rate change, typed weight, points', () => {
    const live = new Trainer(SPIRAL);
    trainTo(live, 40);
    live.configure({ hiddenSizes: [7, 4] }, 0);
    trainTo(live, 90);
    live.configure({ learningRate: 0.01 }, 0);
    live.setParam(3, -0.25);
    live.addPoint(1, 2, 1);
    trainTo(live, 150);
    live.erase(0, 0, 1.5);
    live.regenerate();
    trainTo(live, 200);
    const end = live.snapshot(0);

    const copy = new Trainer(TUTORIAL);
    copy.replay(live.record(), 200);
    const replayed = copy.snapshot(0);
    expect(replayed.epoch).toBe(200);
    expect(replayed.layerSizes).toEqual(end.layerSizes);
    expect([...replayed.params]).toEqual([...end.params]);
    expect(replayed.loss).toBe(end.loss);
    expect(replayed.record?.edits).toEqual(live.record().edits);
  });

  it('a replay stopped early performs the later edits when training reaches them', () => {
    const live = new Trainer(TUTORIAL);
    live.configure({ hiddenSizes: [4] }, 0);
    trainTo(live, 200);
    live.configure({ learningRate: 0.4 }, 0);
    trainTo(live, 1000);
    const end = live.snapshot(0);

    const opened = new Trainer(TUTORIAL);
    opened.replay(live.record(), 0);
    const first = opened.snapshot(0);
    expect(first.layerSizes).toEqual([2, 4, 1]);
    expect(first.followed).toEqual({ hiddenSizes: [4] });
    trainTo(opened, 1000);
    const reached = opened.snapshot(0);
    expect(reached.trainedWith.learningRate).toBe(0.4);
    // The page's controls follow the edit the record made by itself at epoch 200.
    expect(reached.followed).toEqual({ learningRate: 0.4 });
    expect(reached.loss).toBe(end.loss);
  });

  it('a moment is the exact state of that epoch, from checkpoints or from the start', () => {
    const live = new Trainer(SPIRAL);
    trainTo(live, 500);
    const states = new Map<number, Float64Array>();
    const again = new Trainer(SPIRAL);
    for (const epoch of [0, 1, 63, 64, 65, 300, 499]) {
      trainTo(again, epoch);
      states.set(epoch, again.snapshot(0).params);
    }
    for (const [epoch, params] of states) {
      const moment = live.moment(epoch);
      expect(moment?.epoch).toBe(epoch);
      expect([...moment!.params]).toEqual([...params]);
    }
    expect(live.moment(501)).toBeNull();
  });

  it('forks at an epoch: the history is cut there and a new edit replaces what followed', () => {
    const live = new Trainer(TUTORIAL);
    trainTo(live, 100);
    live.configure({ learningRate: 0.5 }, 0);
    trainTo(live, 300);
    live.snapshot(0);
    live.fork(50);
    const forked = live.snapshot(0);
    expect(forked.epoch).toBe(50);
    expect(forked.historyTruncatedAt).toBe(50);
    expect(live.record().edits).toEqual([]);
    expect(forked.trainedWith.learningRate).toBe(1);
    trainTo(live, 100);
    expect(live.snapshot(0).rows.epochs[0]).toBe(50);
  });

  it('a blown-up loss rewinds one epoch, exactly, and keeps the settings that blew it up', () => {
    const live = new Trainer({ ...TUTORIAL, hiddenActivation: 'relu', outputActivation: 'linear' });
    trainTo(live, 20);
    live.configure({ learningRate: 10 }, 0);
    trainTo(live, 1000);
    const stopped = live.snapshot(0);
    expect(stopped.diverged).toBe(true);
    expect(Number.isFinite(stopped.loss)).toBe(true);
    expect(stopped.trainedWith.learningRate).toBe(10);
    const copy = new Trainer(TUTORIAL);
    copy.replay(live.record(), stopped.epoch);
    expect([...copy.snapshot(0).params]).toEqual([...stopped.params]);
  });
});
