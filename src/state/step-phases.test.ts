import { describe, expect, it } from 'vitest';
import { moveStep, stepPositions } from './step-phases';

describe('step positions', () => {
  it('walks forward layer by layer, then loss, backward from the output, update', () => {
    expect(stepPositions(2).map((p) => `${p.phase}${p.layer || ''}`)).toEqual([
      'forward1',
      'forward2',
      'loss',
      'backward2',
      'backward1',
      'update',
    ]);
  });

  it('moves by one and stops at both ends', () => {
    expect(moveStep({ phase: 'forward', layer: 2 }, 1, 2)).toEqual({ phase: 'loss', layer: 0 });
    expect(moveStep({ phase: 'backward', layer: 2 }, -1, 2)).toEqual({ phase: 'loss', layer: 0 });
    expect(moveStep({ phase: 'update', layer: 0 }, 1, 2)).toEqual({ phase: 'update', layer: 0 });
    expect(moveStep({ phase: 'forward', layer: 1 }, -1, 2)).toEqual({ phase: 'forward', layer: 1 });
    // A stop that no longer exists (the net lost a layer) restarts from the first.
    expect(moveStep({ phase: 'backward', layer: 3 }, 0, 2)).toEqual({ phase: 'forward', layer: 1 });
  });
});
