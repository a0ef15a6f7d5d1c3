import { describe, expect, it } from 'vitest';
import { createStepStore } from './step-store';
import { inThreadSession } from './in-thread-session';

describe('step store', () => {
  it('walks the phases of the tutorial net and applies the traced update as one Step', () => {
    const training = inThreadSession();
    const step = createStepStore(training);
    step.getState().enter();
    const { trace } = step.getState();
    expect(step.getState()).toMatchObject({ active: true, phase: 'forward', layer: 1, epoch: 0 });
    expect(trace?.loss).toBe(0.3859387189496001);

    const seen: string[] = [`forward1`];
    for (let i = 0; i < 5; i++) {
      step.getState().next();
      seen.push(`${step.getState().phase}${step.getState().layer || ''}`);
    }
    expect(seen).toEqual(['forward1', 'forward2', 'loss', 'backward2', 'backward1', 'update']);
    step.getState().previous();
    expect(step.getState().phase).toBe('backward');
    step.getState().next();

    expect(step.getState().applyBlocked).toBeNull();
    expect(step.getState().canUndo).toBe(false);
    // → at the update applies it.
    step.getState().next();
    const snapshot = training.getState().snapshot!;
    expect(snapshot.epoch).toBe(1);
    expect(Array.from(snapshot.params)).toEqual(Array.from(trace!.updatedParams));
    // The new weights are traced at once, from the first phase.
    expect(step.getState()).toMatchObject({ phase: 'forward', layer: 1, epoch: 1 });
    expect(Array.from(step.getState().trace!.params)).toEqual(Array.from(snapshot.params));
  });

  it('← before the first stop undoes an applied update, to the bit, and lands on its update', () => {
    const training = inThreadSession();
    const step = createStepStore(training);
    step.getState().enter();
    const before = Float64Array.from(training.getState().snapshot!.params);
    for (let i = 0; i < 6; i++) step.getState().next();
    expect(training.getState().snapshot!.epoch).toBe(1);
    expect(step.getState()).toMatchObject({ epoch: 1, phase: 'forward', canUndo: true });

    step.getState().previous();
    const after = training.getState().snapshot!;
    expect(after.epoch).toBe(0);
    after.params.forEach((w, k) => expect(Object.is(w, before[k])).toBe(true));
    expect(step.getState()).toMatchObject({ epoch: 0, phase: 'update', layer: 0, canUndo: false });
    // Nothing more to undo: ← walks back through the stops again.
    step.getState().previous();
    expect(step.getState()).toMatchObject({ epoch: 0, phase: 'backward', layer: 1 });
    // Applying again gives the same update.
    step.getState().next();
    step.getState().next();
    expect(training.getState().snapshot!.epoch).toBe(1);
  });

  it('an edit after an applied update cannot be undone from step mode', () => {
    const training = inThreadSession();
    const step = createStepStore(training);
    step.getState().enter();
    for (let i = 0; i < 6; i++) step.getState().next();
    expect(step.getState().canUndo).toBe(true);
    training.getState().setParam(0, 0.25);
    expect(step.getState().canUndo).toBe(false);
    step.getState().previous();
    expect(training.getState().snapshot!.epoch).toBe(1);
  });

  it('traces again at once when η changes mid-step, staying on the same stop', () => {
    const training = inThreadSession();
    const step = createStepStore(training);
    step.getState().enter();
    for (let i = 0; i < 5; i++) step.getState().next();
    const atOne = step.getState().trace!;
    training.getState().setLearningRate(0.5);
    const atHalf = step.getState().trace!;
    expect(atHalf).not.toBe(atOne);
    expect(atHalf.step).toBe(0.5);
    expect(step.getState()).toMatchObject({ phase: 'update', epoch: 0 });
    atHalf.updatedParams.forEach((w, k) =>
      expect(w).toBe(atOne.params[k]! - 0.5 * atOne.grads[k]!),
    );
    step.getState().next();
    expect(Array.from(training.getState().snapshot!.params)).toEqual(
      Array.from(atHalf.updatedParams),
    );
  });

  it('traces one row, which cannot be applied, and follows an edited weight', () => {
    const training = inThreadSession();
    const step = createStepStore(training);
    step.getState().enter();
    step.getState().next();
    step.getState().setSample(2);
    expect(step.getState().trace?.samples).toEqual([2]);
    expect(step.getState().applyBlocked).toMatch(/all \(batch\)/);
    step.getState().apply();
    expect(training.getState().snapshot?.epoch).toBe(0);

    training.getState().setParam(0, 0.25);
    expect(step.getState().trace?.params[0]).toBe(0.25);
    // Same epoch: the learner stays where they were.
    expect(step.getState()).toMatchObject({ phase: 'forward', layer: 2, sample: 2 });

    step.getState().exit();
    expect(step.getState().active).toBe(false);
    step.getState().next();
    expect(step.getState().phase).toBe('forward');
  });
});
