import { useStores } from '@/state/hooks';
import { Suspense, useState } from 'react';
import { layerSizesOf } from '@/engine/run-config';
import { useSweep, useSweepStore } from './sweep-context';
import { DEFAULT_SEED_COUNT, MAX_SEED_COUNT } from './sweep-store';
import { formatCount } from '@/shared/format';
import { lazyView } from '@/shared/lazy-view';
import './SeedSweep.css';

// Drawn once a sweep has run: most visits never start one.
const EpochHistogram = lazyView(() => import('./EpochHistogram').then((m) => m.EpochHistogram));

/**
 * "How reliable is this architecture?": trains many seeds of the current settings in a second
 * worker and shows how many solve the task, and a histogram of the epochs they needed.
 */
export function SeedSweep() {
  const [count, setCount] = useState(DEFAULT_SEED_COUNT);
  const { training } = useStores();
  const sweep = useSweepStore();
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
  const shape = config ? layerSizesOf(config).join('-') + ` ${config.hiddenActivation}` : '';

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
          <button type="button" onClick={sweep.getState().cancel}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            onClick={() => sweep.getState().run(training.getState().config, count)}
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
          {config && (
            <Suspense fallback={null}>
              <EpochHistogram outcomes={outcomes} epochTarget={config.epochTarget} />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
