/**
 * Step mode: one training step taken apart into phases (forward, loss, backward, update) for
 * the learner to walk through. Traces the step from the paused trainer's current weights and
 * follows them when they change (an applied step, an edited weight, a new network).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { Network } from '@/engine/network';
import { traceStep, type SampleChoice, type StepTrace } from '@/engine/step-trace';
import type { Dataset } from '@/engine/types';
import { moveStep, type StepPhase } from './step-phases';
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
  /** Pauses training and starts at the first forward layer. */
  readonly enter: () => void;
  readonly next: () => void;
  readonly previous: () => void;
  readonly setSample: (sample: SampleChoice) => void;
  /** Trains the traced update: the trainer's Step, which is the same update bit for bit. */
  readonly apply: () => void;
  readonly exit: () => void;
}

export type StepStore = StoreApi<StepState>;

/** Step mode bound to a training store; it pauses, steps and follows that store's snapshots. */
export function createStepStore(training: TrainingStore): StepStore {
  /** Set on entering while training runs: snapshots already in flight still say "running". */
  let awaitingPause = false;
  /** The points the trace was computed on (Snapshot.dataVersion). */
  let tracedData = -1;

  const store = createStore<StepState>()((set, get) => {
    const move = (delta: number) => {
      const { active, trace, phase, layer } = get();
      if (!active || !trace) return;
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
      enter: () => {
        const snapshot = training.getState().snapshot;
        if (!snapshot) return;
        awaitingPause = snapshot.running;
        tracedData = snapshot.dataVersion;
        if (snapshot.running) training.getState().pause();
        set({ active: true, phase: 'forward', layer: 1, ...traced(snapshot, get().sample) });
      },
      next: () => move(1),
      previous: () => move(-1),
      setSample: (sample) => {
        const snapshot = training.getState().snapshot;
        if (!get().active || !snapshot) return set({ sample });
        set(traced(snapshot, sample));
      },
      apply: () => {
        if (!get().active || get().applyBlocked !== null) return;
        training.getState().step();
      },
      exit: () => set({ active: false, trace: null }),
    };
  });

  training.subscribe((state, previous) => {
    const snapshot = state.snapshot;
    const step = store.getState();
    if (!step.active || !snapshot || snapshot === previous.snapshot) return;
    if (snapshot.running) {
      // Play while stepping leaves step mode; the pause we asked for is still on its way.
      if (!awaitingPause) store.getState().exit();
      return;
    }
    awaitingPause = false;
    const trace = step.trace;
    const same =
      trace !== null &&
      snapshot.epoch === step.epoch &&
      snapshot.dataVersion === tracedData &&
      sameArray(trace.params, snapshot.params);
    if (same) return;
    tracedData = snapshot.dataVersion;
    const restart =
      snapshot.epoch !== step.epoch || trace?.layerSizes.length !== snapshot.layerSizes.length;
    store.setState({
      ...traced(snapshot, step.sample),
      ...(restart && { phase: 'forward' as const, layer: 1 }),
    });
  });
  return store;
}

/** The trace of `snapshot`'s next step, or none if the sample is gone (points were erased). */
function traced(
  snapshot: TrainingMoment,
  sample: SampleChoice,
): Pick<StepState, 'trace' | 'epoch' | 'applyBlocked' | 'sample'> {
  const { trainedWith: config, layerSizes } = snapshot;
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
    applyBlocked: applyBlocked(snapshot, chosen),
    sample: chosen,
  };
}

/**
 * Apply sends the trainer's own Step rather than the traced weights: for a full batch without a
 * penalty that epoch is exactly the traced update (step-trace.test.ts), and it advances the epoch
 * and the loss curve like any other step. Other cases would need a different update, so they say why.
 */
function applyBlocked(snapshot: TrainingMoment, sample: SampleChoice): string | null {
  const { trainedWith: config } = snapshot;
  if (sample !== 'batch')
    return 'Training updates on all rows at once: choose “all (batch)” to apply.';
  if (config.batchSize > 0)
    return 'Mini-batches shuffle the rows: set the batch to the full set to apply.';
  if (config.regularization !== 'none' && config.regularizationRate > 0) {
    return 'Regularization adds its own term to the update: turn it off to apply this step.';
  }
  return null;
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
