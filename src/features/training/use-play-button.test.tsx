// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStores } from '@/state/app-stores';
import { StoresProvider } from '@/state/StoresProvider';
import { createTrainingStore } from '@/state/training-store';
import type { ToWorker } from '@/training/protocol';
import { TrainerLoop } from '@/training/trainer-loop';
import { Controls } from './Controls';

/** A real trainer that hears the page's commands only when `answer()` hands them over. */
function slowTrainer() {
  const queued: ToWorker[] = [];
  let deliver: (message: ToWorker) => void = () => {};
  const training = createTrainingStore(
    (onMessage) => {
      const loop = new TrainerLoop({
        post: onMessage,
        yieldNow: () => {},
        later: () => {},
        now: () => 0,
      });
      deliver = (message) => loop.handle(message);
      return { send: (message) => void queued.push(message) };
    },
    { request: (callback) => callback() },
  );
  const answer = () => act(() => queued.splice(0).forEach(deliver));
  answer();
  return { training, answer };
}

const playButton = () => screen.getByRole('button', { name: /^(Play|Pause)$/ });

afterEach(() => vi.useRealTimers());

describe('the Play/Pause button', () => {
  it('shows what was pressed at once, before the trainer answers, then the trainer’s state', () => {
    const { training, answer } = slowTrainer();
    render(
      <StoresProvider stores={createAppStores(training)}>
        <Controls />
      </StoresProvider>,
    );
    fireEvent.click(playButton());
    expect(playButton()).toHaveTextContent('Pause');
    expect(training.getState().snapshot?.running).toBe(false);
    answer();
    expect(training.getState().snapshot?.running).toBe(true);
    expect(playButton()).toHaveTextContent('Pause');

    fireEvent.click(playButton());
    expect(playButton()).toHaveTextContent('Play');
    answer();
    expect(training.getState().snapshot?.running).toBe(false);
    expect(playButton()).toHaveTextContent('Play');
  });

  it('a press the trainer never follows lapses after a second', () => {
    vi.useFakeTimers();
    const { training } = slowTrainer();
    render(
      <StoresProvider stores={createAppStores(training)}>
        <Controls />
      </StoresProvider>,
    );
    fireEvent.click(playButton());
    expect(playButton()).toHaveTextContent('Pause');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(playButton()).toHaveTextContent('Play');
  });
});
