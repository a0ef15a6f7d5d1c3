import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import type { RunEdit, RunRecord } from '@/training/run-record';
import { modelToJson, parseModelJson } from './model-file';
import { formatLog, parseLog } from './url-log';
import { replaySeconds } from './url-run';

const CIRCLE = { ...TUTORIAL_CONFIG, dataset: 'circle' as const, speed: 0 };
/** 300 points on the thousandth grid, as a CSV import keeps them. */
const GRID_POINTS: RunEdit = {
  epoch: 0,
  kind: 'points',
  x: Array.from({ length: 300 }, (_, i) => Math.round(Math.sin(i) * 6000) / 1000),
  y: Array.from({ length: 300 }, (_, i) => Math.round(Math.cos(i * 1.7) * 6000) / 1000),
  label: Array.from({ length: 300 }, (_, i) => i % 2),
};

describe('imported points in links and model files', () => {
  it('travel in a link compactly and read back to the identical doubles', () => {
    const later: RunEdit = {
      epoch: 7,
      kind: 'points',
      x: [1 / 3, -0],
      y: [Math.PI, 5],
      label: [0, 1],
    };
    const text = formatLog([GRID_POINTS, { epoch: 3, kind: 'regenerate' }, later]);
    // 6 bytes a point on the grid: 300 points in 2,400 base64url characters.
    expect(text.split('~')[0]!.length).toBeLessThan(2420);
    const notices: string[] = [];
    const back = parseLog(text, CIRCLE, 0, notices);
    expect(notices).toEqual([]);
    expect(back).toEqual([GRID_POINTS, { epoch: 3, kind: 'regenerate' }, later]);
    expect(Object.is((back![2] as { x: readonly number[] }).x[1], -0)).toBe(true);
  });

  it('a damaged or far-off set of points refuses the whole log with a notice', () => {
    const good = formatLog([GRID_POINTS]);
    for (const bad of [
      good.slice(0, -3),
      good.replace('_i_q', '_i_z'),
      formatLog([{ epoch: 0, kind: 'points', x: [500], y: [0], label: [1] }]),
    ]) {
      const notices: string[] = [];
      expect(parseLog(bad, CIRCLE, 0, notices)).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/log of changes is damaged \(change 1: .*imported point/);
    }
  });

  it('come back from a model file exactly; uneven lists are refused', () => {
    const record: RunRecord = { start: CIRCLE, origin: null, edits: [GRID_POINTS] };
    const params = new Float64Array(13);
    const text = modelToJson(CIRCLE, 0, [2, 3, 1], params, record);
    const result = parseModelJson(text);
    expect(result.ok && result.model.record).toEqual(record);

    const uneven = JSON.parse(text) as { record: { edits: { label: number[] }[] } };
    uneven.record.edits[0]!.label.pop();
    const refused = parseModelJson(JSON.stringify(uneven));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/as many x, y and labels/);
  });

  it('count in the estimate of how long a link takes to replay', () => {
    const many: RunEdit = {
      epoch: 0,
      kind: 'points',
      x: Array.from({ length: 2000 }, () => 1),
      y: Array.from({ length: 2000 }, () => 1),
      label: Array.from({ length: 2000 }, () => 1),
    };
    const generated = replaySeconds({ start: CIRCLE, origin: null, edits: [] }, 1000);
    const imported = replaySeconds({ start: CIRCLE, origin: null, edits: [many] }, 1000);
    // 1,000 training points instead of 250: the per-point part of each epoch is four times as long.
    expect(imported).toBeGreaterThan(3 * generated);
  });
});
