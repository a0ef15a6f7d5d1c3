// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, trainerConfig } from '@/test/render';
import { presetPatch } from '@/state/presets';
import { DataSettings } from './DataSettings';

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

  it('applies the dataset’s preset, or with that unticked keeps the network and settings', async () => {
    const { user, stores } = renderWithStores(<DataSettings />);
    const dataset = screen.getByRole('combobox', { name: 'Dataset' });
    await user.click(screen.getByRole('checkbox', { name: 'Apply the preset' }));
    await user.selectOptions(dataset, 'spiral');
    expect(trainerConfig(stores)).toMatchObject({
      dataset: 'spiral',
      hiddenSizes: [3],
      learningRate: 1,
      loss: 'mse',
      init: 'tutorial',
    });
    await user.click(screen.getByRole('checkbox', { name: 'Apply the preset' }));
    await user.selectOptions(dataset, 'circle');
    expect(trainerConfig(stores)).toMatchObject(presetPatch('circle'));
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
    expect(trainerConfig(stores)).toMatchObject(presetPatch('spiral'));
    expect(within(pictures).getByRole('button', { pressed: true })).toHaveAccessibleName('Spiral');
  });
});
