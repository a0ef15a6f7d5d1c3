// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores } from '@/test/render';
import { LossChart } from './LossChart';

/** The tutorial's first printed loss: the mean squared error of its starting weights. */
const TUTORIAL_FIRST_LOSS = 0.3859387189496001;

const readout = () => screen.getByRole('region', { name: 'Loss' }).querySelector('output');

describe('LossChart', () => {
  it('shows the current loss and epoch, the chart and its controls', () => {
    renderWithStores(<LossChart timeline={<p>scrubber here</p>} />);
    expect(screen.getByRole('heading', { name: 'Loss' })).toBeInTheDocument();
    // The tutorial's starting loss, six decimals, at epoch 0.
    expect(readout()).toHaveTextContent('0.385939 at epoch 0');
    expect(readout()).toHaveAttribute('data-loss', String(TUTORIAL_FIRST_LOSS));
    expect(screen.getByRole('img', { name: 'Loss curve' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).not.toBeChecked();
    expect(screen.getByText('scrubber here')).toBeInTheDocument();
    // Nothing to pin before there is a curve.
    expect(screen.getByRole('button', { name: 'Pin run' })).toBeDisabled();
  });

  it('follows training: epoch 1 after a step, the first loss on the curve', () => {
    const { stores } = renderWithStores(<LossChart />);
    act(() => stores.training.getState().step());
    const snapshot = stores.training.getState().snapshot!;
    expect(snapshot.epoch).toBe(1);
    expect(readout()).toHaveTextContent(/^0\.343284 at epoch 1$/);
    expect(readout()).toHaveAttribute('data-loss', String(snapshot.loss));
    // The curve's first point is the loss measured before that step: the tutorial's.
    expect(stores.training.getState().history.losses[0]).toBe(TUTORIAL_FIRST_LOSS);

    const curve = screen
      .getByRole('img', { name: 'Loss curve' })
      .querySelector('path.series.train')
      ?.getAttribute('d');
    expect(curve).toBeTruthy();
    act(() => stores.training.getState().step());
    const longer = screen
      .getByRole('img', { name: 'Loss curve' })
      .querySelector('path.series.train')
      ?.getAttribute('d');
    expect(longer).not.toBe(curve);
  });

  it('reads out the curve under the pointer', () => {
    const { stores } = renderWithStores(<LossChart />);
    act(() => {
      stores.training.getState().step();
      stores.training.getState().step();
    });
    const target = screen.getByRole('img', { name: 'Loss curve' }).querySelector('.hover-target')!;
    // The chart has no layout here: its left edge, x = 0, is the first epoch.
    fireEvent.pointerMove(target, { clientX: 0 });
    // A second live status beside the loss readout (an <output>).
    const hover = screen.getByText(/^Epoch /);
    expect(hover).toHaveRole('status');
    expect(hover).toHaveTextContent(/^Epoch 0: training loss 0\.385939$/);
    // Far right: the last point, the loss measured before the second step.
    fireEvent.pointerMove(target, { clientX: 10_000 });
    expect(screen.getByText(/^Epoch /)).toHaveTextContent(/^Epoch 1: training loss 0\.343284$/);
    fireEvent.pointerLeave(target);
    expect(screen.queryByText(/^Epoch /)).not.toBeInTheDocument();
    expect(screen.getAllByRole('status')).toEqual([readout()]);
  });

  it('the log-scale box switches the view to a log axis', async () => {
    const { stores, user, sent } = renderWithStores(<LossChart />);
    await user.click(screen.getByRole('checkbox', { name: 'Log scale' }));
    expect(stores.view.getState().logScale).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
    // A view option: the trainer is not told.
    expect(sent()).toEqual([]);
  });

  it('pins the curve as a ghost to compare against', async () => {
    const { stores, user } = renderWithStores(<LossChart />);
    act(() => {
      for (let i = 0; i < 3; i++) stores.training.getState().step();
    });
    await user.click(screen.getByRole('button', { name: 'Pin run' }));
    expect(screen.getByRole('button', { name: 'Unpin' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: 'Loss curve' });
    expect(chart.querySelector('path.series.pinned')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unpin' }));
    expect(chart.querySelector('path.series.pinned')).not.toBeInTheDocument();
  });

  it('adds the test loss for a dataset with a test set', () => {
    const { stores } = renderWithStores(<LossChart />);
    act(() => stores.training.getState().chooseDataset('circle'));
    const { testLoss } = stores.training.getState().snapshot!;
    expect(readout()).toHaveTextContent(/ at epoch 0 · test \d+\.\d{6}$/);
    expect(readout()).toHaveAttribute('data-test-loss', String(testLoss));
    expect(
      screen.getByRole('img', { name: 'Loss curve' }).querySelector('path.series.test'),
    ).toBeInTheDocument();
  });
});
