/**
 * Step mode: one training step taken apart into phases (forward, loss, backward, update) for
 * the learner to walk through. Traces the step from the paused trainer's current weights with
 * the settings the controls show, and traces it again when either changes (an applied step, an
 * edited weight, a new network, η moved mid-step). → past the update applies it; ← before the
 * first stop takes an update applied here back, to the bit.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { Network } from '@/engine/network';
import { traceStep, type SampleChoice, type StepTrace } from '@/engine/step-trace';
import type { Dataset } from '@/engine/types';
import type { TrainerConfig } from '@/training/protocol';
import { moveStep, stepPositions, type StepPhase } from './step-phases';
import type { TrainingMoment, TrainingStore } from './training-store';

export interface StepState {
  readonly active: boolean;
  readonly phase: StepPhase;
  /** Forward: the last layer whose activations show (1..L). Backward: the lowest layer with gradients (L..1). */
  readonly layer: number;
  /** One row of the training set, or all of them summed (the tutorial's full batch). */
  readonly sample: SampleChoice;
  readonly trace: StepTrace | null;
  /** Epoch of the weights the trace starts from. */
  readonly epoch: number;
  /** Why "Apply" cannot train this exact step, or null when it can. */
  readonly applyBlocked: string | null;
  /** The weights came from an update applied in step mode, which `undo` can take back. */
  readonly canUndo: boolean;
  /** Pauses training and starts at the first forward layer. */
  readonly enter: () => void;
  /** The next stop; at the update, applies it. */
  readonly next: () => void;
  /** The previous stop; at the first, undoes the update applied just before (if any). */
  readonly previous: () => void;
  readonly setSample: (sample: SampleChoice) => void;
  /** Trains the traced update: the trainer's Step, which is the same update bit for bit. */
  readonly apply: () => void;
  /** Back to the weights and epoch before the last applied update, at its update stop. */
  readonly undo: () => void;
  readonly exit: () => void;
}

export type StepStore = StoreApi<StepState>;

/** Step mode bound to a training store; it pauses, steps and follows that store's snapshots. */
export function createStepStore(training: TrainingStore): StepStore {
  /** Set on entering while training runs: snapshots already in flight still say "running". */
  let awaitingPause = false;
  /** The points the trace was computed on (Snapshot.dataVersion). */
  let tracedData = -1;
  /** The settings the trace was computed with (traceSettings). */
  let tracedSettings = '';
  /** Epochs whose update was applied here, in order: each can be undone back to that epoch. */
  let applied: number[] = [];
  /**
   * An update or an undo sent to the trainer, whose snapshot has not come back yet. Never waited
   * for: an update the trainer rewinds (its loss blew up) simply never matches.
   */
  let pending: { readonly kind: 'apply' | 'undo'; readonly epoch: number } | null = null;
  const config = () => training.getState().config;
  const traceNow = (snapshot: TrainingMoment, sample: SampleChoice) => {
    tracedData = snapshot.dataVersion;
    tracedSettings = traceSettings(config());
    const result = traced(snapshot, config(), sample);
    return { ...result, canUndo: applied.at(-1) === result.epoch - 1 };
  };

  const store = createStore<StepState>()((set, get) => {
    const move = (delta: number) => {
      const { active, trace, phase, layer } = get();
      if (!active || !trace) return;
      const all = stepPositions(trace.layerSizes.length - 1);
      const index = all.findIndex((p) => p.phase === phase && p.layer === layer);
      if (delta > 0 && index === all.length - 1) return get().apply();
      if (delta < 0 && index === 0) return get().undo();
      set(moveStep({ phase, layer }, delta, trace.layerSizes.length - 1));
    };
    return {
      active: false,
      phase: 'forward',
      layer: 1,
      sample: 'batch',
      trace: null,
      epoch: 0,
      applyBlocked: null,
      canUndo: false,
      enter: () => {
        const snapshot = training.getState().snapshot;
        if (!snapshot) return;
        awaitingPause = snapshot.running;
        applied = [];
        pending = null;
        if (snapshot.running) training.getState().pause();
        set({ active: true, phase: 'forward', layer: 1, ...traceNow(snapshot, get().sample) });
      },
      next: () => move(1),
      previous: () => move(-1),
      setSample: (sample) => {
        const snapshot = training.getState().snapshot;
        if (!get().active || !snapshot) return set({ sample });
        set(traceNow(snapshot, sample));
      },
      apply: () => {
        const { active, applyBlocked, epoch } = get();
        if (!active || applyBlocked !== null) return;
        pending = { kind: 'apply', epoch };
        training.getState().step();
      },
      undo: () => {
        const { active, canUndo, epoch } = get();
        if (!active || !canUndo) return;
        pending = { kind: 'undo', epoch: epoch - 1 };
        const actions = training.getState();
        const now = actions.config;
        actions.fork(epoch - 1);
        // The fork restores that epoch's settings; the run goes on with those the controls show
        // (a setting changed since the update stays changed, as it was before undoing).
        actions.configure(pickTraceSettings(now));
      },
      exit: () => {
        applied = [];
        pending = null;
        set({ active: false, trace: null, canUndo: false });
      },
    };
  });

  training.subscribe((state, previous) => {
    const snapshot = state.snapshot;
    const step = store.getState();
    if (!step.active || !snapshot) return;
    if (snapshot !== previous.snapshot && snapshot.running) {
      // Play while stepping leaves step mode; the pause we asked for is still on its way.
      if (!awaitingPause) store.getState().exit();
      return;
    }
    if (snapshot !== previous.snapshot) awaitingPause = false;
    const trace = step.trace;
    const same =
      trace !== null &&
      snapshot.epoch === step.epoch &&
      snapshot.dataVersion === tracedData &&
      tracedSettings === traceSettings(state.config) &&
      sameArray(trace.params, snapshot.params);
    if (same) return;
    // Where the learner lands: after an update, its first stop; after an undo, its update
    // stop; after an edit or a new setting, where they were.
    let landing: Pick<StepState, 'phase' | 'layer'> | null = null;
    if (pending?.kind === 'apply' && snapshot.epoch === pending.epoch + 1) {
      applied.push(pending.epoch);
      pending = null;
    } else if (pending?.kind === 'undo' && snapshot.epoch === pending.epoch) {
      applied.pop();
      pending = null;
      landing = { phase: 'update', layer: 0 };
    } else if (snapshot.epoch !== step.epoch || snapshot.dataVersion !== tracedData) {
      // Anything else that moved the run (an edit, a reset) cannot be undone from here.
      applied = [];
    } else if (!sameArray(trace?.params ?? new Float64Array(0), snapshot.params)) {
      applied = [];
    }
    const restart =
      snapshot.epoch !== step.epoch || trace?.layerSizes.length !== snapshot.layerSizes.length;
    store.setState({
      ...traceNow(snapshot, step.sample),
      ...(restart && { phase: 'forward' as const, layer: 1 }),
      ...landing,
    });
  });
  return store;
}

/** The trace of `snapshot`'s next step, or none if the sample is gone (points were erased). */
function traced(
  snapshot: TrainingMoment,
  config: TrainerConfig,
  sample: SampleChoice,
): Pick<StepState, 'trace' | 'epoch' | 'applyBlocked' | 'sample'> {
  const { layerSizes } = snapshot;
  const data = datasetOf(snapshot);
  const chosen = sample !== 'batch' && sample >= data.count ? 'batch' : sample;
  const net = Network.fromParams(
    {
      layerSizes,
      hiddenActivation: config.hiddenActivation,
      outputActivation: config.outputActivation,
      loss: config.loss,
    },
    snapshot.params,
  );
  const trace = traceStep(net, data, chosen, {
    learningRate: config.learningRate,
    reduction: config.reduction,
  });
  return {
    trace,
    epoch: snapshot.epoch,
    applyBlocked: applyBlocked(config, chosen),
    sample: chosen,
  };
}

/**
 * Apply sends the trainer's own Step rather than the traced weights: for a full batch without a
 * penalty that epoch is exactly the traced update (step-trace.test.ts), and it advances the epoch
 * and the loss curve like any other step. Other cases would need a different update, so they say why.
 */
function applyBlocked(config: TrainerConfig, sample: SampleChoice): string | null {
  if (sample !== 'batch')
    return 'Training updates on all rows at once: choose “all (batch)” to apply.';
  if (config.batchSize > 0)
    return 'Mini-batches shuffle the rows: set the batch to the full set to apply.';
  if (config.regularization !== 'none' && config.regularizationRate > 0) {
    return 'Regularization adds its own term to the update: turn it off to apply this step.';
  }
  return null;
}

/**
 * The settings a trace depends on besides the weights and the points: those the controls show,
 * which the trainer has as soon as it reads the message that changed them. None of them changes
 * the network's shape, so the snapshot's weights still fit.
 */
function pickTraceSettings(config: TrainerConfig): Partial<TrainerConfig> {
  const { learningRate, reduction, batchSize, regularization, regularizationRate } = config;
  const { hiddenActivation, outputActivation, loss } = config;
  return {
    learningRate,
    reduction,
    batchSize,
    regularization,
    regularizationRate,
    hiddenActivation,
    outputActivation,
    loss,
  };
}

function traceSettings(config: TrainerConfig): string {
  return JSON.stringify(pickTraceSettings(config));
}

function datasetOf(snapshot: TrainingMoment): Dataset {
  const outputSize = snapshot.layerSizes.at(-1) ?? 1;
  const inputSize = snapshot.layerSizes[0] ?? 1;
  return {
    inputs: snapshot.inputs,
    targets: snapshot.targets,
    count: Math.floor(snapshot.targets.length / outputSize),
    inputSize,
    outputSize,
  };
}

function sameArray(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** The chain-rule terms of one parameter, for views (which may not import the engine). */
export { chainRule } from '@/engine/step-trace';
