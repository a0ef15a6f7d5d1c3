/** The app's step mode, bound to the app's training store. */
import { useStore } from 'zustand';
import { trainingStore } from './app-store';
import { createStepStore, type StepState } from './step-store';

export const stepStore = createStepStore(trainingStore);

/** Binds a component to one slice of step mode. */
export function useStep<T>(selector: (state: StepState) => T): T {
  return useStore(stepStore, selector);
}
