// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStores, trainerConfig } from '@/test/render';
import { presetPatch } from '@/state/presets';
import { APPLY_PRESET_KEY } from './apply-preset';
import { DataSettings } from './DataSettings';

afterEach(() => localStorage.removeItem(APPLY_PRESET_KEY));

describe('DataSettings', () => {
  it('offers Playground’s regularisation rates, and keeps a rate a link set off the menu', async () => {
    const { user, stores } = renderWithStores(<DataSettings />);
    expect(screen.queryByRole('combobox', { name: 'Regularization rate' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regularization' }), 'l2');
    const rate = screen.getByRole('combobox', { name: 'Regularization rate' });
    const offered = within(rate)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(offered).toEqual(['0', '0.001', '0.003', '0.01', '0.03', '0.1', '0.3', '1', '3', '10']);
    await user.selectOptions(rate, '0.003');
    expect(trainerConfig(stores)).toMatchObject({
      regularization: 'l2',
      regularizationRate: 0.003,
    });
    act(() => stores.training.getState().configure({ regularizationRate: 0.005 }));
    expect(rate).toHaveDisplayValue('0.005');
    expect(within(rate).getAllByRole('option')).toHaveLength(11);
  });

  it('keeps the network, its weights and the settings by default, as Playground does', async () => {
    const { user, stores } = renderWithStores(<DataSettings />);
    const training = () => stores.training.getState();
    const params = () => Array.from(training().snapshot!.params);
    expect(screen.getByRole('checkbox', { name: 'Apply the preset' })).not.toBeChecked();
    act(() => {
      training().configure({ hiddenSizes: [4], hiddenActivation: 'tanh', learningRate: 0.3 });
      for (let i = 0; i < 5; i++) training().step();
    });
    const trained = params();
    const epoch = training().snapshot!.epoch;
    const kept = { hiddenSizes: [4], hiddenActivation: 'tanh', learningRate: 0.3, loss: 'mse' };

    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'circle');
    expect(trainerConfig(stores)).toMatchObject({ dataset: 'circle', ...kept });
    expect(params()).toEqual(trained);
    expect(training().snapshot!.epoch).toBe(epoch);

    // Three classes need three outputs: the output layer changes, the hidden layer is kept.
    const pictures = screen.getByRole('group', { name: 'Choose by picture' });
    await user.click(within(pictures).getByRole('button', { name: 'Three blobs (3 classes)' }));
    expect(trainerConfig(stores)).toMatchObject({ dataset: 'blobs-3', ...kept });
    const hiddenLayer = 2 * 4 + 4;
    expect(params().slice(0, hiddenLayer)).toEqual(trained.slice(0, hiddenLayer));
    expect(params()).toHaveLength(hiddenLayer + 4 * 3 + 3);
  });

  it('applies the dataset’s preset when ticked, and remembers the tick in this browser', async () => {
    const { user, stores, unmount } = renderWithStores(<DataSettings />);
    await user.click(screen.getByRole('checkbox', { name: 'Apply the preset' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'spiral');
    expect(trainerConfig(stores)).toMatchObject(presetPatch('spiral'));
    expect(stores.training.getState().snapshot!.epoch).toBe(0);
    const pictures = screen.getByRole('group', { name: 'Choose by picture' });
    await user.click(within(pictures).getByRole('button', { name: 'Circle' }));
    expect(trainerConfig(stores)).toMatchObject(presetPatch('circle'));
    expect(within(pictures).getByRole('button', { pressed: true })).toHaveAccessibleName('Circle');
    unmount();

    renderWithStores(<DataSettings />);
    const box = screen.getByRole('checkbox', { name: 'Apply the preset' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(localStorage.getItem(APPLY_PRESET_KEY)).toBeNull();
  });

  it('asks under the menu before another dataset replaces drawn points', async () => {
    const { user, stores } = renderWithStores(<DataSettings />);
    act(() => {
      stores.training.getState().configure({ dataset: 'circle' });
      stores.training.getState().addPoint(1, 1, 1);
    });
    const dataset = screen.getByRole('combobox', { name: 'Dataset' });
    await user.selectOptions(dataset, 'spiral');
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'Choosing Spiral replaces your 1 drawn point with new points.',
    );
    await user.click(screen.getByRole('button', { name: 'Keep my points' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(trainerConfig(stores).dataset).toBe('circle');
    const pictures = screen.getByRole('group', { name: 'Choose by picture' });
    await user.click(within(pictures).getByRole('button', { name: 'Spiral' }));
    await user.click(screen.getByRole('button', { name: 'Replace them' }));
    expect(trainerConfig(stores).dataset).toBe('spiral');
    expect(dataset).toHaveValue('spiral');
  });

  it('shows every dataset as a picture; a click chooses it as the menu does', async () => {
    const { user, stores } = renderWithStores(<DataSettings />);
    const pictures = screen.getByRole('group', { name: 'Choose by picture' });
    const buttons = within(pictures).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(
      within(screen.getByRole('combobox', { name: 'Dataset' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    );
    expect(within(pictures).getByRole('button', { pressed: true })).toHaveAccessibleName(
      'XOR (the tutorial)',
    );
    await user.click(within(pictures).getByRole('button', { name: 'Spiral' }));
    expect(trainerConfig(stores)).toMatchObject({ dataset: 'spiral', hiddenSizes: [3] });
    expect(within(pictures).getByRole('button', { pressed: true })).toHaveAccessibleName('Spiral');
  });
});
