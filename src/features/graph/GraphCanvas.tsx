import { useLayoutEffect, useRef } from 'react';
import { useStores, useTraining } from '@/state/hooks';
import type { AppStores } from '@/state/app-stores';
import type { EdgeLayout, GraphLayout, NeuronLayout } from './graph-layout';
import { createGraphPainter } from './graph-paint';
import type { EdgeLook } from './step-overlay';

interface Props {
  readonly layout: GraphLayout;
  /** Layer sizes the layout was made for: a moment of another shape is not drawn on it. */
  readonly sizesKey: string;
  readonly edgeLook: ((edge: EdgeLayout) => EdgeLook | null) | null;
  readonly edgeScale: number;
  readonly width: number;
  readonly height: number;
}

/** The weights and maps of the moment on show: time travel's, else the live run's. */
function shownMoment({ training, timeline }: AppStores) {
  const { past } = timeline.getState();
  if (past) return past;
  const { snapshot, heatmaps } = training.getState();
  return snapshot && { layerSizes: snapshot.layerSizes, params: snapshot.params, heatmaps };
}

/**
 * The graph's edges and bias colours on one canvas, the neuron maps on another above it (each
 * repainted only when its own part changed), at most once per frame straight from the stores (a
 * subscription, not a React render), at the screen's pixel density. They lie under the SVG,
 * whose outlines, labels and transparent hit areas stay for pointer, keyboard and tests.
 */
export function GraphCanvas({ layout, sizesKey, edgeLook, edgeScale, width, height }: Props) {
  const stores = useStores();
  const hiddenActivation = useTraining((s) => s.config.hiddenActivation);
  const outputActivation = useTraining((s) => s.config.outputActivation);
  const edgesRef = useRef<HTMLCanvasElement>(null);
  const mapsRef = useRef<HTMLCanvasElement>(null);

  useLayoutEffect(() => {
    const edges = edgesRef.current?.getContext('2d');
    const maps = mapsRef.current?.getContext('2d');
    if (!edges || !maps) return;
    const painter = createGraphPainter();
    const lastLayer = layout.neurons.at(-1)?.layer ?? 0;
    const activationOf = (neuron: NeuronLayout) =>
      neuron.layer === lastLayer ? outputActivation : hiddenActivation;
    let frame = 0;
    // This effect's first paint always draws: its layout, size or look may be new.
    let force = true;
    const paint = () => {
      frame = 0;
      const moment = shownMoment(stores);
      // Mid-change of shape the stores may be a step ahead of the layout: keep the last picture.
      if (moment && moment.layerSizes.join(',') !== sizesKey) return;
      const density = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * density);
      const pixelHeight = Math.round(height * density);
      for (const { canvas } of [edges, maps]) {
        if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
          canvas.width = pixelWidth;
          canvas.height = pixelHeight;
          force = true;
        }
      }
      for (const context of [edges, maps]) context.setTransform(density, 0, 0, density, 0, 0);
      painter.paint(
        { edges, maps },
        {
          layout,
          params: moment?.params ?? null,
          heatmaps: moment?.heatmaps ?? null,
          edgeLook,
          edgeScale,
          activationOf,
        },
        force,
      );
      force = false;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    // Now, with the SVG of this commit; then on every change of what is shown.
    paint();
    const stopTraining = stores.training.subscribe((state, previous) => {
      if (state.snapshot !== previous.snapshot || state.heatmaps !== previous.heatmaps) schedule();
    });
    const stopTimeline = stores.timeline.subscribe((state, previous) => {
      if (state.past !== previous.past) schedule();
    });
    return () => {
      cancelAnimationFrame(frame);
      stopTraining();
      stopTimeline();
    };
  }, [
    stores,
    layout,
    sizesKey,
    edgeLook,
    edgeScale,
    width,
    height,
    hiddenActivation,
    outputActivation,
  ]);

  return (
    <>
      <canvas
        ref={edgesRef}
        className="graph-canvas graph-edges"
        style={{ width, height }}
        aria-hidden="true"
      />
      <canvas
        ref={mapsRef}
        className="graph-canvas graph-maps"
        style={{ width, height }}
        aria-hidden="true"
      />
    </>
  );
}
