/**
 * App state and actions; the bridge to the trainer worker. Worker snapshots are coalesced so that
 * the store changes at most once per animation frame, and the worker is told when the frame is
 * drawn (ack) so that it never sends faster than the page draws.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatasetName } from '@/engine/datasets';
import type {
  DataPoints,
  FromWorker,
  Heatmaps,
  Moment,
  RunRecord,
  Snapshot,
  ToWorker,
  TrainerConfig,
} from '@/training/protocol';
import { configAt, type PointList } from '@/training/run-record';
import { sanitizePatch } from './config-limits';
import { TUTORIAL_CONFIG } from './defaults';
import { appendRows, EMPTY_EPOCH_HISTORY, truncateRows, type EpochHistory } from './epoch-history';
import { presetPatch } from './presets';

export interface TrainingState {
  readonly config: TrainerConfig;
  /** The latest moment; its maps, points and loss points are in the fields below. */
  readonly snapshot: TrainingMoment | null;
  /**
   * Every epoch's losses and accuracies before the current one, the same at any speed; the
   * current epoch's row is the snapshot's own loss and accuracies.
   */
  readonly history: EpochHistory;
  /** The run's record: its start and every edit, stamped with its epoch. */
  readonly record: RunRecord | null;
  /** The last moment the worker rebuilt for time travel (requestMoment). */
  readonly moment: Moment | null;
  readonly points: DataPoints | null;
  readonly heatmaps: Heatmaps | null;
  readonly error: string | null;
  /** No trainer could be started: nothing will train until the page is reloaded. */
  readonly trainerLost: boolean;
  /** Bumped whenever the curve is cut (restart or restore): moments after `epoch` are gone. */
  readonly historyCut: HistoryCut;
  /** Epochs where training pauses by itself (a lesson's "pause here" notes). */
  readonly pauseEpochs: readonly number[];
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  readonly step: () => void;
  readonly reset: () => void;
  readonly reseed: () => void;
  /** Any change of settings; values are clamped to their ranges before the worker sees them. */
  readonly configure: (patch: Partial<TrainerConfig>) => void;
  readonly setLearningRate: (value: number) => void;
  readonly setEpochTarget: (value: number) => void;
  readonly setHiddenSize: (neurons: number) => void;
  readonly setSpeed: (epochsPerSecond: number) => void;
  /** Switches dataset and applies its documented preset. */
  readonly chooseDataset: (dataset: DatasetName) => void;
  readonly regenerate: () => void;
  readonly addPoint: (x: number, y: number, label: number) => void;
  readonly erase: (x: number, y: number, radius: number) => void;
  /** The learner's own points (a CSV file) in place of the generated ones and the drawing. */
  readonly importPoints: (points: PointList) => void;
  readonly setParam: (index: number, value: number) => void;
  readonly focusNeuron: (neuron: number | null) => void;
  /** Asks the worker for the exact state after `epoch` updates; it arrives in `moment`. */
  readonly requestMoment: (epoch: number) => void;
  /** Time travel's "continue from here": the run goes back to `epoch` and forks there. */
  readonly fork: (epoch: number) => void;
  /** A recorded run (a link, a file) played back to `epoch`. */
  readonly replay: (record: RunRecord, epoch: number) => void;
  /** Puts saved weights (after `epoch` updates) into the current network. */
  readonly loadWeights: (epoch: number, params: Float64Array) => void;
  /** A fresh session with a saved model's settings and weights (an opened model file). */
  readonly loadModel: (config: TrainerConfig, epoch: number, params: Float64Array) => void;
  /** Training pauses by itself when it reaches each of `epochs`. */
  readonly pauseAt: (epochs: readonly number[]) => void;
}

/**
 * A snapshot as the page keeps it. The parts a snapshot carries only now and then (maps, points)
 * or as a delta (loss points, restarts) have one owner each: `heatmaps`, `points`, `history`.
 */
export type TrainingMoment = Omit<
  Snapshot,
  'heatmaps' | 'points' | 'rows' | 'historyRestarted' | 'historyTruncatedAt' | 'record' | 'followed'
>;

export interface HistoryCut {
  readonly serial: number;
  /** The last epoch still valid; −1 after a restart. */
  readonly epoch: number;
}

/** What the store needs from the worker: a way to send. */
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
    const configure = (patch: Partial<TrainerConfig>) => {
      const clean = sanitizePatch(patch);
      set({ config: { ...get().config, ...clean } });
      send({ type: 'configure', patch: clean });
    };
    return {
      config: initial,
      snapshot: null,
      history: EMPTY_EPOCH_HISTORY,
      record: null,
      moment: null,
      points: null,
      heatmaps: null,
      error: null,
      trainerLost: false,
      historyCut: { serial: 0, epoch: -1 },
      pauseEpochs: [],
      pauseAt: (epochs) => {
        set({ pauseEpochs: epochs });
        send({ type: 'pauseAt', epochs });
      },
      play: () => send({ type: 'play' }),
      pause: () => send({ type: 'pause' }),
      togglePlay: () => send({ type: get().snapshot?.running ? 'pause' : 'play' }),
      step: () => send({ type: 'step' }),
      reset: () => send({ type: 'reset' }),
      reseed: () => configure({ seed: (get().config.seed + 1) >>> 0 }),
      configure,
      setLearningRate: (learningRate) => configure({ learningRate }),
      setEpochTarget: (epochTarget) => configure({ epochTarget }),
      setHiddenSize: (neurons) => {
        const sizes = get().config.hiddenSizes;
        configure({ hiddenSizes: sizes.length > 0 ? [neurons, ...sizes.slice(1)] : [neurons] });
      },
      setSpeed: (speed) => configure({ speed }),
      // A preset is a fresh start: its architecture and initialisation, from epoch 0.
      chooseDataset: (dataset) => {
        configure(presetPatch(dataset));
        send({ type: 'reset' });
      },
      regenerate: () => send({ type: 'regenerate' }),
      addPoint: (x, y, label) => send({ type: 'addPoint', x, y, label }),
      erase: (x, y, radius) => send({ type: 'erase', x, y, radius }),
      importPoints: ({ x, y, label }) => send({ type: 'importPoints', x, y, label }),
      setParam: (index, value) => {
        if (Number.isFinite(value)) send({ type: 'setParam', index, value });
      },
      focusNeuron: (neuron) => send({ type: 'focusNeuron', neuron }),
      requestMoment: (epoch) => send({ type: 'moment', epoch }),
      fork: (epoch) => send({ type: 'fork', epoch }),
      replay: (record, epoch) => {
        // The controls show the settings at the epoch replayed to, edits included.
        set({ config: configAt(record, epoch) });
        send({ type: 'replay', record, epoch });
      },
      // Copies: the message transfers nothing, but the caller keeps its array.
      loadWeights: (epoch, params) => send({ type: 'load', epoch, params: params.slice() }),
      loadModel: (config, epoch, params) => {
        const clean: TrainerConfig = { ...config, ...sanitizePatch(config) };
        set({ config: clean });
        // init, not configure: the same data and state a link with this config starts from.
        send({ type: 'init', config: clean });
        send({ type: 'load', epoch, params: params.slice() });
      },
    };
  });

  const applyPending = () => {
    frameRequested = false;
    if (pending.length === 0) return;
    const state = store.getState();
    let { history, record, points, heatmaps, config } = state;
    let cut = Infinity;
    for (const snapshot of pending) {
      if (snapshot.historyRestarted) {
        history = EMPTY_EPOCH_HISTORY;
        cut = -1;
      }
      const truncatedAt = snapshot.historyTruncatedAt ?? null;
      if (truncatedAt !== null) {
        // The run went back to that epoch: its row, measured before the next update, comes again.
        history = truncateRows(history, truncatedAt);
        cut = Math.min(cut, truncatedAt);
      }
      history = appendRows(history, snapshot.rows);
      record = snapshot.record ?? record;
      points = snapshot.points ?? points;
      heatmaps = snapshot.heatmaps ?? heatmaps;
      // A replayed link's own later edits: the controls show what training now uses.
      if (snapshot.followed) config = { ...config, ...snapshot.followed };
    }
    const snapshot = pending[pending.length - 1]!;
    pending = [];
    store.setState({
      snapshot,
      history,
      record,
      points,
      heatmaps,
      config,
      error: null,
      ...(cut < Infinity && { historyCut: { serial: state.historyCut.serial + 1, epoch: cut } }),
    });
    connection.send({ type: 'ack' });
  };

  const connection = connect((message) => {
    if (message.type === 'error') {
      if (message.fatal) {
        // Only the supervisor passes a fatal error on: it gave up, so nothing runs any more.
        const { snapshot } = store.getState();
        store.setState({
          error: message.message,
          trainerLost: true,
          snapshot: snapshot && { ...snapshot, running: false },
        });
      } else store.setState({ error: message.message });
      return;
    }
    if (message.type === 'moment') {
      store.setState({ moment: message.moment });
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

/** What a new worker needs to carry on where a lost one stopped: settings, weights, epoch, state. */
export function recoveryCommands(state: TrainingState): ToWorker[] {
  const { config, snapshot, record, pauseEpochs } = state;
  const commands: ToWorker[] = [{ type: 'init', config }];
  if (pauseEpochs.length > 0) commands.push({ type: 'pauseAt', epochs: pauseEpochs });
  if (snapshot && record) {
    // The record replayed to the same epoch is the same run, to the last bit.
    commands.push({ type: 'replay', record, epoch: snapshot.epoch });
    const { speed, epochTarget } = config;
    commands.push({ type: 'configure', patch: { speed, epochTarget } });
    if (snapshot.running) commands.push({ type: 'play' });
  }
  return commands;
}
