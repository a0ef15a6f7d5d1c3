import { describe, expect, it } from 'vitest';
import { fitEpochTarget } from './epoch-target';

describe('fitEpochTarget', () => {
  it('leaves an epoch within the target alone, a finished run included', () => {
    expect(fitEpochTarget(50, 100)).toEqual({ epoch: 50, epochTarget: 100, notice: null });
    expect(fitEpochTarget(100, 100)).toEqual({ epoch: 100, epochTarget: 100, notice: null });
  });

  it('raises the target past an epoch beyond it, with a notice', () => {
    const fitted = fitEpochTarget(5000, 100);
    expect(fitted.epoch).toBe(5000);
    expect(fitted.epochTarget).toBe(5100);
    expect(fitted.notice).toBe(
      'Epoch 5,000 is beyond the target of 100 epochs; the target is now 5,100.',
    );
  });

  it('lowers an epoch past the longest run so that Play has epochs to train', () => {
    const fitted = fitEpochTarget(1e9, 100);
    expect(fitted.epochTarget).toBe(1_000_000);
    expect(fitted.epoch).toBe(999_900);
    expect(fitted.epoch).toBeLessThan(fitted.epochTarget);
    expect(fitted.notice).toMatch(/beyond the longest run/);
  });
});
