import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { pythonScriptOf, PYTHON_FILE_NAME } from './python-export';
import type { Snapshot } from '@/training/protocol';
import { Trainer } from '@/training/trainer';

describe('pythonScriptOf', () => {
  it('writes the training set and the trainer’s shuffle seed into the script', () => {
    const trainer = new Trainer({ ...TUTORIAL_CONFIG, seed: 4_294_967_295, batchSize: 2 });
    const snapshot: Snapshot = trainer.snapshot(0);
    const script = pythonScriptOf(snapshot);
    expect(PYTHON_FILE_NAME).toBe('backprop-studio.py');
    // seed + 2 wraps at 2³² as derivedSeed does: 1, not 4294967297.
    expect(script).toContain('shuffle_seed = 1\n');
    expect(script).toContain('np.random.seed(4294967295)');
    expect(script).toMatch(/inputs = np\.array\(\[\[0(\.0)?, 0(\.0)?\],/);
  });
});
