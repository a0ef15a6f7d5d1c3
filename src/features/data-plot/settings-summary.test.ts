import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { presetPatch, PRESETS } from '@/state/presets';
import { datasetDescription, settingsSummary } from './settings-summary';

describe('the Data panel describes the settings on screen', () => {
  it("gives the preset's sentence while the settings are the preset's, whatever the seed", () => {
    expect(datasetDescription(TUTORIAL_CONFIG)).toBe(PRESETS.xor.description);
    expect(datasetDescription({ ...TUTORIAL_CONFIG, seed: 11, epochTarget: 5000 })).toBe(
      PRESETS.xor.description,
    );
    const spiral = { ...TUTORIAL_CONFIG, ...presetPatch('spiral') };
    expect(datasetDescription(spiral)).toBe(PRESETS.spiral.description);
  });

  it('says what changed: ReLU hidden, linear output, learning rate 3', () => {
    const changed = {
      ...TUTORIAL_CONFIG,
      hiddenActivation: 'relu',
      outputActivation: 'linear',
      learningRate: 3,
    } as const;
    expect(datasetDescription(changed)).toBe(
      'XOR (the tutorial), with these settings: 2-3-1 network, ReLU hidden, linear output, squared error (MSE), full batch, learning rate 3.',
    );
    expect(datasetDescription(changed)).not.toContain('learning rate 1');
  });

  it('follows the shape, the loss and the batches', () => {
    expect(settingsSummary(TUTORIAL_CONFIG)).toBe(
      '2-3-1 sigmoid network, squared error (MSE), full batch, learning rate 1.',
    );
    const deep = {
      ...TUTORIAL_CONFIG,
      ...presetPatch('spiral'),
      hiddenSizes: [8, 8, 8, 8],
      features: ['x1', 'x2'],
    } as const;
    expect(settingsSummary(deep)).toBe(
      '2-8-8-8-8-1 network, tanh hidden, sigmoid output, cross-entropy (BCE), batches of 10, learning rate 0.03.',
    );
    const plane = { ...TUTORIAL_CONFIG, ...presetPatch('plane') };
    expect(settingsSummary(plane)).toBe(
      '2-1 network, linear output, squared error (MSE), batches of 10, learning rate 0.01.',
    );
  });
});
