import { describe, expect, it } from 'vitest';
import { inThreadSession } from './in-thread-session';
import { createLanes } from './lanes';
import type { TrainingStore } from './training-store';

/** Lanes on a fake frame clock: `frame()` advances it by 16 ms and runs the timers due. */
function setUp() {
  const training = inThreadSession();
  training.getState().step();
  let time = 0;
  let timers: { at: number; callback: () => void }[] = [];
  const lanes = createLanes(training, {
    everyMs: 100,
    now: () => time,
    later: (callback, ms) => timers.push({ at: time + ms, callback }),
  });
  const frame = () => {
    time += 16;
    const due = timers.filter((timer) => timer.at <= time);
    timers = timers.filter((timer) => timer.at > time);
    for (const timer of due) timer.callback();
  };
  const epochs = () =>
    [lanes.readouts, lanes.loss, lanes.accuracy].map((lane) => lane.getState().snapshot?.epoch);
  return { training, lanes, frame, epochs };
}

/** A snapshot of a run in progress, as the store applies one each frame. */
function progress(training: TrainingStore, epoch: number, running = true) {
  training.setState({ snapshot: { ...training.getState().snapshot!, epoch, running } });
}

describe('lanes', () => {
  it('pass every change on at once while nothing trains', () => {
    const { training, epochs } = setUp();
    expect(epochs()).toEqual([1, 1, 1]);
    training.getState().step();
    expect(epochs()).toEqual([2, 2, 2]);
  });

  it('while training, update each lane ten times a second, one lane a frame', () => {
    const { training, frame, epochs } = setUp();
    // Play reaches every lane at once; what follows, by turns.
    progress(training, 2);
    expect(epochs()).toEqual([2, 2, 2]);
    const changedPerFrame: number[] = [];
    let before = epochs();
    for (let epoch = 3; epoch < 40; epoch++) {
      frame();
      progress(training, epoch);
      const now = epochs();
      changedPerFrame.push(now.filter((e, i) => e !== before[i]).length);
      before = now;
    }
    expect(Math.max(...changedPerFrame)).toBe(1);
    // 37 frames of 16 ms: each lane about every 100 ms (7 frames), so 5 or 6 times each.
    expect(changedPerFrame.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(15);
    expect(changedPerFrame.reduce((a, b) => a + b)).toBeLessThanOrEqual(18);
  });

  it('catch up on later frames when the snapshots stop, and at once on a pause', () => {
    const { training, frame, epochs } = setUp();
    progress(training, 2);
    for (let i = 0; i < 10; i++) frame();
    expect(epochs()).toEqual([2, 2, 2]);
    progress(training, 3);
    frame();
    progress(training, 4, false);
    expect(epochs()).toEqual([4, 4, 4]);
  });

  it('pass a setting on at once, even while training', () => {
    const { training, lanes, frame } = setUp();
    progress(training, 2);
    frame();
    progress(training, 3);
    training.getState().setLearningRate(0.25);
    expect(lanes.readouts.getState().config.learningRate).toBe(0.25);
    expect(lanes.loss.getState().config.learningRate).toBe(0.25);
    expect(lanes.accuracy.getState()).toBe(training.getState());
  });
});
