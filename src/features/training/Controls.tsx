import { controlAttr } from '@/shared/control-ids';
import { useId, type ReactNode } from 'react';
import { useTraining } from '@/state/hooks';
import { EPOCH_TARGET_RANGE, LEARNING_RATE_RANGE, SPEEDS } from '@/state/defaults';
import { formatCount, formatLearningRate } from '@/shared/format';
import { GLOSSARY } from '@/shared/glossary';
import { Slider } from '@/shared/Slider';
import { RUN_CONFIG } from '@/engine/run-config';
import { HiddenNeurons } from './HiddenNeurons';
import { usePlayButton } from './use-play-button';
import './training.css';

/**
 * "Until paused", as Playground runs: the highest target a run may have, where its history's
 * bound is planned (a million epochs in at most 131,072 rows).
 */
const UNTIL_PAUSED = RUN_CONFIG.epochTarget.max;

/** Snaps a log-scale slider position to a round number (1, 2, 5 × 10ⁿ and what lies between). */
function roundLog(exponent: number, digits: number): number {
  return Number((10 ** exponent).toPrecision(digits));
}

/**
 * Play, step, reset, reseed and the sliders that shape the run; `stepThrough` sits beside Step
 * (the app passes step mode's button).
 */
export function Controls({ stepThrough }: { stepThrough?: ReactNode }) {
  const { running, press: togglePlay } = usePlayButton();
  const done = useTraining((s) => (s.snapshot ? s.snapshot.epoch >= s.config.epochTarget : false));
  const config = useTraining((s) => s.config);
  const step = useTraining((s) => s.step);
  const reset = useTraining((s) => s.reset);
  const reseed = useTraining((s) => s.reseed);
  const setLearningRate = useTraining((s) => s.setLearningRate);
  const setEpochTarget = useTraining((s) => s.setEpochTarget);
  const setSpeed = useTraining((s) => s.setSpeed);
  const seedId = useId();

  return (
    <section className="panel controls" aria-label="Controls">
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={togglePlay}
          {...controlAttr('play')}
          disabled={done && !running}
          title={done ? 'Epoch target reached: raise Epochs or Reset' : undefined}
        >
          {running ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={step} title="Train one epoch" {...controlAttr('step')}>
          Step
        </button>
        <button
          type="button"
          onClick={reset}
          title="Back to the same starting weights"
          {...controlAttr('reset')}
        >
          Reset
        </button>
        <button
          type="button"
          onClick={reseed}
          title={`New random starting weights (now seed ${config.seed}). ${GLOSSARY.seed.text}`}
          aria-label="Reseed"
          aria-describedby={seedId}
          {...controlAttr('seed')}
        >
          Reseed{' '}
          <span className="seed-now" id={seedId} data-seed={config.seed}>
            seed {config.seed}
          </span>
        </button>
        {stepThrough}
      </div>

      <Slider
        label="Learning rate"
        display={formatLearningRate(config.learningRate)}
        min={Math.log10(LEARNING_RATE_RANGE.min)}
        max={Math.log10(LEARNING_RATE_RANGE.max)}
        step={0.01}
        position={Math.log10(config.learningRate)}
        onPosition={(position) => setLearningRate(roundLog(position, 2))}
        title={GLOSSARY.learningRate.text}
        control="learning-rate"
      />
      <Slider
        label="Epochs"
        disabled={config.epochTarget >= UNTIL_PAUSED}
        display={
          config.epochTarget >= UNTIL_PAUSED ? 'until paused' : formatCount(config.epochTarget)
        }
        min={Math.log10(EPOCH_TARGET_RANGE.min)}
        max={Math.log10(EPOCH_TARGET_RANGE.max)}
        step={0.01}
        position={Math.log10(config.epochTarget)}
        onPosition={(position) => setEpochTarget(roundLog(position, 2))}
        title={GLOSSARY.epoch.text}
        control="epochs"
      />
      <label
        className="toggle until-paused"
        {...controlAttr('epochs')}
        title={`Train on until Pause, as Playground does (at most ${formatCount(UNTIL_PAUSED)} epochs)`}
      >
        <input
          type="checkbox"
          checked={config.epochTarget >= UNTIL_PAUSED}
          onChange={(event) =>
            setEpochTarget(event.target.checked ? UNTIL_PAUSED : EPOCH_TARGET_RANGE.max)
          }
        />
        Until paused
      </label>
      <HiddenNeurons />

      <label className="select" {...controlAttr('speed')} title={GLOSSARY.speed.text}>
        <span>Speed</span>
        <select value={config.speed} onChange={(event) => setSpeed(Number(event.target.value))}>
          {SPEEDS.map((speed) => (
            <option key={speed.value} value={speed.value}>
              {speed.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
