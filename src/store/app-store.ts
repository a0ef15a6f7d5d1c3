/** The app's one training store, bound to a real worker and the display's frames. */
import { useStore } from 'zustand';
import { startTrainerWorker } from '../worker/client';
import { createTrainingStore, type TrainingState } from './training-store';

export const trainingStore = createTrainingStore(startTrainerWorker, {
  request: (callback) => requestAnimationFrame(callback),
});

/** Binds a component to one slice of the store; pick atomic slices, it re-renders per frame. */
export function useTraining<T>(selector: (state: TrainingState) => T): T {
  return useStore(trainingStore, selector);
}
