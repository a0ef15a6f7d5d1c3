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

  it('draws class 2 on a three-class set, and class 1 with the same tool on a two-class one', async () => {
    const { user, stores, sent } = renderWithStores(<DataPlot />);
    expect(screen.queryByRole('radio', { name: 'class 2' })).toBeNull();
    act(() => stores.training.getState().chooseDataset('blobs-3'));
    await user.click(screen.getByRole('radio', { name: 'class 2' }));
    const plot = screen.getByRole('img', { name: 'Decision boundary with data points' });
    plot.focus();
    await user.keyboard('{Enter}');
    const added = () => sent().filter((command) => command.type === 'addPoint');
    expect(added().at(-1)).toMatchObject({ label: 2 });
    act(() => stores.training.getState().chooseDataset('circle'));
    expect(screen.getByRole('radio', { name: 'class 1' })).toBeChecked();
    plot.focus();
    await user.keyboard('{Enter}');
    expect(added().at(-1)).toMatchObject({ label: 1 });
  });
});
