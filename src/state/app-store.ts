/**
 * The app's one training store, bound to a real worker and the display's frames. The page's
 * link is read once here: its settings start the run, its view options the view, its weights
 * (if any) are loaded after init, and whatever was wrong with it becomes a notice.
 */
import { useStore } from 'zustand';
import { startTrainerWorker } from '@/worker/client';
import { noticeStore } from '@/shared/notice-store';
import { supervise } from '@/worker/trainer-supervisor';
import { createTrainingStore, recoveryCommands, type TrainingState } from './training-store';
import { parseUrlState } from '@/features/share/url-state';
import { startUrlSync } from '@/features/share/url-sync';
import { viewStore } from './view-store';

const fromLink = parseUrlState(window.location.search);

const supervisedTrainer = supervise(startTrainerWorker, {
  recover: () => recoveryCommands(trainingStore.getState()),
  onRestart: (reason) => {
    const epoch = trainingStore.getState().snapshot?.epoch ?? 0;
    noticeStore
      .getState()
      .push(
        `The trainer stopped: ${reason}. A new one took over at epoch ${epoch}; nothing was lost.`,
      );
  },
  now: () => performance.now(),
  every: (ms, check) => window.setInterval(check, ms),
  visible: () => document.visibilityState === 'visible',
});

export const trainingStore = createTrainingStore(
  supervisedTrainer,
  { request: (callback) => requestAnimationFrame(callback) },
  fromLink.config,
);

if (fromLink.weights) {
  trainingStore.getState().loadWeights(fromLink.weights.epoch, fromLink.weights.params);
}
viewStore.getState().set(fromLink.view);
for (const text of fromLink.notices) noticeStore.getState().push(text);
startUrlSync(trainingStore, viewStore, fromLink.weights);

/** Binds a component to one slice of the store; pick atomic slices, it re-renders per frame. */
export function useTraining<T>(selector: (state: TrainingState) => T): T {
  return useStore(trainingStore, selector);
}
