// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, trainerConfig } from '@/test/render';
import { HiddenNeurons } from './HiddenNeurons';

describe('HiddenNeurons', () => {
  it('resizes the layer chosen, not always layer 1, and follows layers as they come and go', async () => {
    const { user, stores } = renderWithStores(<HiddenNeurons />);
    const slider = () => screen.getByRole('slider', { name: 'Hidden neurons' });
    expect(screen.queryByRole('combobox', { name: 'Layer to resize' })).toBeNull();
    act(() => stores.training.getState().configure({ hiddenSizes: [4, 2, 6] }));
    const layer = screen.getByRole('combobox', { name: 'Layer to resize' });
    expect(slider()).toHaveValue('4');
    await user.selectOptions(layer, 'Layer 2');
    expect(slider()).toHaveValue('2');
    fireEvent.change(slider(), { target: { value: '5' } });
    expect(trainerConfig(stores).hiddenSizes).toEqual([4, 5, 6]);
    await user.selectOptions(layer, 'Layer 3');
    act(() => stores.training.getState().configure({ hiddenSizes: [4, 5] }));
    // Layer 3 is gone: the slider is on the last layer there is.
    expect(screen.getByRole('combobox', { name: 'Layer to resize' })).toHaveDisplayValue('Layer 2');
    expect(slider()).toHaveValue('5');
    act(() => stores.training.getState().configure({ hiddenSizes: [] }));
    expect(slider()).toBeDisabled();
  });
});
