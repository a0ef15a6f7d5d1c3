import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { presetPatch } from '@/state/presets';
import { DEFAULT_VIEW, parseUrlState, serializeUrlState } from './url-state';

describe('a link that names only its dataset', () => {
  it('opens the dataset’s preset, not the tutorial’s network on it', () => {
    const { config, notices } = parseUrlState('?data=spiral');
    expect(config).toEqual({ ...TUTORIAL_CONFIG, ...presetPatch('spiral') });
    expect(config.hiddenSizes).not.toEqual(TUTORIAL_CONFIG.hiddenSizes);
    expect(notices).toEqual([]);
    // View options do not count as settings; any setting or record does.
    expect(parseUrlState('?data=spiral&test=0').config).toEqual(config);
    expect(parseUrlState('?data=spiral&lr=1').config.hiddenSizes).toEqual([3]);
    expect(parseUrlState('?data=spiral&e=5').config.hiddenSizes).toEqual([3]);
  });

  it('is never what the app writes: every run reads back as itself', () => {
    for (const start of [
      { ...TUTORIAL_CONFIG, dataset: 'spiral' as const },
      { ...TUTORIAL_CONFIG, ...presetPatch('spiral') },
      { ...TUTORIAL_CONFIG, ...presetPatch('circle') },
      TUTORIAL_CONFIG,
    ]) {
      const query = serializeUrlState(start, DEFAULT_VIEW);
      expect(parseUrlState(query).config).toEqual(start);
    }
    expect(serializeUrlState({ ...TUTORIAL_CONFIG, dataset: 'spiral' }, DEFAULT_VIEW)).toBe(
      '?data=spiral&h=3',
    );
  });
});
