import { describe, expect, it } from 'vitest';
import type { TrainerConfig } from '@/training/protocol';
import { sanitizePatch } from './config-limits';

/** A patch as hostile input (a test, a shortcut or old code) might send it. */
const patch = (values: Record<string, unknown>) => values as Partial<TrainerConfig>;

describe('sanitizePatch', () => {
  it('keeps values already in range, and keys it does not know', () => {
    const ok = patch({ learningRate: 0.03, hiddenSizes: [8, 4], loss: 'bce', extra: 1 });
    expect(sanitizePatch(ok)).toEqual(ok);
  });

  it('clamps numbers to the table’s range and rounds whole ones', () => {
    expect(
      sanitizePatch({ learningRate: 50, epochTarget: 150.6, seed: -3, batchSize: 9999 }),
    ).toEqual({ learningRate: 10, epochTarget: 151, seed: 0, batchSize: 500 });
    expect(sanitizePatch({ pointCount: 1, noise: 2, trainFraction: 0 })).toEqual({
      pointCount: 4,
      noise: 0.5,
      trainFraction: 0.1,
    });
  });

  it('puts the default in place of a number that is not finite', () => {
    expect(sanitizePatch({ learningRate: NaN, trainFraction: Infinity, speed: -Infinity })).toEqual(
      { learningRate: 1, trainFraction: 0.5, speed: 300 },
    );
  });

  it('trims and clamps hidden layers', () => {
    expect(sanitizePatch({ hiddenSizes: [0, 99, 3, 3, 3, 3, 3, 3] })).toEqual({
      hiddenSizes: [1, 8, 3, 3, 3, 3],
    });
  });

  it('drops unknown names and keeps known features in their order', () => {
    expect(
      sanitizePatch(patch({ hiddenActivation: 'swish', loss: 'hinge', init: 'zeros', seed: 2 })),
    ).toEqual({ seed: 2 });
    expect(sanitizePatch(patch({ features: ['sinx1', 'x9', 'x1'] }))).toEqual({
      features: ['x1', 'sinx1'],
    });
    expect(sanitizePatch(patch({ features: ['x9'] }))).toEqual({});
  });
});
