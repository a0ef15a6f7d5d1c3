import { useEffect, useRef } from 'react';
import { generatePoints, isRegression, type DatasetName } from '@/engine/datasets';
import { NumpyRandom } from '@/engine/random';
import { pointColour } from '@/shared/heatmap-colours';
import { controlAttr } from '@/shared/control-ids';
import { DATASETS } from '@/state/options';
import { PRESETS } from '@/state/presets';
import { domainOf } from '@/training/session-data';

/** Side of a thumbnail in CSS pixels, and the points drawn on it. */
const SIDE = 44;
const POINTS = 160;

function paint(canvas: HTMLCanvasElement, dataset: DatasetName): void {
  const context = canvas.getContext('2d');
  // No canvas (a test's DOM): the button's name still says which dataset it is.
  if (!context) return;
  const scale = window.devicePixelRatio || 1;
  canvas.width = SIDE * scale;
  canvas.height = SIDE * scale;
  context.scale(scale, scale);
  // The same points every time: a fixed seed, no noise.
  const set = generatePoints(dataset, POINTS, 0, new NumpyRandom(1));
  const [low, high] = domainOf({ dataset });
  const at = (value: number) => ((value - low) / (high - low)) * SIDE;
  const dot = set.count <= 4 ? 7 : 3;
  for (let i = 0; i < set.count; i++) {
    context.fillStyle = pointColour(set.label[i]!, isRegression(dataset));
    context.fillRect(at(set.x[i]!) - dot / 2, SIDE - at(set.y[i]!) - dot / 2, dot, dot);
  }
}

function Thumbnail({ dataset }: { readonly dataset: DatasetName }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) paint(canvas.current, dataset);
  }, [dataset]);
  return <canvas ref={canvas} width={SIDE} height={SIDE} style={{ width: SIDE, height: SIDE }} />;
}

/** Every dataset as a picture of its points, as Playground offers them; a click chooses one. */
export function DatasetThumbnails({
  chosen,
  onChoose,
}: {
  readonly chosen: DatasetName;
  readonly onChoose: (dataset: DatasetName) => void;
}) {
  return (
    <div
      className="dataset-thumbnails"
      role="group"
      aria-label="Choose by picture"
      {...controlAttr('dataset')}
    >
      {DATASETS.map((dataset) => (
        <button
          key={dataset}
          type="button"
          aria-label={PRESETS[dataset].label}
          aria-pressed={dataset === chosen}
          title={PRESETS[dataset].label}
          onClick={() => onChoose(dataset)}
        >
          <Thumbnail dataset={dataset} />
        </button>
      ))}
    </div>
  );
}
