import { useState } from 'react';
import { drawingOf } from '@/training/run-record';
import { controlAttr } from '@/shared/control-ids';
import { useTraining } from '@/state/hooks';
import {
  DATASETS,
  FEATURE_LABELS,
  FEATURES,
  LIMITS,
  REGULARIZATIONS,
  type DatasetName,
  type FeatureName,
} from '@/state/options';
import { BATCH_SIZE_RANGE } from '@/state/defaults';
import { PRESETS } from '@/state/presets';
import { GLOSSARY } from '@/shared/glossary';
import { Select } from '@/shared/Select';
import { Slider } from '@/shared/Slider';
import { DatasetThumbnails } from './DatasetThumbnails';
import { PointsFile } from './PointsFile';
import { ReplaceDrawing, type PendingReplace } from './ReplaceDrawing';
import { datasetDescription } from './settings-summary';
import { rememberApplyPreset, rememberedApplyPreset } from './apply-preset';

/** Phones fold the settings away at first; wider screens show them. */
function startsFolded(): boolean {
  // Where there is no matchMedia (jsdom), nothing is folded.
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 760px)').matches;
}

const DATASET_OPTIONS = DATASETS.map((value) => ({ value, label: PRESETS[value].label }));

/** Playground's regularisation rates. */
const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

/** The menu's rates, with `current` in its place if a link or file set another. */
function rateOptions(current: number): { value: string; label: string }[] {
  const rates = REGULARIZATION_RATES.includes(current)
    ? REGULARIZATION_RATES
    : [...REGULARIZATION_RATES, current].sort((a, b) => a - b);
  return rates.map((rate) => ({ value: String(rate), label: String(rate) }));
}

/** Which data, how noisy, how it is split and batched, which input features, regularisation. */
export function DataSettings() {
  const config = useTraining((s) => s.config);
  const configure = useTraining((s) => s.configure);
  const chooseDataset = useTraining((s) => s.chooseDataset);
  const regenerate = useTraining((s) => s.regenerate);
  const record = useTraining((s) => s.record);
  // Off unless the learner ticked it (kept in this browser): a dataset keeps the settings.
  const [applyPreset, setApplyPreset] = useState(rememberedApplyPreset);
  const tickApplyPreset = (on: boolean) => {
    setApplyPreset(on);
    rememberApplyPreset(on);
  };
  // Asked where it was triggered: under the dataset menu or under Regenerate.
  const [pending, setPending] = useState<
    (PendingReplace & { at: 'dataset' | 'regenerate' }) | null
  >(null);
  const tutorial = config.dataset === 'xor';
  /** Runs `run` at once, or after a yes if it would replace points the learner drew or erased. */
  const replacePoints = (at: 'dataset' | 'regenerate', what: string, run: () => void) => {
    const drawing = record ? drawingOf(record) : { imported: 0, added: 0, erased: 0 };
    if (drawing.imported + drawing.added + drawing.erased === 0) run();
    else setPending({ at, what, run, ...drawing });
  };
  const choose = (dataset: DatasetName) =>
    replacePoints('dataset', `Choosing ${PRESETS[dataset].label}`, () =>
      applyPreset ? chooseDataset(dataset) : configure({ dataset }),
    );
  const ask = pending && <ReplaceDrawing pending={pending} onDone={() => setPending(null)} />;
  const toggleFeature = (feature: FeatureName, on: boolean) => {
    const next = on ? [...config.features, feature] : config.features.filter((f) => f !== feature);
    if (next.length > 0) configure({ features: FEATURES.filter((f) => next.includes(f)) });
  };

  return (
    <section className="panel settings" aria-labelledby="data-title">
      {/* On a phone the settings start folded, so the graph and charts come first. */}
      <details open={!startsFolded()} className="settings-fold">
        <summary>
          <h2 id="data-title">Data</h2>
        </summary>
        <Select
          label="Dataset"
          value={config.dataset}
          options={DATASET_OPTIONS}
          onChange={choose}
          title={
            applyPreset
              ? 'Choosing a dataset applies its preset: architecture, features and learning rate'
              : 'Choosing a dataset keeps the network, the weights and every setting'
          }
          control="dataset"
        />
        <DatasetThumbnails chosen={config.dataset} onChoose={choose} />
        {pending?.at === 'dataset' && ask}
        <label
          className="toggle apply-preset"
          {...controlAttr('dataset')}
          title="On: another dataset brings its preset, from epoch 0. Off: it keeps the network, the weights and every setting, as Playground does"
        >
          <input
            type="checkbox"
            checked={applyPreset}
            onChange={(event) => tickApplyPreset(event.target.checked)}
          />
          Apply the preset
        </label>
        <p className="preset-note" {...controlAttr('text')}>
          {datasetDescription(config)}
        </p>
        {!tutorial && (
          <>
            <Slider
              label="Noise"
              display={`${Math.round(config.noise * 100)} %`}
              min={LIMITS.noise.min}
              max={LIMITS.noise.max}
              step={0.05}
              position={config.noise}
              onPosition={(noise) => configure({ noise })}
              control="noise"
            />
            <Slider
              label="Training share"
              display={`${Math.round(config.trainFraction * 100)} %`}
              min={LIMITS.trainFraction.min}
              max={LIMITS.trainFraction.max}
              step={0.1}
              position={config.trainFraction}
              onPosition={(trainFraction) => configure({ trainFraction })}
              control="split"
              title="The rest of the points are the test set, never trained on"
            />
          </>
        )}
        <Slider
          label="Batch size"
          display={config.batchSize === 0 ? 'full batch' : String(config.batchSize)}
          min={BATCH_SIZE_RANGE.min}
          max={BATCH_SIZE_RANGE.max}
          step={1}
          position={config.batchSize}
          onPosition={(batchSize) => configure({ batchSize })}
          title={GLOSSARY.batch.text}
          control="batch"
        />
        <button
          type="button"
          onClick={() => replacePoints('regenerate', 'Regenerate', regenerate)}
          disabled={tutorial}
          title="New points, same network"
          {...controlAttr('regenerate')}
        >
          Regenerate data
        </button>
        <PointsFile confirm={(what, run) => replacePoints('regenerate', what, run)} />
        {pending?.at === 'regenerate' && ask}
        <fieldset className="features" {...controlAttr('features')} title={GLOSSARY.feature.text}>
          <legend>Input features</legend>
          {FEATURES.map((feature) => (
            <label key={feature} className="feature">
              <input
                type="checkbox"
                checked={config.features.includes(feature)}
                disabled={config.features.length === 1 && config.features.includes(feature)}
                onChange={(event) => toggleFeature(feature, event.target.checked)}
              />
              {FEATURE_LABELS[feature]}
            </label>
          ))}
        </fieldset>
        <Select
          label="Regularization"
          value={config.regularization}
          options={REGULARIZATIONS}
          onChange={(regularization) => configure({ regularization })}
          title={GLOSSARY.regularization.text}
          control="regularization"
        />
        {config.regularization !== 'none' && (
          <Select
            label="Regularization rate"
            value={String(config.regularizationRate)}
            options={rateOptions(config.regularizationRate)}
            onChange={(rate) => configure({ regularizationRate: Number(rate) })}
            control="regularization"
          />
        )}
      </details>
    </section>
  );
}
