import { useEffect, useRef, type RefObject } from 'react';
import type { GraphLayout } from './graph-layout';

/** Refresh period of the attributes while training. */
const TRAINING_INTERVAL_MS = 250;

/**
 * Writes each edge's exact weight (data-weight) and each neuron's bias (data-bias) into the
 * graph, for tools and tests that read them. Not through React: on the largest net that is
 * ~400 attribute writes per frame for values no one sees, so while training they refresh four
 * times a second, and at once whenever training is not running.
 */
export function useValueAttributes(
  svg: RefObject<SVGSVGElement | null>,
  layout: GraphLayout,
  params: Float64Array | undefined,
  training: boolean,
): void {
  const lastWrite = useRef({ time: -Infinity, layout });
  useEffect(() => {
    const root = svg.current;
    if (!root || !params) return;
    const now = performance.now();
    // A new layout has new elements without values: those are written at once.
    const { time, layout: written } = lastWrite.current;
    if (training && written === layout && now - time < TRAINING_INTERVAL_MS) return;
    lastWrite.current = { time: now, layout };
    const edges = root.querySelectorAll('g.edge');
    layout.edges.forEach((edge, i) => {
      edges[i]?.setAttribute('data-weight', String(params[edge.weightIndex] ?? 0));
    });
    const neurons = root.querySelectorAll('g.neuron');
    layout.neurons.forEach((neuron, i) => {
      if (neuron.biasIndex >= 0) {
        neurons[i]?.setAttribute('data-bias', String(params[neuron.biasIndex] ?? 0));
      }
    });
  }, [svg, layout, params, training]);
}
