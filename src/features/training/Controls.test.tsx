// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, sentOfType, trainerConfig } from '@/test/render';
import { Controls } from './Controls';

const button = (name: string) => screen.getByRole('button', { name });

describe('Controls', () => {
  it('shows Play, Step, Reset, Reseed and the tutorial settings', () => {
    renderWithStores(<Controls stepThrough={<button type="button">Step through</button>} />);
    expect(screen.getByRole('region', { name: 'Controls' })).toBeInTheDocument();
    expect(button('Play')).toBeEnabled();
    expect(button('Step')).toBeEnabled();
    expect(button('Reset')).toBeEnabled();
    expect(button('Reseed')).toBeEnabled();
    expect(button('Step through')).toBeInTheDocument();
    const rate = screen.getByRole('slider', { name: 'Learning rate' });
    expect(rate).toHaveAttribute('aria-valuetext', '1');
    expect(screen.getByRole('slider', { name: 'Epochs' })).toHaveAttribute(
      'aria-valuetext',
      '1,000',
    );
    expect(screen.getByRole('slider', { name: 'Hidden neurons' })).toHaveValue('3');
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveDisplayValue('300 epochs/s');
  });

  it('Play sends play and becomes Pause; Pause sends pause', async () => {
    const rendered = renderWithStores(<Controls />);
    const { user, stores } = rendered;
    await user.click(button('Play'));
    expect(rendered.sent()).toEqual([{ type: 'play' }]);
    expect(stores.training.getState().snapshot?.running).toBe(true);
    await user.click(button('Pause'));
    expect(rendered.sent()).toEqual([{ type: 'play' }, { type: 'pause' }]);
    expect(button('Play')).toBeInTheDocument();
  });

  it('Step trains one epoch, Reset goes back to epoch 0 with the same weights', async () => {
    const rendered = renderWithStores(<Controls />);
    const { user, stores } = rendered;
    const start = stores.training.getState().snapshot!.params.slice();
    await user.click(button('Step'));
    await user.click(button('Step'));
    expect(rendered.sent()).toEqual([{ type: 'step' }, { type: 'step' }]);
    expect(stores.training.getState().snapshot?.epoch).toBe(2);

    await user.click(button('Reset'));
    expect(rendered.sent().at(-1)).toEqual({ type: 'reset' });
    const snapshot = stores.training.getState().snapshot!;
    expect(snapshot.epoch).toBe(0);
    expect(Array.from(snapshot.params)).toEqual(Array.from(start));
  });

  it('Reseed asks for the next seed', async () => {
    const rendered = renderWithStores(<Controls />);
    await rendered.user.click(button('Reseed'));
    expect(rendered.sent()).toEqual([{ type: 'configure', patch: { seed: 1 } }]);
    expect(trainerConfig(rendered.stores).seed).toBe(1);
  });

  it('the learning-rate slider sets a round rate in the store and the trainer', () => {
    const rendered = renderWithStores(<Controls />);
    const rate = screen.getByRole('slider', { name: 'Learning rate' });
    // The slider runs on log10: −0.7 is 10^−0.7 ≈ 0.1995, rounded to two digits.
    fireEvent.change(rate, { target: { value: '-0.7' } });
    expect(sentOfType(rendered, 'configure')).toEqual([
      { type: 'configure', patch: { learningRate: 0.2 } },
    ]);
    const state = rendered.stores.training.getState();
    expect(state.config.learningRate).toBe(0.2);
    expect(trainerConfig(rendered.stores).learningRate).toBe(0.2);
    expect(rate).toHaveAttribute('aria-valuetext', '0.2');
  });

  it('the other settings reach the trainer too', async () => {
    const rendered = renderWithStores(<Controls />);
    const { user, stores } = rendered;
    fireEvent.change(screen.getByRole('slider', { name: 'Hidden neurons' }), {
      target: { value: '5' },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), 'Full speed');
    fireEvent.change(screen.getByRole('slider', { name: 'Epochs' }), { target: { value: '2' } });
    expect(sentOfType(rendered, 'configure').map((m) => m.patch)).toEqual([
      { hiddenSizes: [5] },
      { speed: 0 },
      { epochTarget: 100 },
    ]);
    expect(stores.training.getState().snapshot?.layerSizes).toEqual([2, 5, 1]);
    expect(trainerConfig(stores)).toMatchObject({ speed: 0, epochTarget: 100 });
  });

  it('follows the store: Pause while running, Play disabled once the epoch target is reached', () => {
    const { stores } = renderWithStores(<Controls />);
    act(() => stores.training.getState().play());
    expect(button('Pause')).toBeInTheDocument();
    act(() => {
      stores.training.getState().pause();
      stores.training.getState().configure({ epochTarget: 100 });
      for (let i = 0; i < 100; i++) stores.training.getState().step();
    });
    expect(button('Play')).toBeDisabled();
    expect(button('Play')).toHaveAttribute('title', 'Epoch target reached: raise Epochs or Reset');
  });
});
