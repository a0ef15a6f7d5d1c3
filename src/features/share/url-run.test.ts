/**
 * A link carries the run's record (start, edits, saved weights) and the epoch on screen, and
 * opening it replays the record: the same numbers, bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '@/engine/features';
import { RUN_CONFIG } from '@/engine/run-config';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import type { RunEdit, RunRecord, TrainerConfig } from '@/training/protocol';
import { advance, RunState } from '@/training/run-state';
import { Trainer } from '@/training/trainer';
import { formatLog, LOG_KEY, parseLog } from './url-log';
import { foldStart, linkReplay, type LinkRun } from './url-run';
import { DEFAULT_VIEW, encodeParams, parseUrlState, runOf, serializeRun } from './url-state';

const configure = (epoch: number, patch: Partial<TrainerConfig>): RunEdit => ({
  epoch,
  kind: 'configure',
  patch,
});

/** Edits of every kind, with doubles that do not print short. */
const EDITS: RunEdit[] = [
  configure(0, { hiddenSizes: [4] }),
  configure(0, { learningRate: 0.1 + 0.2 }),
  { epoch: 3, kind: 'setParam', index: 12, value: -0 },
  { epoch: 3, kind: 'setParam', index: 1, value: 5e-324 },
  { epoch: 7, kind: 'addPoint', x: 1 / 3, y: -2.5e-7, label: 1 },
  { epoch: 7, kind: 'erase', x: 0.123456789012345, y: -99.5, radius: 0.25 },
  { epoch: 8, kind: 'setParam', index: 0, value: -999999.9999999999 },
  { epoch: 9, kind: 'regenerate' },
  configure(12, { hiddenSizes: [5, 2], features: ['x1', 'x2', 'x1x2'], batchSize: 2 }),
  configure(20, { loss: 'bce', regularization: 'l1', regularizationRate: 0.003 }),
];

/** The state a record reaches after `epoch` updates, as the trainer replays it. */
function replayed(record: RunRecord, epoch: number): RunState {
  const state = new RunState(record.start, record.origin);
  advance(state, epoch, record.edits);
  return state;
}

function bits(values: Float64Array): number[] {
  return Array.from(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

describe('the log of edits', () => {
  it('reads back every kind of edit exactly, −0 and subnormals included', () => {
    const text = formatLog(EDITS);
    expect(text).toMatch(/^[A-Za-z0-9._~,-]+$/);
    const notices: string[] = [];
    const back = parseLog(text, TUTORIAL_CONFIG, 0, notices);
    expect(notices).toEqual([]);
    expect(back).toEqual(EDITS);
    const typed = back!.filter((edit) => edit.kind === 'setParam');
    expect(Object.is(typed[0]!.value, -0)).toBe(true);
    expect(typed[1]!.value).toBe(5e-324);
  });

  it('is short: one resize and one change of rate', () => {
    expect(
      formatLog([configure(0, { hiddenSizes: [4] }), configure(200, { learningRate: 0.4 })]),
    ).toBe('0_c_h_4~200_c_lr_0.4');
  });

  it('uses separators no setting value contains', () => {
    const names = [
      ...FEATURES,
      ...Object.values(RUN_CONFIG).flatMap((s) => ('options' in s ? s.options : [])),
    ];
    for (const name of names) expect(name).not.toMatch(/[_~]/);
  });

  it.each([
    ['garbage', /epoch “garbage”/],
    ['0', /unknown change/],
    ['0_c', /setting without its value/],
    ['0_c_lr', /setting without its value/],
    ['0_c_lr_NaN', /Learning rate “NaN”/],
    ['0_c_lr_50', /Learning rate “50”/],
    ['0_c_lr_0.5_lr_0.6', /“lr” twice/],
    ['0_c_seed_3', /no setting “seed”/],
    ['0_c_speed_10', /no setting “speed”/],
    ['0_c_epochs_10', /no setting “epochs”/],
    ['0_c_out_relu', /Output activation “relu”/],
    ['0_c___proto___1', /no setting/],
    ['0_p_1', /wrong number of values/],
    ['0_p_1.5_2', /weight index/],
    ['0_p_1_Infinity', /weight “Infinity”/],
    ['0_p_9_1e7', /weight “1e7”/],
    ['0_a_1e999_0_1', /x “1e999”/],
    ['0_a_1_2_3_4', /wrong number of values/],
    ['0_x_0_0_-1', /radius “-1”/],
    ['0_r_1', /wrong number of values/],
    ['-1_r', /epoch “-1”/],
    ['0.5_r', /epoch “0.5”/],
    ['5_r~3_r', /change 2: epoch “3”/],
    ['0_r~', /change 2/],
    ['0x10_r', /epoch “0x10”/],
  ])('refuses the whole log %s with one notice', (text, problem) => {
    const notices: string[] = [];
    expect(parseLog(text, TUTORIAL_CONFIG, 0, notices)).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(problem);
    expect(notices[0]).toMatch(/it was ignored/);
  });

  it('refuses edits from before the saved weights the run starts from', () => {
    const notices: string[] = [];
    expect(parseLog('4_r', TUTORIAL_CONFIG, 5, notices)).toBeNull();
    expect(parseLog('5_r', TUTORIAL_CONFIG, 5, [])).toEqual([{ epoch: 5, kind: 'regenerate' }]);
  });
});

describe('links with a record', () => {
  const view = DEFAULT_VIEW;

  it('carry the start settings, the edits and the epoch, and read back the same run', () => {
    const run: LinkRun = {
      start: { ...TUTORIAL_CONFIG, seed: 4 },
      origin: null,
      edits: EDITS,
      epoch: 30,
    };
    const query = serializeRun(run, view);
    expect(query).toMatch(/^\?seed=4&e=30&edits=0_c_h_4~0_c_lr_0\.3000000000000000[0-9]~/);
    const parsed = parseUrlState(query);
    expect(parsed.notices).toEqual([]);
    expect(runOf(parsed)).toEqual(run);
    expect(linkReplay(runOf(parsed))).toEqual({
      record: { start: run.start, origin: null, edits: EDITS },
      epoch: 30,
    });
  });

  it('leave a run without edits as it was: old links and the bare address still work', () => {
    expect(serializeRun({ start: TUTORIAL_CONFIG, origin: null, edits: [], epoch: 0 }, view)).toBe(
      '',
    );
    const plain = parseUrlState('?h=4&lr=0.4');
    expect(plain.notices).toEqual([]);
    expect(linkReplay(runOf(plain))).toBeNull();
    // Saved weights after 3 updates, opened at epoch 3: as links before records meant.
    const params = Float64Array.from({ length: 13 }, (_, i) => i / 7);
    const old = parseUrlState(
      serializeRun(
        { start: TUTORIAL_CONFIG, origin: { epoch: 3, params }, edits: [], epoch: 3 },
        view,
      ),
    );
    expect(old.notices).toEqual([]);
    expect(old.epoch).toBe(3);
    expect(old.weights?.epoch).toBe(3);
  });

  it('keep the saved weights’ epoch apart from the epoch opened at', () => {
    const params = Float64Array.from({ length: 13 }, (_, i) => Math.sin(i));
    const run: LinkRun = {
      start: TUTORIAL_CONFIG,
      origin: { epoch: 5, params },
      edits: [configure(40, { learningRate: 2 })],
      epoch: 50,
    };
    const query = serializeRun(run, view);
    expect(query).toMatch(/^\?e=50&edits=40_c_lr_2&we=5&w=/);
    const parsed = parseUrlState(query);
    expect(parsed.notices).toEqual([]);
    expect(bits(parsed.weights!.params)).toEqual(bits(params));
    expect(runOf(parsed).epoch).toBe(50);
    expect(parseUrlState(query.replace('e=50', 'e=2')).notices[0]).toMatch(
      /before its weights' epoch/,
    );
  });

  it('open at the start when the epoch is too long to replay, with a notice', () => {
    const far = parseUrlState('?e=2000000');
    expect(far.epoch).toBe(0);
    expect(far.notices[0]).toMatch(/Replaying the link's 2,000,000 epochs would take/);
    const heavy = parseUrlState(
      '?data=spiral&h=8,8,8,8,8,8&in=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&points=2000&train=0.9&e=50000',
    );
    expect(heavy.epoch).toBe(0);
    // Quick enough to replay; past the tutorial's 1,000-epoch target, which is raised to match.
    expect(parseUrlState('?e=100000').notices).toEqual([
      'Epoch 100,000 is beyond the target of 1,000 epochs; the target is now 101,000.',
    ]);
    // The cost follows the edits: a tutorial start made huge by its first change.
    const grown = parseUrlState(
      '?e=100000&edits=0_c_data_spiral_in_x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2_h_8,8,8,8,8,8_points_2000',
    );
    expect(grown.edits).toHaveLength(1);
    expect(grown.epoch).toBe(0);
  });

  it('raise the target past an epoch beyond it, or lower the epoch of saved weights past the longest run', () => {
    const raised = parseUrlState('?e=5000&epochs=100');
    expect(raised.epoch).toBe(5000);
    expect(raised.config.epochTarget).toBe(5100);
    expect(raised.notices).toEqual([
      'Epoch 5,000 is beyond the target of 100 epochs; the target is now 5,100.',
    ]);
    const weights = encodeParams(new Float64Array(13).fill(0.5));
    const far = parseUrlState(`?e=1000000000&w=${weights}&epochs=100`);
    expect(far.weights?.epoch).toBe(999_900);
    expect(far.epoch).toBe(999_900);
    expect(far.config.epochTarget).toBe(1_000_000);
    expect(far.notices[0]).toMatch(/beyond the longest run/);
  });

  it('ignore a damaged log but keep the rest of the link', () => {
    const parsed = parseUrlState(`?lr=0.5&e=10&${LOG_KEY}=0_c_out_relu`);
    expect(parsed.config.learningRate).toBe(0.5);
    expect(parsed.edits).toEqual([]);
    expect(parsed.epoch).toBe(10);
    expect(parsed.notices).toHaveLength(1);
  });
});

describe('a copied link replays to the sender’s numbers, bit for bit', () => {
  it('after live edits of every kind', () => {
    const trainer = new Trainer(TUTORIAL_CONFIG);
    const record: RunRecord = { start: TUTORIAL_CONFIG, origin: null, edits: EDITS };
    trainer.replay(record, 40);
    const sent = trainer.snapshot(0);
    // As the share menu writes it: settings changed before the first update folded in.
    const query = serializeRun({ ...foldStart(trainer.record()), epoch: sent.epoch }, DEFAULT_VIEW);
    expect(query).toContain('lr=0.30000000000000004');
    const parsed = parseUrlState(query);
    expect(parsed.notices).toEqual([]);
    const opened = new Trainer(parsed.config);
    const { record: linked, epoch } = linkReplay(runOf(parsed))!;
    opened.replay(linked, epoch);
    const got = opened.snapshot(0);
    expect(got.epoch).toBe(40);
    expect(bits(got.params)).toEqual(bits(sent.params));
    expect(got.loss).toBe(sent.loss);
  });
});

describe('foldStart', () => {
  const record: RunRecord = {
    start: { ...TUTORIAL_CONFIG, dataset: 'circle', pointCount: 30 },
    origin: null,
    edits: [
      configure(0, { learningRate: 0.3, hiddenSizes: [4] }),
      configure(0, { hiddenActivation: 'tanh', noise: 0.2, init: 'glorot' }),
      { epoch: 0, kind: 'addPoint', x: 1, y: 1, label: 1 },
      configure(0, { dataset: 'gaussians', batchSize: 3 }),
      configure(5, { learningRate: 0.1 }),
    ],
  };

  it('moves the settings changed before the first update into the start', () => {
    const folded = foldStart(record);
    expect(folded.start).toMatchObject({
      learningRate: 0.3,
      hiddenActivation: 'tanh',
      noise: 0.2,
      batchSize: 3,
      dataset: 'circle',
      init: 'tutorial',
    });
    expect(folded.edits).toEqual([
      configure(0, { hiddenSizes: [4] }),
      configure(0, { init: 'glorot' }),
      { epoch: 0, kind: 'addPoint', x: 1, y: 1, label: 1 },
      configure(0, { dataset: 'gaussians' }),
      configure(5, { learningRate: 0.1 }),
    ]);
    expect(foldStart({ ...record, edits: [] })).toEqual({ ...record, edits: [] });
  });

  it('keeps the run the same, bit for bit', () => {
    const a = replayed(record, 12);
    const b = replayed(foldStart(record), 12);
    expect(bits(b.net.params)).toEqual(bits(a.net.params));
    expect(bits(b.data.trainSet.inputs)).toEqual(bits(a.data.trainSet.inputs));
    expect(b.measure()).toEqual(a.measure());
  });
});
