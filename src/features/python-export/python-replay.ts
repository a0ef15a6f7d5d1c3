/**
 * A run's record replayed here, on the page, for the Python export: the state right after each
 * epoch's edits (settings, network, points), which the script then assigns at that epoch. The
 * replay is the trainer's own (RunState), so what the script assigns is what the app computed.
 */
import { paramLayout, type ParamLocation } from '@/engine/param-layout';
import type { RunRecord, TrainerConfig } from '@/training/protocol';
import type { RunEdit } from '@/training/run-record';
import { advance, RunState } from '@/training/run-state';
import { pyNumber, FEATURE_TEXT } from './python-code';

/** The changes the learner made at one epoch, and the state right after them. */
export interface PythonPhase {
  readonly epoch: number;
  /** What the learner did, one phrase each, for the script's comments. */
  readonly notes: readonly string[];
  readonly before: TrainerConfig;
  readonly after: TrainerConfig;
  /** The network right after, when its shape or inputs changed (new weights were drawn). */
  readonly network: {
    readonly layerSizes: readonly number[];
    readonly params: Float64Array;
  } | null;
  /** Weights and biases typed in, when the network changed in no other way. */
  readonly typed: readonly { readonly location: ParamLocation; readonly value: number }[];
  /** The training points right after, when they changed. */
  readonly data: { readonly inputs: Float64Array; readonly targets: Float64Array } | null;
}

/** The run as the script replays it. */
export interface PythonReplay {
  /** The first epoch trained: 0, or the saved weights' epoch. */
  readonly startEpoch: number;
  /** The saved weights the run started from, or null for the seed's. */
  readonly startParams: Float64Array | null;
  readonly phases: readonly PythonPhase[];
  /** The epoch training ends at. */
  readonly epochs: number;
}

/** A replayed run: its start (settings and training points) and what came after. */
export interface ReplayedRun {
  readonly start: TrainerConfig;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly replay: PythonReplay;
}

const SETTING_NOTES: { [K in keyof TrainerConfig]?: (value: TrainerConfig[K]) => string } = {
  learningRate: (v) => `set the learning rate to ${pyNumber(v)}`,
  batchSize: (v) => (v === 0 ? 'switched to full-batch training' : `set the batch size to ${v}`),
  reduction: (v) => `switched to ${v === 'sum' ? 'summed' : 'averaged'} batch gradients`,
  regularization: (v) =>
    `set the weight regularization to ${v === 'none' ? 'none' : v.toUpperCase()}`,
  regularizationRate: (v) => `set the regularization rate to ${pyNumber(v)}`,
  hiddenActivation: (v) => `switched the hidden layers to ${v}`,
  outputActivation: (v) => `switched the output to ${v}`,
  loss: (v) => `switched the loss to ${v.toUpperCase()}`,
  features: (v) => `changed the inputs to ${v.map((f) => FEATURE_TEXT[f]).join(', ')}`,
  init: (v) =>
    `chose the '${v}' initialisation (it only applies to fresh weights: nothing changes here)`,
  dataset: (v) => `switched the dataset to '${v}' (new points)`,
  noise: (v) => `set the noise to ${pyNumber(v)} (new points)`,
  trainFraction: (v) => `set the training share to ${pyNumber(v)} (new points)`,
  pointCount: (v) => `set the number of points to ${v} (new points)`,
};

const short = (x: number) => String(Number(x.toPrecision(4)));

/** `weights[0][1, 2]` or `biases[1][0, 0]`: where a parameter sits in the script. */
export function pythonParam(location: ParamLocation): string {
  return location.kind === 'weight'
    ? `weights[${location.layer - 1}][${location.i}, ${location.j}]`
    : `biases[${location.layer - 1}][0, ${location.j}]`;
}

function layersText(sizes: readonly number[]): string {
  return sizes.length === 0 ? 'no hidden layer' : `${sizes.join(', ')} neurons`;
}

/** What `edit` did, one phrase per setting changed, said before it is applied to `state`. */
function notesOf(edit: RunEdit, state: RunState): string[] {
  switch (edit.kind) {
    case 'configure':
      return Object.entries(edit.patch).map(([key, value]) => {
        if (key === 'hiddenSizes') {
          return `changed the hidden layers from ${layersText(state.config.hiddenSizes)} to ${layersText(value as number[])}`;
        }
        const say = SETTING_NOTES[key as keyof TrainerConfig] as
          ((v: unknown) => string) | undefined;
        return say ? say(value) : `changed ${key}`;
      });
    case 'setParam': {
      const location = paramLayout(state.net.spec.layerSizes).locate(edit.index);
      return location ? [`typed in ${pythonParam(location)} = ${pyNumber(edit.value)}`] : [];
    }
    case 'addPoint':
      return [
        `drew a point at (${short(edit.x)}, ${short(edit.y)}) with label ${short(edit.label)}`,
      ];
    case 'erase':
      return [
        `erased the points within ${short(edit.radius)} of (${short(edit.x)}, ${short(edit.y)})`,
      ];
    case 'regenerate':
      return ['regenerated the points (a new random draw)'];
    case 'points':
      return [`imported ${edit.x.length} points of their own`];
  }
}

/** The settings that draw new weights when they change. */
const RESHAPING: ReadonlySet<string> = new Set(['hiddenSizes', 'features']);

/** The edits made at the same epoch, in order. */
function byEpoch(edits: readonly RunEdit[], from: number): RunEdit[][] {
  const groups: RunEdit[][] = [];
  for (const edit of edits) {
    const last = groups.at(-1);
    if (last && Math.max(last[0]!.epoch, from) === Math.max(edit.epoch, from)) last.push(edit);
    else groups.push([edit]);
  }
  return groups;
}

/**
 * Replays `record` (training up to its last edit) and collects, for each epoch with edits, the
 * state right after them. As slow as training to the last edit was, in this thread.
 */
export function replayForPython(record: RunRecord): ReplayedRun {
  const state = new RunState(record.start, record.origin);
  const startEpoch = state.epoch;
  // RunState takes saved weights only if they fit the network, as the trainer does.
  const fits = record.origin !== null && record.origin.params.length === state.net.params.length;
  const startParams = fits ? state.net.params.slice() : null;
  const inputs = state.data.trainSet.inputs.slice();
  const targets = state.data.trainSet.targets.slice();
  const phases: PythonPhase[] = [];
  for (const group of byEpoch(record.edits, startEpoch)) {
    advance(state, Math.max(group[0]!.epoch, startEpoch), []);
    const before = state.config;
    const version = state.data.version;
    const notes: string[] = [];
    const typed: { location: ParamLocation; value: number }[] = [];
    let reshaped = false;
    for (const edit of group) {
      const said = notesOf(edit, state);
      if (edit.kind === 'setParam') {
        const location = paramLayout(state.net.spec.layerSizes).locate(edit.index);
        if (!location || !state.apply(edit)) continue;
        typed.push({ location, value: edit.value });
      } else {
        if (edit.kind === 'configure' && Object.keys(edit.patch).some((k) => RESHAPING.has(k))) {
          reshaped = true;
        }
        state.apply(edit);
      }
      notes.push(...said);
    }
    const { trainSet } = state.data;
    phases.push({
      epoch: state.epoch,
      notes,
      before,
      after: state.config,
      network: reshaped
        ? { layerSizes: [...state.net.spec.layerSizes], params: state.net.params.slice() }
        : null,
      typed: reshaped ? [] : typed,
      data:
        state.data.version === version
          ? null
          : { inputs: trainSet.inputs.slice(), targets: trainSet.targets.slice() },
    });
  }
  const epochs = Math.max(record.start.epochTarget, state.epoch);
  return {
    start: record.start,
    inputs,
    targets,
    replay: {
      startEpoch,
      startParams,
      phases,
      epochs,
    },
  };
}
