import { describe, expect, it } from 'vitest';
import { layerSizesOf } from '@/engine/run-config';
import { createAppStores } from '@/state/app-stores';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { inThreadSession } from '@/state/in-thread-session';
import { importModelFile } from './model-actions';
import { modelToJson } from './model-file';

/** A tutorial-network model file of all-0.1 weights after `epoch` updates. */
function modelFile(name: string, epoch: number, epochTarget: number): File {
  const config = { ...TUTORIAL_CONFIG, epochTarget };
  const text = modelToJson(config, epoch, layerSizesOf(config), new Float64Array(13).fill(0.1));
  return new File([text], name, { type: 'application/json' });
}

describe('importModelFile', () => {
  it('raises the target past a file epoch beyond it, so that Play can train', async () => {
    const stores = createAppStores(inThreadSession());
    await importModelFile(modelFile('model.json', 5000, 100), stores);
    const { config, snapshot } = stores.training.getState();
    expect(snapshot?.epoch).toBe(5000);
    expect(config.epochTarget).toBe(5100);
    expect(stores.notices.getState().notices.map((n) => n.text)).toContain(
      'Epoch 5,000 is beyond the target of 100 epochs; the target is now 5,100.',
    );
  });

  it('lowers an epoch past the longest run, and quotes the file name without bidi characters', async () => {
    const stores = createAppStores(inThreadSession());
    await importModelFile(modelFile('evil\u202Enosj.json', 1e9, 100), stores);
    const { config, snapshot } = stores.training.getState();
    expect(snapshot?.epoch).toBe(999_900);
    expect(config.epochTarget).toBe(1_000_000);
    const texts = stores.notices.getState().notices.map((n) => n.text);
    expect(texts[0]).toBe('Opened “evilnosj.json”: xor, epoch 999900.');
    expect(texts[1]).toMatch(/beyond the longest run/);
    for (const text of texts) expect(text).not.toMatch(/\p{Cf}/u);
  });

  it('refuses weights that already give a non-finite loss, and changes nothing', async () => {
    const stores = createAppStores(inThreadSession());
    const before = stores.training.getState().snapshot;
    const config = { ...TUTORIAL_CONFIG, outputActivation: 'linear' as const };
    const text = modelToJson(config, 40, layerSizesOf(config), new Float64Array(13).fill(1e200));
    await importModelFile(new File([text], 'blown.json'), stores);
    expect(stores.training.getState().snapshot).toBe(before);
    expect(stores.notices.getState().notices.map((n) => n.text)).toEqual([
      "Could not open “blown.json”: the file's weights give a non-finite loss on its data, so training could not go on from them.",
    ]);
  });

  it('snaps a speed off the menu to its nearest entry, so that the run trains', async () => {
    const stores = createAppStores(inThreadSession());
    const config = { ...TUTORIAL_CONFIG, speed: 1e-9 };
    const text = modelToJson(config, 3, layerSizesOf(config), new Float64Array(13).fill(0.1));
    await importModelFile(new File([text], 'slow.json'), stores);
    expect(stores.training.getState().config.speed).toBe(1);
    expect(stores.notices.getState().notices.map((n) => n.text)).toContain(
      "The file's speed 1e-9 is not on the Speed menu; using the nearest, 1 epoch/s.",
    );
  });
});
