/**
 * Views read the training state through lanes: copies of the store that follow it at once,
 * except while training, when a change of progress alone (snapshot, history, maps) reaches a
 * lane at most every `everyMs`, and reaches one lane per frame. A readout or chart that changed
 * 60 times a second changes 10 times, each in a frame of its own, so no frame pays for every
 * view's render, style, layout and paint at once. The graph follows the store itself, every
 * frame (GraphCanvas); anything else (a setting, Pause, a cut, an error) reaches every lane at
 * once.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrainingState, TrainingStore } from './training-store';

/** The lanes: the loss panel, the accuracy panel, and every other readout. */
export type Lane = 'readouts' | 'loss' | 'accuracy';
const LANES: readonly Lane[] = ['readouts', 'loss', 'accuracy'];

export type Lanes = Readonly<Record<Lane, StoreApi<TrainingState>>>;

export interface LaneOptions {
  /** Least time between two updates of one lane while training (ms). */
  readonly everyMs?: number;
  /** The current frame's time: the same for every callback of one frame. */
  readonly now?: () => number;
  /** Runs `callback` after `ms`: a lane left behind when snapshots stop coming catches up. */
  readonly later?: (callback: () => void, ms: number) => void;
}

/** What may change while training without reaching the lanes at once. */
const PROGRESS: ReadonlySet<keyof TrainingState> = new Set(['snapshot', 'history', 'heatmaps']);

/** True when only the progress of a run still training changed. */
function progressOnly(state: TrainingState, previous: TrainingState): boolean {
  if (!state.snapshot?.running || !previous.snapshot?.running) return false;
  if (state.snapshot.diverged !== previous.snapshot.diverged) return false;
  const keys = Object.keys(state) as (keyof TrainingState)[];
  return keys.every((key) => PROGRESS.has(key) || state[key] === previous[key]);
}

/** The frame's time (document.timeline's clock stands still within a frame), else now. */
function frameTime(): number {
  const time = typeof document === 'undefined' ? null : document.timeline?.currentTime;
  return typeof time === 'number' ? time : performance.now();
}

export function createLanes(training: TrainingStore, options: LaneOptions = {}): Lanes {
  const { everyMs = 100, now = frameTime } = options;
  const later = options.later ?? ((callback, ms) => setTimeout(callback, ms));
  const lanes = LANES.map((name) => ({
    name,
    store: createStore<TrainingState>()(() => training.getState()),
    at: -Infinity,
    behind: false,
  }));
  let timerSet = false;
  /** The frame of the last update: one lane per frame. */
  let lastFrame = NaN;
  const publish = (lane: (typeof lanes)[number], time: number) => {
    lastFrame = time;
    lane.at = time;
    lane.behind = false;
    const state = training.getState();
    if (lane.store.getState() !== state) lane.store.setState(state, true);
  };
  // The lane longest behind, once its interval has passed; the others wait for a later frame.
  const step = () => {
    const time = now();
    let due: (typeof lanes)[number] | null = null;
    for (const lane of lanes) {
      if (lane.behind && time - lane.at >= everyMs && (!due || lane.at < due.at)) due = lane;
    }
    if (due && time !== lastFrame) publish(due, time);
    const behind = lanes.filter((lane) => lane.behind);
    if (!timerSet && behind.length > 0) {
      timerSet = true;
      const wait = Math.min(...behind.map((lane) => lane.at + everyMs - time));
      later(
        () => {
          timerSet = false;
          step();
        },
        Math.max(16, wait),
      );
    }
  };
  training.subscribe((state, previous) => {
    if (!progressOnly(state, previous)) {
      const time = now();
      for (const lane of lanes) publish(lane, time);
      return;
    }
    for (const lane of lanes) lane.behind = true;
    step();
  });
  return Object.fromEntries(lanes.map((lane) => [lane.name, lane.store])) as Record<
    Lane,
    StoreApi<TrainingState>
  >;
}
