// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores } from '@/test/render';
import { LossChart } from './LossChart';

/** The tutorial's first printed loss: the mean squared error of its starting weights. */
const TUTORIAL_FIRST_LOSS = 0.3859387189496001;

const readout = () => screen.getByRole('region', { name: 'Loss' }).querySelector('output');
const chart = () => screen.getByRole('region', { name: 'Loss' }).querySelector('.chart');
/** Where the pointer goes for `epoch`: jsdom has no layout, so the plot's left edge is x = 0. */
const PLOT_WIDTH = 600 - 56 - 16;
/** The x axis follows the data: its last epoch is on the chart. */
const pointerAt = (epoch: number) => ({
  clientX: (epoch / Number(chart()!.getAttribute('data-x-max'))) * PLOT_WIDTH,
});

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
    expect(stores.training.getState().history.trainLoss[0]).toBe(TUTORIAL_FIRST_LOSS);
    // The history's row for epoch 0, then the live point for epoch 1.
    expect(chart()).toHaveAttribute('data-point-count', '2');

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
    fireEvent.pointerMove(target, pointerAt(1));
    expect(screen.getByText(/^Epoch /)).toHaveTextContent(/^Epoch 1: training loss 0\.343284$/);
    // Far right: the last point, the live epoch's loss.
    fireEvent.pointerMove(target, { clientX: 10_000 });
    const live = stores.training.getState().snapshot!;
    expect(live.epoch).toBe(2);
    expect(screen.getByText(/^Epoch /)).toHaveTextContent(
      new RegExp(`^Epoch 2: training loss ${live.loss.toFixed(6)}$`),
    );
    fireEvent.pointerLeave(target);
    expect(screen.queryByText(/^Epoch /)).not.toBeInTheDocument();
    expect(screen.getAllByRole('status')).toEqual([readout()]);
  });

  it('hover lands on the exact epoch and reads the row the history holds for it', () => {
    const { stores } = renderWithStores(<LossChart />);
    act(() => {
      for (let i = 0; i < 40; i++) stores.training.getState().step();
    });
    const { history } = stores.training.getState();
    expect(chart()).toHaveAttribute('data-point-count', '41');
    const target = screen.getByRole('img', { name: 'Loss curve' }).querySelector('.hover-target')!;
    for (const epoch of [17, 23, 39]) {
      // Within half an epoch of it, from either side.
      for (const offset of [-0.45, 0, 0.45]) {
        fireEvent.pointerMove(target, pointerAt(epoch + offset));
        const hover = screen.getByRole('region', { name: 'Loss' }).querySelector('.chart-readout');
        expect(hover).toHaveAttribute('data-hover-epoch', String(epoch));
        expect(hover?.querySelector('[data-series="train"]')).toHaveAttribute(
          'data-value',
          String(history.trainLoss[epoch]),
        );
      }
    }
  });

  it('the header shows the viewed moment, and the chart marks it', () => {
    const { stores } = renderWithStores(<LossChart />);
    act(() => {
      for (let i = 0; i < 5; i++) stores.training.getState().step();
    });
    act(() => stores.timeline.getState().view(2));
    const { history } = stores.training.getState();
    expect(readout()).toHaveTextContent(/ at epoch 2$/);
    expect(readout()).toHaveAttribute('data-loss', String(history.trainLoss[2]));
    expect(readout()).toHaveAttribute('data-viewed', 'past');
    const marker = screen.getByRole('img', { name: 'Loss curve' }).querySelector('.viewed-line');
    expect(marker).toHaveAttribute('data-marker-epoch', '2');
    // The curve itself still holds the whole run.
    expect(chart()).toHaveAttribute('data-point-count', '6');
    act(() => stores.timeline.getState().live());
    expect(readout()).toHaveTextContent(/ at epoch 5$/);
    expect(readout()).toHaveAttribute('data-viewed', 'live');
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
    // One step: both lines read the same row at epoch 0 as the readout said there.
    const before = stores.training.getState().snapshot!;
    act(() => stores.training.getState().step());
    const target = screen.getByRole('img', { name: 'Loss curve' }).querySelector('.hover-target')!;
    fireEvent.pointerMove(target, { clientX: 0 });
    const hover = screen.getByRole('region', { name: 'Loss' }).querySelector('.chart-readout')!;
    expect(hover).toHaveAttribute('data-hover-epoch', '0');
    expect(hover.querySelector('[data-series="train"]')).toHaveAttribute(
      'data-value',
      String(before.loss),
    );
    expect(hover.querySelector('[data-series="test"]')).toHaveAttribute(
      'data-value',
      String(before.testLoss),
    );
    expect(
      screen.getByRole('img', { name: 'Loss curve' }).querySelector('path.series.test'),
    ).toBeInTheDocument();
  });
});
