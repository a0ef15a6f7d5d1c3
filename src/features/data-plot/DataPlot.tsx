import { useDisplayedHeatmaps, useStores, useTraining, useView } from '@/state/hooks';
import { scaleLinear } from 'd3-scale';
import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import { classCount } from '@/engine/datasets';
import { isRegression } from '@/state/options';
import { type DrawTool } from '@/state/view-store';
import { paintClasses } from '@/shared/class-colours';
import { paintValues, pointColour, toColourAxis } from '@/shared/heatmap-colours';
import { useCanvasPaint } from '@/shared/use-canvas-paint';
import { useElementSize } from '@/shared/use-element-size';
import { useRemScale } from '@/shared/use-rem-scale';
import { AXIS_WIDTH, BottomAxis, LeftAxis } from './PlotAxes';
import { PlotLegend } from './PlotLegend';
import { controlAttr } from '@/shared/control-ids';
import { usePlotCursor } from './use-plot-cursor';
import './data-plot.css';

const ERASE_RADIUS_PX = 14;
/** Drawn coordinates to a thousandth (finer than a pixel on any plane): short in links and files. */
const tidy = (value: number) => Math.round(value * 1000) / 1000;

/** The output over the input plane as a heatmap, with the training and test points on top. */
export function DataPlot() {
  const heatmaps = useDisplayedHeatmaps();
  const points = useTraining((s) => s.points);
  const dataset = useTraining((s) => s.config.dataset);
  const outputActivation = useTraining((s) => s.config.outputActivation);
  const hiddenActivation = useTraining((s) => s.config.hiddenActivation);
  const addPoint = useTraining((s) => s.addPoint);
  const erase = useTraining((s) => s.erase);
  const discretize = useView((s) => s.discretize);
  const showTestData = useView((s) => s.showTestData);
  const chosenTool = useView((s) => s.drawTool);
  const focused = useView((s) => s.focusedNeuron);
  const outputs = useTraining((s) => s.snapshot?.layerSizes.at(-1) ?? 1);
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 300, height: 300 });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [dragging, setDragging] = useState(false);
  const regression = isRegression(dataset);
  // Class 2 stays chosen across datasets but draws class 1 where there are only two classes.
  const drawTool = chosenTool === 'class2' && classCount(dataset) < 3 ? 'class1' : chosenTool;
  // The left axis's tick labels take room beside the square.
  const side = Math.max(120, Math.min(size.width - AXIS_WIDTH, 520 * useRemScale()));
  const [low, high] = heatmaps?.domain ?? (dataset === 'xor' ? [-0.5, 1.5] : [-6, 6]);
  const scale = useMemo(
    () => scaleLinear().domain([low, high]).range([0, side]),
    [low, high, side],
  );
  const activation = focused && !focused.isOutput ? hiddenActivation : outputActivation;

  // Hundreds of marks that change only with the data: built once, not on every heatmap refresh.
  const pointMarks = useMemo(
    () =>
      points && (
        <>
          {Array.from(points.trainX, (x, i) => (
            <circle
              key={`train-${i}`}
              className="point train"
              cx={scale(x)}
              cy={side - scale(points.trainY[i]!)}
              r={dataset === 'xor' ? 7 : 3.5}
              fill={pointColour(points.trainLabel[i]!, regression)}
              data-label={points.trainLabel[i]}
            />
          ))}
          {showTestData &&
            dataset !== 'xor' &&
            Array.from(points.testX, (x, i) => (
              <rect
                key={`test-${i}`}
                className="point test"
                x={scale(x) - 3}
                y={side - scale(points.testY[i]!) - 3}
                width={6}
                height={6}
                fill={pointColour(points.testLabel[i]!, regression)}
                data-label={points.testLabel[i]}
              />
            ))}
        </>
      ),
    [points, scale, side, dataset, regression, showTestData],
  );
  const paint = useMemo(() => {
    if (!heatmaps) return null;
    const classes = heatmaps.outputSlices;
    // Several outputs (a class each): the winning class, lighter where the network is unsure.
    if (classes > 1) {
      return (pixels: Uint8ClampedArray) =>
        paintClasses(heatmaps.output, classes, discretize, pixels);
    }
    const toAxis = toColourAxis(activation);
    return (pixels: Uint8ClampedArray) => paintValues(heatmaps.output, toAxis, discretize, pixels);
  }, [heatmaps, activation, discretize]);
  useCanvasPaint(canvasRef, heatmaps?.resolution ?? 100, paint);

  const toData = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      return [scale.invert(event.clientX - box.left), scale.invert(box.bottom - event.clientY)];
    },
    [scale],
  );
  const actAt = (rawX: number, rawY: number, tool: DrawTool) => {
    const [x, y] = [tidy(rawX), tidy(rawY)];
    const radius = tidy(Math.abs(scale.invert(ERASE_RADIUS_PX) - scale.invert(0)));
    if (tool === 'erase') erase(x, y, radius);
    else addPoint(x, y, DRAWN_LABEL[tool] ?? (regression ? -1 : 0));
  };
  const act = (event: PointerEvent<SVGSVGElement>, tool: DrawTool) => {
    const [x, y] = toData(event);
    if (x === undefined || y === undefined) return;
    actAt(x, y, tool);
  };
  const cursor = usePlotCursor(
    low,
    high,
    (x, y) => actAt(x, y, drawTool),
    (x, y) => actAt(x, y, 'erase'),
  );

  return (
    <section className="panel data-panel" aria-labelledby="data-plot-title">
      <header className="panel-header">
        <h2 id="data-plot-title">{focused ? `Neuron ${focused.label}` : 'Output'}</h2>
        <span className="hint">
          {drawTool === 'erase' ? 'drag to erase points' : 'click to add a point'}
        </span>
        <span id="data-plot-keys" className="visually-hidden">
          Arrow keys move a cross; Enter does what a click does; Delete erases.
        </span>
      </header>
      <div className="data-plot" ref={containerRef}>
        <div className="plot-frame">
          <LeftAxis scale={scale} side={side} />
          <div className="plot-square" style={{ width: side, height: side }}>
            <canvas
              ref={canvasRef}
              className="heatmap"
              data-testid="heatmap"
              style={{ width: side, height: side }}
              aria-hidden="true"
            />
            <svg
              role="img"
              aria-label="Decision boundary with data points"
              width={side}
              height={side}
              className={`points draw-${drawTool}`}
              // A Tab stop: the keyboard's way to add and erase points (use-plot-cursor.ts).
              tabIndex={0}
              aria-describedby="data-plot-keys"
              onKeyDown={cursor.onKeyDown}
              onFocus={cursor.onFocus}
              onBlur={cursor.onBlur}
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture(event.pointerId);
                setDragging(true);
                act(event, drawTool);
              }}
              onPointerMove={(event) => dragging && drawTool === 'erase' && act(event, 'erase')}
              onPointerUp={() => setDragging(false)}
              onPointerCancel={() => setDragging(false)}
            >
              {pointMarks}
              {cursor.at && (
                <g
                  className="plot-cursor"
                  data-cursor-x={cursor.at[0]}
                  data-cursor-y={cursor.at[1]}
                  transform={`translate(${scale(cursor.at[0])} ${side - scale(cursor.at[1])})`}
                >
                  <line x1={-12} x2={12} />
                  <line y1={-12} y2={12} />
                  <circle r={ERASE_RADIUS_PX} />
                </g>
              )}
            </svg>
          </div>
          <BottomAxis scale={scale} side={side} />
        </div>
      </div>
      <PlotLegend regression={regression} classes={Math.max(2, outputs)} />
      <DataPlotOptions regression={regression} classes={classCount(dataset)} drawTool={drawTool} />
    </section>
  );
}

/** The label a drawing tool adds; class 0 is −1 on a regression set. */
const DRAWN_LABEL: Partial<Record<DrawTool, number>> = { class1: 1, class2: 2 };

interface PlotOptionsProps {
  readonly regression: boolean;
  readonly classes: number;
  /** The tool that draws, which the chosen one becomes on this dataset. */
  readonly drawTool: DrawTool;
}

function DataPlotOptions({ regression, classes, drawTool }: PlotOptionsProps) {
  const discretize = useView((s) => s.discretize);
  const showTestData = useView((s) => s.showTestData);
  const set = useStores().view.getState().set;
  return (
    <div className="plot-options">
      <fieldset className="draw-tools">
        <legend>Click adds</legend>
        {(
          [
            ['class0', regression ? 'value −1' : 'class 0'],
            ['class1', regression ? 'value +1' : 'class 1'],
            ...(classes >= 3 ? [['class2', 'class 2'] as const] : []),
            ['erase', 'erase'],
          ] as const
        ).map(([tool, label]) => (
          <label key={tool} className={`tool ${tool}`}>
            <input
              type="radio"
              name="draw-tool"
              checked={drawTool === tool}
              onChange={() => set({ drawTool: tool })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="toggle" {...controlAttr('test-data')}>
        <input
          type="checkbox"
          checked={showTestData}
          onChange={(event) => set({ showTestData: event.target.checked })}
        />
        Show test data
      </label>
      <label
        className="toggle"
        {...controlAttr('discretize')}
        title={
          regression
            ? 'Only whether the output is above or below 0, as Playground shows it'
            : 'Only which class the output picks'
        }
      >
        <input
          type="checkbox"
          checked={discretize}
          onChange={(event) => set({ discretize: event.target.checked })}
        />
        Discretize output
      </label>
    </div>
  );
}
