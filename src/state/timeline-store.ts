/**
 * Time travel: which epoch the views show (`viewedEpoch`, null for live) and that moment
 * itself, which the trainer rebuilds exactly (checkpoints and replay) and sends back. One
 * request is in flight at a time: while the slider moves, the latest position is asked for
 * when the previous answer arrives, and each answer is shown as it comes.
 *
 * Scrubbing pauses training, so the present does not run away while the learner looks at the
 * past; training again (Play, Step) returns to live. "Continue from here" forks the run at the
 * viewed epoch.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Moment } from '@/training/protocol';
import { pastDisplayed, type Displayed } from './displayed';
import type { TrainingState, TrainingStore } from './training-store';

export interface TimelineState {
  /** The epoch the views show, exactly as asked, or null for the live run. */
  readonly viewedEpoch: number | null;
  /**
   * The moment the views show while time travelling: the viewed epoch once the trainer has
   * answered (until then the previous answer, or null). Null while live.
   */
  readonly past: Displayed | null;
  /** Shows the run after exactly `epoch` updates (kept within the run) and pauses training. */
  readonly view: (epoch: number) => void;
  readonly live: () => void;
  /** Forks the run at the viewed epoch and trains on from there. */
  readonly continueFromHere: () => void;
}

export type TimelineStore = StoreApi<TimelineState>;

/** The earliest epoch the run has: 0, or where saved weights started it. */
export function firstEpoch(state: Pick<TrainingState, 'record' | 'history' | 'snapshot'>): number {
  const origin = state.record?.origin?.epoch;
  if (origin !== undefined) return origin;
  if (state.history.length > 0) return state.history.epochs[0]!;
  return state.snapshot?.epoch ?? 0;
}

/** Time travel over `training`'s run: views exact moments the trainer rebuilds on request. */
export function createTimelineStore(training: TrainingStore): TimelineStore {
  let cutSerial = training.getState().historyCut.serial;
  /** The epoch asked for and not yet answered. */
  let asked: number | null = null;
  /**
   * The live epoch when training was first seen stopped while viewing: a snapshot that runs
   * again or moved on from it means the learner trained (Play, Step), which returns to live.
   * Snapshots still in flight from before the pause do not count.
   */
  let stoppedAt: number | null = null;
  /** The moment on screen, with the settings it was trained with. */
  let shown: Moment | null = null;
  /** "Continue from here" was pressed: the fork's first snapshot returns to live. */
  let forking = false;

  const ask = (epoch: number) => {
    asked = epoch;
    training.getState().requestMoment(epoch);
  };

  const store = createStore<TimelineState>()((set, get) => ({
    viewedEpoch: null,
    past: null,
    view: (epoch) => {
      const state = training.getState();
      if (!state.snapshot || !Number.isFinite(epoch)) return;
      if (state.snapshot.running) state.pause();
      const now = training.getState().snapshot!;
      const target = Math.max(firstEpoch(state), Math.min(Math.round(epoch), now.epoch));
      if (get().viewedEpoch === null) stoppedAt = now.running ? null : now.epoch;
      if (target === get().viewedEpoch) return;
      set({ viewedEpoch: target });
      if (asked === null) ask(target);
    },
    live: () => {
      forking = false;
      set({ viewedEpoch: null, past: null });
    },
    continueFromHere: () => {
      const { viewedEpoch } = get();
      if (viewedEpoch === null) return;
      // The views stay on the viewed moment until the forked run reports from there, so the
      // old present never flashes up in between.
      forking = true;
      const actions = training.getState();
      const { speed, epochTarget } = actions.config;
      const settings = shown?.epoch === viewedEpoch ? shown.trainedWith : {};
      actions.fork(viewedEpoch);
      // The fork goes on with the settings of that moment (its record ends there), at today's
      // pace, which is never part of a record: the controls show both.
      actions.configure({ ...settings, speed, epochTarget });
      actions.play();
    },
  }));

  const onMoment = (moment: Moment | null) => {
    const answered = asked ?? moment?.epoch ?? null;
    asked = null;
    const { viewedEpoch } = store.getState();
    if (viewedEpoch === null) return;
    if (moment) {
      shown = moment;
      store.setState({ past: pastDisplayed(moment) });
    }
    if (moment?.epoch === viewedEpoch) return;
    // The run never reached the epoch asked (it went back meanwhile): nothing to show there.
    if (!moment && answered === viewedEpoch) store.setState({ viewedEpoch: null, past: null });
    else ask(viewedEpoch);
  };

  const onSnapshot = (state: TrainingState) => {
    const snapshot = state.snapshot!;
    const { viewedEpoch } = store.getState();
    const cut = state.historyCut.serial !== cutSerial ? state.historyCut.epoch : null;
    cutSerial = state.historyCut.serial;
    // A cut run answers no more for the epochs it dropped.
    if (cut !== null) asked = null;
    if (viewedEpoch === null) return;
    if (stoppedAt === null && !snapshot.running) stoppedAt = snapshot.epoch;
    const forked = cut !== null && forking;
    if (forked) forking = false;
    const gone = cut !== null && viewedEpoch > cut;
    const trained = stoppedAt !== null && (snapshot.running || snapshot.epoch !== stoppedAt);
    if (forked || gone || trained) store.setState({ viewedEpoch: null, past: null });
  };

  training.subscribe((state, previous) => {
    if (state.moment !== previous.moment) onMoment(state.moment);
    if (state.snapshot && state.snapshot !== previous.snapshot) onSnapshot(state);
  });
  return store;
}
