/**
 * App state and actions; the bridge to the trainer worker. Worker snapshots are coalesced so that
 * the store changes at most once per animation frame, and the worker is told when the frame is
 * drawn (ack) so that it never sends faster than the page draws.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FromWorker, Snapshot, ToWorker, TrainerConfig } from '../worker/protocol';
import {
  EPOCH_TARGET_RANGE,
  HIDDEN_NEURON_RANGE,
  LEARNING_RATE_RANGE,
  TUTORIAL_CONFIG,
} from './defaults';
import { appendLosses, EMPTY_HISTORY, type LossHistory } from './loss-history';

export interface TrainingState {
  readonly config: TrainerConfig;
  readonly snapshot: Snapshot | null;
  readonly history: LossHistory;
  readonly error: string | null;
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  readonly step: () => void;
  readonly reset: () => void;
  readonly reseed: () => void;
  readonly setLearningRate: (value: number) => void;
  readonly setEpochTarget: (value: number) => void;
  readonly setHiddenSize: (neurons: number) => void;
  readonly setSpeed: (epochsPerSecond: number) => void;
}

/** What the store needs from the worker: a way to send and a way to be told. */
export interface TrainerConnection {
  send(message: ToWorker): void;
}

export interface FrameScheduler {
  request(callback: () => void): void;
}

export type TrainingStore = StoreApi<TrainingState>;

export function createTrainingStore(
  connect: (onMessage: (message: FromWorker) => void) => TrainerConnection,
  frames: FrameScheduler,
  initial: TrainerConfig = TUTORIAL_CONFIG,
): TrainingStore {
  let pending: Snapshot[] = [];
  let frameRequested = false;

  const store = createStore<TrainingState>()((set, get) => {
    const send = (message: ToWorker) => connection.send(message);
    const updateConfig = (patch: Partial<TrainerConfig>) =>
      set({ config: { ...get().config, ...patch } });
    return {
      config: initial,
      snapshot: null,
      history: EMPTY_HISTORY,
      error: null,
      play: () => send({ type: 'play' }),
      pause: () => send({ type: 'pause' }),
      togglePlay: () => send({ type: get().snapshot?.running ? 'pause' : 'play' }),
      step: () => send({ type: 'step' }),
      reset: () => send({ type: 'reset' }),
      reseed: () => {
        const seed = (get().config.seed + 1) >>> 0;
        updateConfig({ seed });
        send({ type: 'reseed', seed });
      },
      setLearningRate: (value) => {
        const learningRate = clamp(value, LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max);
        updateConfig({ learningRate });
        send({ type: 'setLearningRate', value: learningRate });
      },
      setEpochTarget: (value) => {
        const epochTarget = Math.round(
          clamp(value, EPOCH_TARGET_RANGE.min, EPOCH_TARGET_RANGE.max),
        );
        updateConfig({ epochTarget });
        send({ type: 'setEpochTarget', value: epochTarget });
      },
      setHiddenSize: (neurons) => {
        const size = Math.round(clamp(neurons, HIDDEN_NEURON_RANGE.min, HIDDEN_NEURON_RANGE.max));
        const hiddenSizes = [size];
        updateConfig({ hiddenSizes });
        send({ type: 'setHiddenSizes', sizes: hiddenSizes });
      },
      setSpeed: (epochsPerSecond) => {
        const speed = Math.max(0, epochsPerSecond);
        updateConfig({ speed });
        send({ type: 'setSpeed', epochsPerSecond: speed });
      },
    };
  });

  const applyPending = () => {
    frameRequested = false;
    if (pending.length === 0) return;
    let history = store.getState().history;
    for (const snapshot of pending) {
      if (snapshot.historyRestarted) history = EMPTY_HISTORY;
      history = appendLosses(history, snapshot.lossEpochs, snapshot.losses);
    }
    const snapshot = pending[pending.length - 1]!;
    pending = [];
    store.setState({ snapshot, history, error: null });
    connection.send({ type: 'ack' });
  };

  const connection = connect((message) => {
    if (message.type === 'error') {
      store.setState({ error: message.message });
      return;
    }
    pending.push(message.snapshot);
    if (!frameRequested) {
      frameRequested = true;
      frames.request(applyPending);
    }
  });
  connection.send({ type: 'init', config: initial });
  return store;
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}
