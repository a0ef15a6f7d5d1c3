/**
 * Time travel: keeps moments of the run as the training store applies snapshots, and which
 * moment the views show (`viewedEpoch`, null for live). Scrubbing pauses training, so the
 * present does not run away while the learner looks at the past; pressing Play again returns
 * to live. "Continue from here" forks the run from the viewed moment.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrainerConfig } from '@/training/protocol';
import { pastDisplayed, type Displayed } from './displayed';
import {
  addMoment,
  EMPTY_TIMELINE,
  nearestMoment,
  truncateAfter,
  type Timeline,
  type TimelineEntry,
} from './timeline';
import type { TrainingStore } from './training-store';

export interface TimelineState {
  readonly timeline: Timeline;
  /** The kept epoch the views show, or null for the live run. */
  readonly viewedEpoch: number | null;
  /** The viewed moment, recomputed once per scrub position; null while live. */
  readonly past: Displayed | null;
  /** Shows the kept moment nearest `epoch` and pauses training. */
  readonly view: (epoch: number) => void;
  readonly live: () => void;
  /** Restores the viewed moment's weights (and shape) in the trainer and trains on from there. */
  readonly continueFromHere: () => void;
}

export type TimelineStore = StoreApi<TimelineState>;

/** Settings that decide the shape of the parameter vector and what it computes. */
const SHAPE_KEYS = [
  'hiddenSizes',
  'features',
  'hiddenActivation',
  'outputActivation',
  'loss',
] as const satisfies readonly (keyof TrainerConfig)[];

export function createTimelineStore(training: TrainingStore): TimelineStore {
  let cutSerial = training.getState().historyCut.serial;
  // Play pressed while scrubbed means "back to the present"; a snapshot still in flight from
  // before the pause must not count, so wait until one says training stopped.
  let sawStopped = false;

  const store = createStore<TimelineState>()((set, get) => ({
    timeline: EMPTY_TIMELINE,
    viewedEpoch: null,
    past: null,
    view: (epoch) => {
      const entry = nearestMoment(get().timeline, epoch);
      const snapshot = training.getState().snapshot;
      if (!entry || !snapshot) return;
      if (snapshot.running) training.getState().pause();
      if (get().viewedEpoch === null) sawStopped = !snapshot.running;
      if (get().past?.epoch === entry.epoch) return;
      set({
        viewedEpoch: entry.epoch,
        past: pastDisplayed(entry, snapshot.inputs, snapshot.targets),
      });
    },
    live: () => set({ viewedEpoch: null, past: null }),
    continueFromHere: () => {
      const { viewedEpoch, timeline } = get();
      const entry = viewedEpoch === null ? undefined : nearestMoment(timeline, viewedEpoch);
      if (!entry) return;
      const actions = training.getState();
      const patch = shapePatch(entry, actions.config);
      // Reshape first (keeps the data and settings), then the weights fit exactly.
      if (patch) actions.configure(patch);
      actions.restore(entry.epoch, entry.params);
      actions.play();
      set({ viewedEpoch: null, past: null });
    },
  }));

  training.subscribe((state, previous) => {
    const snapshot = state.snapshot;
    if (!snapshot || snapshot === previous.snapshot) return;
    let { timeline } = store.getState();
    if (state.historyCut.serial !== cutSerial) {
      cutSerial = state.historyCut.serial;
      timeline = truncateAfter(timeline, state.historyCut.epoch);
    }
    timeline = addMoment(timeline, {
      epoch: snapshot.epoch,
      params: snapshot.params.slice(),
      layerSizes: snapshot.layerSizes,
      config: snapshot.trainedWith,
    });
    const { viewedEpoch } = store.getState();
    if (viewedEpoch === null) {
      store.setState({ timeline });
      return;
    }
    if (!snapshot.running) sawStopped = true;
    const gone = !timeline.some((entry) => entry.epoch === viewedEpoch);
    const resumed = sawStopped && snapshot.running;
    store.setState(gone || resumed ? { timeline, viewedEpoch: null, past: null } : { timeline });
  });
  return store;
}

function shapePatch(entry: TimelineEntry, now: TrainerConfig): Partial<TrainerConfig> | null {
  const patch: { -readonly [K in keyof TrainerConfig]?: TrainerConfig[K] } = {};
  let differs = false;
  const take = <K extends keyof TrainerConfig>(key: K) => {
    if (JSON.stringify(entry.config[key]) === JSON.stringify(now[key])) return;
    patch[key] = entry.config[key];
    differs = true;
  };
  SHAPE_KEYS.forEach(take);
  return differs ? patch : null;
}
