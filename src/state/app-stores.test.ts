import { describe, expect, it } from 'vitest';
import { createAppStores } from './app-stores';
import { inThreadSession } from './in-thread-session';

describe('app stores', () => {
  it('show one moment: scrubbing leaves step mode, stepping through returns to live', () => {
    const stores = createAppStores(inThreadSession());
    const training = stores.training.getState();
    for (let i = 0; i < 5; i++) training.step();
    stores.step.getState().enter();
    expect(stores.step.getState().active).toBe(true);

    stores.timeline.getState().view(2);
    expect(stores.timeline.getState().viewedEpoch).toBe(2);
    expect(stores.step.getState().active).toBe(false);

    stores.step.getState().enter();
    expect(stores.step.getState().active).toBe(true);
    expect(stores.timeline.getState().viewedEpoch).toBeNull();
  });

  it('the focused neuron reaches the worker through the view store alone', () => {
    const sent: unknown[] = [];
    const stores = createAppStores(inThreadSession({ onSend: (message) => sent.push(message) }));
    stores.view.getState().set({ focusedNeuron: { index: 2, label: 'h3', isOutput: false } });
    stores.view.getState().set({ focusedNeuron: null });
    expect(sent.filter((m) => (m as { type: string }).type === 'focusNeuron')).toEqual([
      { type: 'focusNeuron', neuron: 2 },
      { type: 'focusNeuron', neuron: null },
    ]);
  });
});
