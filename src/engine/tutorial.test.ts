import { describe, expect, it } from 'vitest';
import { formatPyFloat, tutorialSpec } from './tutorial.ts';

describe('formatPyFloat', () => {
  // Right-hand sides are Python 3's repr() of the same doubles.
  it.each([
    [0.3859387189496001, '0.3859387189496001'],
    [1e-5, '1e-05'],
    [1.234e-7, '1.234e-07'],
    [1.5e-7, '1.5e-07'],
    [123, '123.0'],
    [100, '100.0'],
    [0.0001, '0.0001'],
    [0.00012345, '0.00012345'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [2 ** 53, '9007199254740992.0'],
    [123456789012345680, '1.2345678901234568e+17'],
    [2 ** 70, '1.1805916207174113e+21'],
    [1e22, '1e+22'],
    [-2.5, '-2.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [5e-324, '5e-324'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [0, '0.0'],
    [-0, '-0.0'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
  ])('%s → %s', (x, repr) => {
    expect(formatPyFloat(x)).toBe(repr);
  });
});

describe('tutorialSpec', () => {
  it('is 2 → hidden → 1, sigmoid throughout, MSE', () => {
    expect(tutorialSpec()).toEqual({
      layerSizes: [2, 3, 1],
      hiddenActivation: 'sigmoid',
      outputActivation: 'sigmoid',
      loss: 'mse',
    });
    expect(tutorialSpec(5).layerSizes).toEqual([2, 5, 1]);
  });
});
