import { describe, expect, it } from 'vitest';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { pythonRefusalOf, pythonScriptOf, PYTHON_FILE_NAME } from './python-export';
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

  it('replays the record to the epoch target, or past it where the learner stepped on', () => {
    const trainer = new Trainer({ ...TUTORIAL_CONFIG, epochTarget: 3 });
    trainer.configure({ hiddenSizes: [4] }, 0);
    for (let i = 0; i < 5; i++) trainer.step();
    const snapshot = trainer.snapshot(0);
    const script = pythonScriptOf(snapshot, trainer.record(), snapshot.trainedWith);
    expect(script).toContain('epochs = 5\n');
    expect(script).toContain('layer_sizes = [2, 3, 1]  # inputs');
    expect(script).toContain('    if epoch == 0:\n        # Here the learner changed the hidden');
  });

  it('refuses a softmax run, from its start or after an edit, rather than write wrong code', () => {
    const trainer = new Trainer({ ...TUTORIAL_CONFIG, dataset: 'gaussians' });
    expect(pythonRefusalOf(trainer.record(), trainer.snapshot(0).trainedWith)).toBeNull();
    trainer.configure({ outputActivation: 'softmax', loss: 'ce' }, 0);
    const snapshot = trainer.snapshot(0);
    // Two classes under a softmax: two output neurons.
    expect(snapshot.layerSizes).toEqual([2, 3, 2]);
    const refusal = pythonRefusalOf(trainer.record(), snapshot.trainedWith);
    expect(refusal).toMatch(/does not support this run yet: .* 2 outputs with a softmax output/);
    expect(() => pythonScriptOf(snapshot, trainer.record(), snapshot.trainedWith)).toThrow(
      refusal!,
    );
  });
});
