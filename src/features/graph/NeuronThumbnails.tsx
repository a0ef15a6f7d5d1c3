import { useDisplayedHeatmaps, useTraining } from '@/state/hooks';
import { memo, useMemo, useRef } from 'react';
import type { NeuronLayout } from './graph-layout';
import { paintValues, toColourAxis } from '@/shared/heatmap-colours';
import { useCanvasPaint } from '@/shared/use-canvas-paint';

interface Props {
  readonly neurons: readonly NeuronLayout[];
  readonly radius: number;
  /** Offset of the graph's SVG inside its container. */
  readonly top: number;
}

/** Each hidden and output neuron shows its own small map of what it computes over the plane. */
export function NeuronThumbnails({ neurons, radius, top }: Props) {
  const heatmaps = useDisplayedHeatmaps();
  const hiddenActivation = useTraining((s) => s.config.hiddenActivation);
  const outputActivation = useTraining((s) => s.config.outputActivation);
  if (!heatmaps) return null;
  const lastLayer = neurons.at(-1)?.layer ?? 0;
  const count = heatmaps.neurons.length / heatmaps.neuronResolution ** 2;
  return (
    <>
      {neurons
        .filter((n) => n.mapIndex >= 0 && n.mapIndex < count)
        .map((n) => (
          <Thumbnail
            key={n.id}
            values={heatmaps.neurons}
            resolution={heatmaps.neuronResolution}
            mapIndex={n.mapIndex}
            activation={n.layer === lastLayer ? outputActivation : hiddenActivation}
            left={n.x - radius + 1}
            top={n.y - radius + 1 + top}
            size={2 * radius - 2}
          />
        ))}
    </>
  );
}

interface ThumbnailProps {
  readonly values: Float32Array;
  readonly resolution: number;
  readonly mapIndex: number;
  readonly activation: Parameters<typeof toColourAxis>[0];
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

const Thumbnail = memo(function Thumbnail(props: ThumbnailProps) {
  const { values, resolution, mapIndex, activation, left, top, size } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const paint = useMemo(() => {
    const toAxis = toColourAxis(activation);
    const pixels = resolution * resolution;
    return (out: Uint8ClampedArray) =>
      paintValues(values, toAxis, false, out, mapIndex * pixels, pixels);
  }, [values, resolution, mapIndex, activation]);
  useCanvasPaint(ref, resolution, paint);
  return (
    <canvas
      ref={ref}
      className="neuron-map"
      style={{ left, top, width: size, height: size }}
      aria-hidden="true"
    />
  );
});
