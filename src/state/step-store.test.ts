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

    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(`${step.getState().phase}${step.getState().layer || ''}`);
      step.getState().next();
    }
    expect(seen).toEqual(['forward1', 'forward2', 'loss', 'backward2', 'backward1', 'update']);
    step.getState().previous();
    expect(step.getState().phase).toBe('backward');
    step.getState().next();

    expect(step.getState().applyBlocked).toBeNull();
    step.getState().apply();
    const snapshot = training.getState().snapshot!;
    expect(snapshot.epoch).toBe(1);
    expect(Array.from(snapshot.params)).toEqual(Array.from(trace!.updatedParams));
    // The new weights are traced at once, from the first phase.
    expect(step.getState()).toMatchObject({ phase: 'forward', layer: 1, epoch: 1 });
    expect(Array.from(step.getState().trace!.params)).toEqual(Array.from(snapshot.params));
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
