import { describe, expect, it } from 'vitest';
import { appendLosses, EMPTY_HISTORY } from './loss-history';

function range(n: number, f: (i: number) => number): number[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

describe('loss history', () => {
  it('keeps every point while under capacity', () => {
    const h = appendLosses(EMPTY_HISTORY, [0, 1, 2], [3, 2, 1]);
    expect(h.epochs).toEqual([0, 1, 2]);
    expect(h.losses).toEqual([3, 2, 1]);
  });

  it('stays bounded over a million epochs and keeps first, last and a spike', () => {
    let h = EMPTY_HISTORY;
    const loss = (e: number) => (e === 500_123 ? 50 : 1 / (1 + e));
    for (let start = 0; start < 1_000_000; start += 1000) {
      const epochs = range(1000, (i) => start + i);
      h = appendLosses(h, epochs, epochs.map(loss), 4000);
    }
    expect(h.epochs.length).toBeLessThanOrEqual(4000);
    expect(h.epochs.length).toBeGreaterThan(1000);
    expect(h.epochs[0]).toBe(0);
    expect(h.losses[0]).toBe(1);
    expect(h.epochs[h.epochs.length - 1]).toBe(999_999);
    expect(Math.max(...h.losses)).toBe(50);
    expect([...h.epochs].sort((a, b) => a - b)).toEqual(h.epochs);
  });

  it('ignores points from before the end of the curve', () => {
    const h = appendLosses(appendLosses(EMPTY_HISTORY, [0, 1], [1, 1]), [1, 2], [9, 0.5]);
    expect(h.epochs).toEqual([0, 1, 2]);
    expect(h.losses).toEqual([1, 1, 0.5]);
  });
});
