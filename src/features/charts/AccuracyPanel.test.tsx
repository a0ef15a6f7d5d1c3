// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStores } from '@/test/render';
import { AccuracyPanel } from './AccuracyPanel';

const now = () => screen.getByRole('region', { name: 'Accuracy' }).querySelector('output')!;

describe('AccuracyPanel', () => {
  it('draws every epoch and reads the viewed moment', () => {
    const { stores } = renderWithStores(<AccuracyPanel />);
    act(() => stores.training.getState().chooseDataset('circle'));
    act(() => {
      for (let i = 0; i < 4; i++) stores.training.getState().step();
    });
    const chart = screen.getByRole('region', { name: 'Accuracy' }).querySelector('.chart');
    expect(chart).toHaveAttribute('data-point-count', '5');
    const live = stores.training.getState().snapshot!;
    expect(now()).toHaveAttribute('data-test-accuracy', String(live.testAccuracy));
    act(() => stores.timeline.getState().view(1));
    const { history } = stores.training.getState();
    expect(now()).toHaveAttribute('data-epoch-shown', '1');
    expect(now()).toHaveAttribute('data-train-accuracy', String(history.trainAccuracy[1]));
    expect(now()).toHaveAttribute('data-test-accuracy', String(history.testAccuracy[1]));
  });

  it('draws no test line on XOR, which has no test set, and one on a dataset with a split', () => {
    const { stores } = renderWithStores(<AccuracyPanel />);
    act(() => stores.training.getState().step());
    const chart = () => screen.getByRole('img', { name: 'Accuracy over time' });
    expect(chart().querySelector('path.series.train')).not.toBeNull();
    expect(chart().querySelector('path.series.test')).toBeNull();
    expect(now()).toHaveTextContent(/^training \d+\.\d %$/);

    act(() => stores.training.getState().chooseDataset('circle'));
    act(() => stores.training.getState().step());
    expect(chart().querySelector('path.series.test')).not.toBeNull();
    expect(now()).toHaveTextContent(/^training \d+\.\d % · test \d+\.\d %$/);
  });

  it('logs no error before the first snapshot, when the accuracies are not known yet', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { stores } = renderWithStores(<AccuracyPanel />);
      act(() => stores.training.setState({ snapshot: null }));
      expect(now()).toHaveAttribute('data-train-accuracy', 'NaN');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('shows a confusion matrix whose diagonal is the test accuracy: 3 × 3, and 2 × 2 for two classes', () => {
    const { stores } = renderWithStores(<AccuracyPanel />);
    const cells = () => [...document.querySelectorAll('.confusion-matrix td.cell')];
    const counts = () => cells().map((cell) => Number(cell.getAttribute('data-count')));
    act(() => stores.training.getState().chooseDataset('blobs-3'));
    act(() => {
      for (let i = 0; i < 20; i++) stores.training.getState().step();
    });
    const live = stores.training.getState().snapshot!;
    expect(live.layerSizes.at(-1)).toBe(3);
    expect(cells()).toHaveLength(9);
    const total = counts().reduce((a, b) => a + b, 0);
    expect(total).toBe(stores.training.getState().points!.testX.length);
    const diagonal = counts()[0]! + counts()[4]! + counts()[8]!;
    expect(diagonal / total).toBeCloseTo(live.testAccuracy, 12);

    act(() => stores.training.getState().chooseDataset('circle'));
    act(() => stores.training.getState().step());
    expect(cells()).toHaveLength(4);
    expect(screen.getByRole('table', { name: /confusion matrix, test points/i })).toBeVisible();
  });
});
