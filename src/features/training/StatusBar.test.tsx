// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores } from '@/test/render';
import { PredictionsTable } from './PredictionsTable';
import { StatusBar } from './StatusBar';

const outputs = () =>
  Array.from(document.querySelectorAll('[data-output]'), (cell) =>
    Number(cell.getAttribute('data-output')),
  );

describe('StatusBar and PredictionsTable while time travelling', () => {
  it('show the viewed moment, say so, and go back to live', async () => {
    const { stores, user } = renderWithStores(
      <>
        <StatusBar />
        <PredictionsTable />
      </>,
    );
    const epoch = () => document.querySelector('[data-epoch]');
    act(() => {
      for (let i = 0; i < 8; i++) stores.training.getState().step();
    });
    const live = stores.training.getState().snapshot!;
    expect(epoch()).toHaveAttribute('data-epoch', '8');
    expect(outputs()).toEqual(Array.from(live.predictions));

    act(() => stores.timeline.getState().view(3));
    const past = stores.timeline.getState().past!;
    expect(epoch()).toHaveAttribute('data-epoch', '3');
    expect(epoch()).toHaveTextContent('Epoch 3 / 1,000');
    expect(document.querySelector('[data-state]')).toHaveAttribute('data-state', 'viewing');
    expect(screen.getByText('Viewing epoch 3 of 8')).toBeInTheDocument();
    expect(outputs()).toEqual(Array.from(past.predictions));
    expect(outputs()).not.toEqual(Array.from(live.predictions));
    expect(screen.getByRole('region', { name: 'Predictions' })).toHaveAttribute(
      'data-epoch-shown',
      '3',
    );

    await user.click(screen.getByRole('button', { name: 'Back to live' }));
    expect(stores.timeline.getState().viewedEpoch).toBeNull();
    expect(epoch()).toHaveAttribute('data-epoch', '8');
    expect(document.querySelector('[data-state]')).toHaveAttribute('data-state', 'paused');
    expect(outputs()).toEqual(Array.from(live.predictions));
  });
});
