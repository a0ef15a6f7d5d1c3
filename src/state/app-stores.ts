/**
 * Every store the features share, created together around one training store. Nothing here
 * starts a worker or reads the page: bootstrap() (src/app) does that, tests pass an in-thread
 * session.
 */
import { createNoticeStore, type NoticeStore } from '@/shared/notice-store';
import { createLanes, type Lanes } from './lanes';
import { createStepStore, type StepStore } from './step-store';
import { createTimelineStore, type TimelineStore } from './timeline-store';
import type { TrainingStore } from './training-store';
import { createViewStore, type ViewStore } from './view-store';

export interface AppStores {
  readonly training: TrainingStore;
  /** The training state as the views read it (lanes.ts). */
  readonly lanes: Lanes;
  readonly view: ViewStore;
  readonly notices: NoticeStore;
  readonly step: StepStore;
  readonly timeline: TimelineStore;
}

export function createAppStores(
  training: TrainingStore,
  notices: NoticeStore = createNoticeStore(),
): AppStores {
  const view = createViewStore();
  // The focused neuron has one owner, the view store; the worker follows it.
  view.subscribe((state, previous) => {
    if (state.focusedNeuron?.index === previous.focusedNeuron?.index) return;
    training.getState().focusNeuron(state.focusedNeuron?.index ?? null);
  });
  const step = createStepStore(training);
  const timeline = createTimelineStore(training);
  // Every view shows one moment: step mode traces the live run, so the two never overlap.
  timeline.subscribe((state, previous) => {
    if (state.viewedEpoch !== null && previous.viewedEpoch === null && step.getState().active) {
      step.getState().exit();
    }
  });
  step.subscribe((state, previous) => {
    if (state.active && !previous.active && timeline.getState().viewedEpoch !== null) {
      timeline.getState().live();
    }
  });
  return { training, lanes: createLanes(training), view, notices, step, timeline };
}
