import { describe, expect, it } from 'vitest';
import { LEARNING_RATE_RANGE } from '@/state/defaults';
import { inThreadSession } from '@/state/in-thread-session';
import { createStepStore } from '@/state/step-store';
import { matchShortcut, nudgeLearningRate, SHORTCUTS, type KeyPress } from './shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  ...extra,
});

describe('nudgeLearningRate', () => {
  it('steps a tenth of a decade, rounded to two digits', () => {
    expect(nudgeLearningRate(1, 1)).toBe(1.3);
    expect(nudgeLearningRate(1, -1)).toBe(0.79);
    expect(nudgeLearningRate(0.1, 10)).toBe(1);
  });

  it('comes back to where it started after up then down', () => {
    for (const start of [0.001, 0.03, 0.5, 1, 2.5, 7.9]) {
      const up = nudgeLearningRate(start, 1);
      expect(up).toBeGreaterThan(start);
      expect(nudgeLearningRate(up, -1)).toBe(nudgeLearningRate(start, 0));
    }
  });

  it('walks the whole range, Playground’s 0.00001 to 10, in 60 notches and stops at its ends', () => {
    expect(LEARNING_RATE_RANGE).toEqual({ min: 0.00001, max: 10 });
    let rate: number = LEARNING_RATE_RANGE.min;
    for (let i = 0; i < 60; i++) rate = nudgeLearningRate(rate, 1);
    expect(rate).toBe(LEARNING_RATE_RANGE.max);
    expect(nudgeLearningRate(rate, 1)).toBe(LEARNING_RATE_RANGE.max);
    expect(nudgeLearningRate(LEARNING_RATE_RANGE.min, -1)).toBe(LEARNING_RATE_RANGE.min);
  });
});

describe('matchShortcut', () => {
  it('finds each documented key', () => {
    expect(matchShortcut(SHORTCUTS, press(' '), false)?.label).toBe('Space');
    expect(matchShortcut(SHORTCUTS, press('s'), false)?.label).toBe('S');
    expect(matchShortcut(SHORTCUTS, press('R'), false)?.label).toBe('R');
    expect(matchShortcut(SHORTCUTS, press('+'), false)?.label).toBe('+');
    expect(matchShortcut(SHORTCUTS, press('-'), false)?.label).toBe('−');
    expect(matchShortcut(SHORTCUTS, press('?'), false)?.label).toBe('?');
    expect(matchShortcut(SHORTCUTS, press('x'), false)).toBeUndefined();
  });

  it('leaves Ctrl, Cmd and Alt combinations to the browser', () => {
    expect(matchShortcut(SHORTCUTS, press('r', { ctrlKey: true }), false)).toBeUndefined();
    expect(matchShortcut(SHORTCUTS, press('s', { metaKey: true }), false)).toBeUndefined();
    expect(matchShortcut(SHORTCUTS, press('+', { altKey: true }), false)).toBeUndefined();
  });

  it('repeats only the learning-rate keys when a key is held', () => {
    expect(matchShortcut(SHORTCUTS, press(' ', { repeat: true }), false)).toBeUndefined();
    expect(matchShortcut(SHORTCUTS, press('+', { repeat: true }), false)?.label).toBe('+');
  });

  it('keeps only the help key while the help overlay is open', () => {
    expect(matchShortcut(SHORTCUTS, press(' '), true)).toBeUndefined();
    expect(matchShortcut(SHORTCUTS, press('?'), true)?.label).toBe('?');
  });

  it('gives the arrows and Esc to step mode only while it is active', () => {
    const training = inThreadSession();
    const step = createStepStore(training);
    const context = () => ({
      training: training.getState(),
      step: step.getState(),
      toggleHelp: () => {},
    });
    expect(matchShortcut(SHORTCUTS, press('ArrowRight'), false, context())).toBeUndefined();
    expect(matchShortcut(SHORTCUTS, press('ArrowRight'), false)).toBeUndefined();
    step.getState().enter();
    const next = matchShortcut(SHORTCUTS, press('ArrowRight'), false, context());
    expect(next?.label).toBe('→');
    next?.run(context());
    expect(step.getState()).toMatchObject({ phase: 'forward', layer: 2 });
    matchShortcut(SHORTCUTS, press('ArrowLeft'), false, context())?.run(context());
    expect(step.getState()).toMatchObject({ phase: 'forward', layer: 1 });
    matchShortcut(SHORTCUTS, press('Escape'), false, context())?.run(context());
    expect(step.getState().active).toBe(false);
  });

  it('gives every key to at most one shortcut', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
