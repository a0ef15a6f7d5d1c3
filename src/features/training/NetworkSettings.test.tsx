// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStores, trainerConfig } from '@/test/render';
import { NetworkSettings } from './NetworkSettings';
import { outputMismatch } from './output-mismatch';

describe('output and loss guard rails', () => {
  it('a tanh output under cross-entropy gets one line and a fix that the trainer applies', async () => {
    const { user, stores } = renderWithStores(<NetworkSettings />);
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
    act(() => stores.training.getState().configure({ loss: 'bce', outputActivation: 'tanh' }));
    expect(
      screen.getByText(
        'Cross-entropy needs outputs between 0 and 1, and a tanh output leaves them.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use a sigmoid output' }));
    expect(trainerConfig(stores)).toMatchObject({ loss: 'bce', outputActivation: 'sigmoid' });
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
  });

  it('names each mismatch of output, loss and targets, and only those', () => {
    const cases = [
      ['circle', 'linear', 'bce', 'Use a sigmoid output'],
      ['circle', 'relu', 'bce', 'Use a sigmoid output'],
      ['plane', 'sigmoid', 'mse', 'Use a linear output'],
      ['multi-gaussian', 'linear', 'bce', 'Use squared error and a linear output'],
      ['circle', 'sigmoid', 'bce', null],
      ['circle', 'tanh', 'mse', null],
      ['xor', 'sigmoid', 'mse', null],
      ['plane', 'linear', 'mse', null],
      ['plane', 'tanh', 'mse', null],
      // Softmax stays within 0…1: binary cross-entropy is the wrong score, not the wrong range.
      ['spiral-3', 'softmax', 'bce', 'Use categorical cross-entropy'],
      ['spiral-3', 'sigmoid', 'ce', 'Use a softmax output'],
      ['spiral-3', 'softmax', 'ce', null],
    ] as const;
    for (const [dataset, outputActivation, loss, fix] of cases) {
      expect(outputMismatch({ dataset, outputActivation, loss })?.fixLabel ?? null).toBe(fix);
    }
  });

  it('Initial weights: Zero starts the run afresh from all-zero weights, the same for every seed', async () => {
    const { user, stores } = renderWithStores(<NetworkSettings />);
    act(() => stores.training.getState().step());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Initial weights' }), 'zero');
    const snapshot = stores.training.getState().snapshot!;
    expect(trainerConfig(stores).init).toBe('zero');
    expect(snapshot.epoch).toBe(0);
    expect(snapshot.params.length).toBe(2 * 3 + 3 + 3 + 1);
    expect([...snapshot.params].every((p) => p === 0)).toBe(true);
  });
});
