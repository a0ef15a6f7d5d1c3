import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from './defaults';
import {
  addMoment,
  EMPTY_TIMELINE,
  nearestMoment,
  timelineBytes,
  truncateAfter,
  type Timeline,
} from './timeline';

/** 6 hidden layers of 8 neurons on all 7 features: the largest network the app builds. */
const BIG = { layerSizes: [7, 8, 8, 8, 8, 8, 8, 1], params: 433 };

function moment(epoch: number, size = 13) {
  return {
    epoch,
    params: new Float64Array(size).fill(epoch),
    layerSizes: [2, 3, 1],
    config: { ...TUTORIAL_CONFIG },
  };
}

describe('timeline', () => {
  it('keeps every moment under capacity, in order', () => {
    let t: Timeline = EMPTY_TIMELINE;
    for (let e = 0; e < 10; e++) t = addMoment(t, moment(e), 600);
    expect(t.map((m) => m.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(t[9]!.params[0]).toBe(9);
  });

  it('thins the past, not the present: 100,000 epochs of a 6×8 net stay within 2.1 MB', () => {
    let t: Timeline = EMPTY_TIMELINE;
    // One snapshot every 37 epochs, about what a drawn frame covers at full speed.
    for (let e = 0; e <= 100_000; e += 37) {
      t = addMoment(t, { ...moment(e, BIG.params), layerSizes: BIG.layerSizes }, 600);
    }
    t = addMoment(t, { ...moment(100_000, BIG.params), layerSizes: BIG.layerSizes }, 600);
    expect(t.length).toBeLessThanOrEqual(600);
    expect(t.length).toBeGreaterThan(300);
    expect(t[0]!.epoch).toBe(0);
    expect(t[t.length - 1]!.epoch).toBe(100_000);
    // 433 parameters × 8 bytes × at most 600 entries.
    expect(timelineBytes(t)).toBeLessThanOrEqual(600 * 433 * 8);
    expect(600 * 433 * 8).toBe(2_078_400);
    const gaps = t.slice(1).map((m, i) => m.epoch - t[i]!.epoch);
    // Denser near the present: the newest gaps are the snapshot spacing, the oldest far wider.
    expect(gaps[gaps.length - 2]).toBe(37);
    expect(gaps[1]!).toBeGreaterThan(37 * 8);
    // All entries share one config object while the settings do not change.
    expect(new Set(t.map((m) => m.config)).size).toBe(1);
  });

  it('replaces the moment at the same epoch and drops later ones when the run goes back', () => {
    let t: Timeline = EMPTY_TIMELINE;
    for (let e = 0; e <= 5; e++) t = addMoment(t, moment(e));
    t = addMoment(t, { ...moment(5), params: new Float64Array(13).fill(-1) });
    expect(t.map((m) => m.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(t[5]!.params[0]).toBe(-1);
    t = addMoment(t, moment(2));
    expect(t.map((m) => m.epoch)).toEqual([0, 1, 2]);
    expect(truncateAfter(t, 0).map((m) => m.epoch)).toEqual([0]);
    expect(truncateAfter(t, -1)).toEqual([]);
  });

  it('finds the nearest kept moment', () => {
    let t: Timeline = EMPTY_TIMELINE;
    for (const e of [0, 10, 20, 40]) t = addMoment(t, moment(e));
    expect(nearestMoment(t, 14)?.epoch).toBe(10);
    expect(nearestMoment(t, 15)?.epoch).toBe(10);
    expect(nearestMoment(t, 16)?.epoch).toBe(20);
    expect(nearestMoment(t, 99)?.epoch).toBe(40);
    expect(nearestMoment(t, -5)?.epoch).toBe(0);
    expect(nearestMoment(EMPTY_TIMELINE, 3)).toBeUndefined();
  });
});
