import { bin, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useMemo, useState } from 'react';
import { trainingStore } from '../store/app-store';
import { sweepStore, useSweep } from '../store/app-sweep';
import { DEFAULT_SEED_COUNT, MAX_SEED_COUNT } from '../store/sweep-store';
import { formatCount } from './format';

const WIDTH = 320;
const HEIGHT = 120;
const MARGIN = { left: 30, right: 20, top: 8, bottom: 28 };

/**
 * "How reliable is this architecture?": trains many seeds of the current settings in a second
 * worker and shows how many solve the task, and a histogram of the epochs they needed.
 */
export function SeedSweep() {
  const [count, setCount] = useState(DEFAULT_SEED_COUNT);
  const status = useSweep((s) => s.status);
  const total = useSweep((s) => s.total);
  const outcomes = useSweep((s) => s.outcomes);
  const config = useSweep((s) => s.config);
  const criterion = useSweep((s) => s.criterion);
  const error = useSweep((s) => s.error);
  const running = status === 'running';
  const solved = outcomes.filter((o) => o.solved).length;
  const task = config?.dataset === 'xor' ? 'XOR' : (config?.dataset ?? '');
  const within = config ? formatCount(config.epochTarget) : '';
  const shape = config
    ? [config.features.length, ...config.hiddenSizes, 1].join('-') + ` ${config.hiddenActivation}`
    : '';

  return (
    <section className="panel seed-sweep" aria-labelledby="sweep-title" data-sweep={status}>
      <header className="panel-header">
        <h2 id="sweep-title">How reliable is this architecture?</h2>
      </header>
      <div className="sweep-controls">
        <label>
          Seeds{' '}
          <input
            type="number"
            min={1}
            max={MAX_SEED_COUNT}
            value={count}
            disabled={running}
            onChange={(event) => setCount(Number(event.target.value))}
          />
        </label>
        {running ? (
          <button type="button" onClick={sweepStore.getState().cancel}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            onClick={() => sweepStore.getState().run(trainingStore.getState().config, count)}
            title="Train seeds 0, 1, 2, … of the current settings to the epoch target"
          >
            Run seed sweep
          </button>
        )}
      </div>
      {status !== 'idle' && (
        <>
          <label className="sweep-progress">
            <progress max={total} value={outcomes.length} />
            <span>
              {formatCount(outcomes.length)} of {formatCount(total)} seeds trained
              {status === 'cancelled' && ' (cancelled)'}
            </span>
          </label>
          <p
            className="sweep-result"
            role="status"
            data-solved={solved}
            data-trained={outcomes.length}
          >
            {status === 'done'
              ? `${solved} of ${total} seeds solve ${task} within ${within} epochs (${shape}).`
              : `So far ${solved} of ${outcomes.length} seeds solve ${task} within ${within} epochs.`}
          </p>
          <p className="hint">Solved: {criterion}.</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {config && <EpochHistogram outcomes={outcomes} epochTarget={config.epochTarget} />}
        </>
      )}
    </section>
  );
}

interface HistogramProps {
  readonly outcomes: readonly { readonly epochsToSolve: number | null }[];
  readonly epochTarget: number;
}

/** Epochs needed by the seeds that solved, binned; a table says the same for screen readers. */
function EpochHistogram({ outcomes, epochTarget }: HistogramProps) {
  const bins = useMemo(() => {
    const epochs = outcomes.flatMap((o) => (o.epochsToSolve === null ? [] : [o.epochsToSolve]));
    return bin().domain([0, epochTarget]).thresholds(10)(epochs);
  }, [outcomes, epochTarget]);
  const x = scaleLinear()
    .domain([0, epochTarget])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.length) ?? 0)])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <figure className="sweep-histogram">
      <svg width={WIDTH} height={HEIGHT} aria-hidden="true">
        {bins.map((b) => (
          <rect
            key={b.x0}
            className="bar"
            x={x(b.x0 ?? 0) + 1}
            width={Math.max(0, x(b.x1 ?? 0) - x(b.x0 ?? 0) - 2)}
            y={y(b.length)}
            height={y(0) - y(b.length)}
          />
        ))}
        <g className="axis">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
          {x.ticks(4).map((t) => (
            <text key={t} x={x(t)} y={HEIGHT - 12} textAnchor="middle">
              {formatCount(t)}
            </text>
          ))}
          {y.ticks(3).map((t) => (
            <text key={t} x={MARGIN.left - 4} y={y(t)} dy="0.32em" textAnchor="end">
              {t}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>Epochs needed to solve, per seed that solved</figcaption>
      <details>
        <summary>Table</summary>
        <table className="sweep-table">
          <thead>
            <tr>
              <th scope="col">epochs</th>
              <th scope="col">seeds solved</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.x0}>
                <td>
                  {formatCount(b.x0 ?? 0)}–{formatCount(b.x1 ?? 0)}
                </td>
                <td>{b.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
