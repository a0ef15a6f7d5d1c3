import { describe, expect, it } from 'vitest';
import type { RunRecord, TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { modelToJson, parseModelJson } from './model-file';
import { edited, errorOf } from './model-file.test-kit';

describe('the run’s record in the file', () => {
  const record: RunRecord = {
    start: { ...TUTORIAL_CONFIG, speed: 0 },
    origin: null,
    edits: [
      { epoch: 0, kind: 'configure', patch: { hiddenSizes: [4], learningRate: 0.1 + 0.2 } },
      { epoch: 3, kind: 'setParam', index: 2, value: -0 },
      { epoch: 4, kind: 'addPoint', x: 1 / 3, y: 0.5, label: 1 },
      { epoch: 4, kind: 'erase', x: 0, y: 0, radius: 0.25 },
      { epoch: 9, kind: 'regenerate' },
      { epoch: 9, kind: 'configure', patch: { loss: 'bce' } },
    ],
  };
  const params = Float64Array.from({ length: 17 }, (_, i) => Math.sin(i) / 4);
  const config: TrainerConfig = { ...record.start, hiddenSizes: [4], learningRate: 0.1 + 0.2 };
  const file = () => modelToJson(config, 12, [2, 4, 1], params, record);
  const withRecord = (edit: (record: Record<string, unknown>) => void) => {
    const data = JSON.parse(file()) as Record<string, unknown>;
    edit(data.record as Record<string, unknown>);
    return JSON.stringify(data);
  };

  it('comes back exactly, after the weights, one change a line', () => {
    const text = file();
    expect(text).toContain('    {"epoch": 3, "kind": "setParam", "index": 2, "value": -0},\n');
    expect(text.indexOf('"record"')).toBeGreaterThan(text.indexOf('"params"'));
    const result = parseModelJson(text);
    expect(result.ok && result.model.record).toEqual(record);
    expect(
      result.ok && Object.is((result.model.record!.edits[1] as { value: number }).value, -0),
    ).toBe(true);
  });

  it('holds the saved weights a run started from', () => {
    const origin = { epoch: 5, params: params.slice(0, 13) };
    const text = modelToJson(TUTORIAL_CONFIG, 5, [2, 3, 1], params.slice(0, 13));
    const result = parseModelJson(text);
    expect(result.ok && result.model.record).toEqual({ start: TUTORIAL_CONFIG, origin, edits: [] });
  });

  it('is absent from version 1 files, which open from their weights', () => {
    const old = edited((f) => {
      f.version = 1;
      delete f.record;
    });
    const result = parseModelJson(old);
    expect(result.ok && result.model.record).toBeNull();
    expect(result.ok && result.model.epoch).toBe(1000);
    expect(errorOf(edited((f) => delete f.record))).toBe("The file has no 'record'.");
  });

  it.each<[string, (record: Record<string, unknown>) => void, RegExp]>([
    [
      'an unknown kind of change',
      (r) => ((r.edits as unknown[])[2] = { epoch: 4, kind: 'undo' }),
      /Unknown kind of change/,
    ],
    [
      'a new seed as a change',
      (r) => ((r.edits as unknown[])[0] = { epoch: 0, kind: 'configure', patch: { seed: 3 } }),
      /only settings training uses/,
    ],
    [
      'an empty change',
      (r) => ((r.edits as unknown[])[0] = { epoch: 0, kind: 'configure', patch: {} }),
      /changes nothing/,
    ],
    [
      'changes out of order',
      (r) => ((r.edits as { epoch: number }[])[1]!.epoch = 20),
      /not in the order/,
    ],
    [
      'a point far off the plane',
      (r) => ((r.edits as { x: number }[])[2]!.x = 1e9),
      /x must be from -100 to 100/,
    ],
    [
      'a string for a weight',
      (r) => ((r.edits as { value: unknown }[])[1]!.value = '1'),
      /typed-in weight must be a number/,
    ],
    [
      'a weight larger than the editor allows',
      (r) => ((r.edits as { value: unknown }[])[1]!.value = 1e300),
      /typed-in weight must be from -1000000 to 1000000/,
    ],
    [
      'saved weights of the wrong size',
      (r) => (r.origin = { epoch: 0, params: [1, 2] }),
      /expected 13 numbers, found 2/,
    ],
    [
      'saved weights after the file’s epoch',
      (r) => Object.assign(r, { origin: { epoch: 50, params: Array(13).fill(0) }, edits: [] }),
      /after the file's epoch/,
    ],
    [
      'an output the menu does not offer',
      (r) => ((r.start as Record<string, unknown>).outputActivation = 'relu'),
      /Output activation must be one of sigmoid, tanh, linear, softmax, not "relu"/,
    ],
    [
      'a speed out of range',
      (r) => ((r.start as Record<string, unknown>).speed = -1),
      /Speed must be a number from 0 to 1000000, not -1/,
    ],
    ['no edits at all', (r) => delete r.edits, /record has no 'edits'/],
  ])('refuses %s', (_, edit, message) => {
    expect(errorOf(withRecord(edit))).toMatch(message);
  });
});
