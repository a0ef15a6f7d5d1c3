import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { presetPatch } from '@/state/presets';
import { isPlaygroundHash, parsePlaygroundHash } from './url-playground';

/** The example: what Playground writes for 5,3 ReLU on its XOR at rate 0.3. */
const XOR_RELU =
  '#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.3&regularizationRate=0&noise=0&networkShape=5,3&seed=0.123&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';

describe('Playground links', () => {
  it('are told apart from other hashes', () => {
    expect(isPlaygroundHash(XOR_RELU)).toBe(true);
    expect(isPlaygroundHash('#noise=5')).toBe(true);
    expect(isPlaygroundHash('#dataset_hide=true')).toBe(true);
    expect(isPlaygroundHash('')).toBe(false);
    expect(isPlaygroundHash('#step-3')).toBe(false);
    expect(isPlaygroundHash('#lr=0.3')).toBe(false);
  });

  it('open as 5,3 ReLU on XOR quadrants at rate 0.3, the seed the one thing not carried over', () => {
    const { config, view, notices, edits, weights, epoch } = parsePlaygroundHash(XOR_RELU);
    expect(config).toEqual({
      ...TUTORIAL_CONFIG,
      ...presetPatch('xor-quadrants'),
      hiddenActivation: 'relu',
      hiddenSizes: [5, 3],
      learningRate: 0.3,
      batchSize: 10,
      noise: 0,
      trainFraction: 0.5,
      regularizationRate: 0,
      features: ['x1', 'x2'],
      epochTarget: 1_000_000,
      seed: config.seed,
    });
    // Playground's seed is any text; a hash of it keeps the same link on the same run here.
    expect(config.seed).toBe(parsePlaygroundHash(XOR_RELU).config.seed);
    expect(config.seed).not.toBe(
      parsePlaygroundHash(XOR_RELU.replace('0.123', '0.124')).config.seed,
    );
    expect(view).toMatchObject({ showTestData: false, discretize: false, hide: [] });
    expect({ edits, weights, epoch }).toEqual({ edits: [], weights: null, epoch: 0 });
    expect(notices).toEqual([
      `Opened a TensorFlow Playground link. Not carried over: seed “0.123” (it is seed ${config.seed} here).`,
    ]);
  });

  it('maps regression, percentages, features, regularisation and hidden controls', () => {
    const { config, view, notices } = parsePlaygroundHash(
      '#problem=regression&regDataset=reg-gauss&dataset=spiral&noise=20&percTrainData=70&networkShape=&x=false&y=true&xSquared=true&sinX=true&cosY=true&regularization=L2&regularizationRate=0.003&seed=42&learningRate_hide=true&numHiddenLayers_hide=true&noise_hide=true&problem_hide=true&playButton_hide=true&activation_hide=false&hideText=true&initZero=true',
    );
    expect(config).toMatchObject({
      dataset: 'multi-gaussian',
      noise: 0.2,
      trainFraction: 0.7,
      hiddenSizes: [],
      features: ['x2', 'x1sq', 'sinx1'],
      regularization: 'l2',
      regularizationRate: 0.003,
      seed: 42,
      init: 'zero',
    });
    expect(view.hide).toEqual(['layers', 'learning-rate', 'play', 'noise', 'text']);
    expect(notices).toEqual([
      'Opened a TensorFlow Playground link. Not carried over: the cosY feature; hiding “problem”.',
    ]);
  });

  it('checks every value as a link of ours, and names what it does not know', () => {
    const { config, notices } = parsePlaygroundHash(
      '#activation=swish&learningRate=99&networkShape=5,x&dataset=moons&batchSize=ten&x=false&y=false&colour=red',
    );
    expect(config).toMatchObject({
      ...presetPatch('circle'),
      hiddenActivation: presetPatch('circle').hiddenActivation,
      epochTarget: 1_000_000,
      learningRate: 10,
      features: ['x1', 'x2'],
    });
    expect(notices.at(-1)).toBe(
      'Opened a TensorFlow Playground link. Not carried over: dataset “moons”; activation “swish”; the unknown key “colour”.',
    );
    // Refused values fall back to the preset's, each with our own notice.
    expect(notices.slice(0, -1).join(' ')).toMatch(/Hidden layers .*Learning rate .*Batch size/);
  });

  it('a hostile hash gives one short notice and a working run', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => `k${i}=${i}`).join('&');
    const { config, notices } = parsePlaygroundHash(`#dataset=spiral&${junk}`);
    expect(config.dataset).toBe('spiral');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^Opened a TensorFlow Playground link\. Not carried over: the unknown key “k0”; .* and \d+ more\.$/,
    );
    expect(notices[0]!.length).toBeLessThan(300);
  });
});
