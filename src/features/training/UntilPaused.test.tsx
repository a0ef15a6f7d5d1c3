// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, trainerConfig } from '@/test/render';
import { Controls } from './Controls';

describe('Epochs: until paused', () => {
  it('raises the target to a million epochs, says so, and gives the slider back when unticked', async () => {
    const { user, stores } = renderWithStores(<Controls />);
    const epochs = screen.getByRole('slider', { name: 'Epochs' });
    const untilPaused = screen.getByRole('checkbox', { name: 'Until paused' });
    expect(untilPaused).not.toBeChecked();
    await user.click(untilPaused);
    expect(trainerConfig(stores).epochTarget).toBe(1_000_000);
    expect(epochs).toHaveAttribute('aria-valuetext', 'until paused');
    expect(epochs).toBeDisabled();
    await user.click(untilPaused);
    expect(trainerConfig(stores).epochTarget).toBe(100_000);
    expect(epochs).toHaveAttribute('aria-valuetext', '100,000');
    expect(epochs).toBeEnabled();
  });
});
