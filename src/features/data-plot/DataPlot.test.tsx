// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores } from '@/test/render';
import { DataPlot } from './DataPlot';

describe('DataPlot options', () => {
  it('offers Discretize for regression too, as Playground does, and it reaches the view', async () => {
    const { user, stores } = renderWithStores(<DataPlot />);
    act(() => stores.training.getState().chooseDataset('plane'));
    const discretize = screen.getByRole('checkbox', { name: 'Discretize output' });
    expect(discretize.closest('label')).toHaveAttribute(
      'title',
      expect.stringMatching(/above or below 0/),
    );
    await user.click(discretize);
    expect(stores.view.getState().discretize).toBe(true);
  });
});
