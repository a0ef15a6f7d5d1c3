/**
 * What the network graph shows in step mode: per edge, the gradient (backward) or the weight
 * change (update) as colour and width; per neuron, its activation (forward) or δ (backward).
 */
import { useStep } from '@/state/hooks';
import { paramLayout } from '@/engine/param-layout';
import { activationsName, hasTutorialNames } from '@/engine/tutorial-names';
import type { StepTrace } from '@/engine/step-trace';
import type { StepPhase } from '@/state/step-phases';
import type { EdgeLayout, NeuronLayout } from './graph-layout';
import { gradientColour, gradientWidth, largestMagnitude } from './gradient-style';

export interface EdgeLook {
  /** dE/dw summed over the traced samples (the engine's sign). */
  readonly gradient: number;
  /** The drawn value (gradient, or the change in 'update') is negative: dashed, as weights are. */
  readonly negative: boolean;
  readonly colour: string;
  readonly width: number;
}

export interface StepOverlay {
  readonly phase: StepPhase;
  readonly trace: StepTrace;
  /** How an edge looks now, or null to draw it as a plain weight (not reached yet). */
  edge(edge: EdgeLayout): EdgeLook | null;
  /** The numbers a neuron shows now: one per traced sample, or none. */
  neuronValues(neuron: NeuronLayout): number[];
  /** Those numbers as the tutorial's code names them, e.g. `hidden_output[:, 2]`. */
  neuronName(neuron: NeuronLayout): string;
}

/** The overlay for the graph, or null outside step mode. */
export function useStepOverlay(): StepOverlay | null {
  const active = useStep((s) => s.active);
  const trace = useStep((s) => s.trace);
  const phase = useStep((s) => s.phase);
  const layer = useStep((s) => s.layer);
  if (!active || !trace) return null;
  return buildOverlay(trace, phase, layer);
}

/** Pure part of useStepOverlay. */
export function buildOverlay(trace: StepTrace, phase: StepPhase, layer: number): StepOverlay {
  const sizes = trace.layerSizes;
  const L = sizes.length - 1;
  const m = trace.samples.length;
  const layout = paramLayout(sizes);
  const weightIndices: number[] = [];
  for (let l = 1; l <= L; l++) {
    for (let k = layout.weightOffset(l); k < layout.biasOffset(l); k++) weightIndices.push(k);
  }
  // One scale for all edges, so the layers' gradients compare honestly.
  const largest = largestMagnitude(trace.grads, weightIndices);
  const shownFrom = phase === 'backward' ? layer : phase === 'update' ? 1 : L + 1;
  const column = (matrix: Float64Array | undefined, n: number, i: number) =>
    matrix ? Array.from({ length: m }, (_, r) => matrix[r * n + i]!) : [];

  return {
    phase,
    trace,
    edge: (edge) => {
      if (edge.to.layer < shownFrom) return null;
      const g = trace.grads[edge.weightIndex] ?? 0;
      // The update draws the change −η·g, which points the other way.
      const drawn = phase === 'update' ? -g : g;
      return {
        gradient: g,
        negative: drawn < 0,
        colour: gradientColour(drawn, largest),
        width: gradientWidth(g, largest),
      };
    },
    neuronValues: (neuron) => {
      const l = neuron.layer;
      const n = sizes[l] ?? 0;
      if (phase === 'forward' || phase === 'loss') {
        return l <= (phase === 'loss' ? L : layer)
          ? column(trace.activations[l], n, neuron.index)
          : [];
      }
      if (phase === 'backward' && l >= layer && l >= 1) {
        return column(trace.deltas[l], n, neuron.index);
      }
      return [];
    },
    neuronName: (neuron) => {
      const l = neuron.layer;
      const j = neuron.index;
      if (phase !== 'backward') return `${activationsName(sizes, l)}[:, ${j}]`;
      // δ = ∂E/∂z; the tutorial's gradient_… is −δ (it writes error = actual − predicted).
      if (l === L) return `−gradient_output[:, ${j}]`;
      return hasTutorialNames(sizes) ? `−gradient_hidden[:, ${j}]` : `δ[${l}][:, ${j}]`;
    },
  };
}
