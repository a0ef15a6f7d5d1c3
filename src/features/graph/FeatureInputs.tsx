import { useMemo } from 'react';
import { useTraining } from '@/state/hooks';
import { FEATURE_LABELS, type DatasetName, type FeatureName } from '@/state/options';
import { featureMapUrl, inputColumn, toggledFeatures } from './feature-inputs';
import './FeatureInputs.css';
import type { GraphLayout } from './graph-layout';

/** Clips a feature's square map to its round input node (objectBoundingBox: one for all). */
export const INPUT_CLIP_ID = 'graph-input-clip';

/** The input column's features and how to turn one on or off (a live change: weights stay). */
export function useInputColumn() {
  const dataset = useTraining((s) => s.config.dataset);
  const features = useTraining((s) => s.config.features);
  const configure = useTraining((s) => s.configure);
  const column = useMemo(() => inputColumn(dataset, features), [dataset, features]);
  return {
    dataset,
    features,
    column,
    slots: column.map((feature) => features.includes(feature)),
    toggle: (feature: FeatureName) => {
      const next = toggledFeatures(features, feature);
      if (next) configure({ features: next });
    },
  };
}

/** The feature's map inside an input node of radius r (nothing where it cannot be painted). */
export function InputMap({ feature, dataset, r }: InputMapProps) {
  const url = featureMapUrl(feature, dataset);
  if (!url) return null;
  return (
    <image
      className="input-map"
      href={url}
      x={-r}
      y={-r}
      width={2 * r}
      height={2 * r}
      preserveAspectRatio="none"
      clipPath={`url(#${INPUT_CLIP_ID})`}
    />
  );
}

interface InputMapProps {
  readonly feature: FeatureName;
  readonly dataset: DatasetName;
  readonly r: number;
}

interface UnusedInputsProps {
  readonly layout: GraphLayout;
  readonly column: readonly FeatureName[];
  readonly dataset: DatasetName;
  readonly onToggle: (feature: FeatureName) => void;
}

/** Features the network does not use, greyed in their places; a click adds one as an input. */
export function UnusedInputs({ layout, column, dataset, onToggle }: UnusedInputsProps) {
  const r = layout.radius;
  return (
    <g className="unused-inputs">
      <defs>
        <clipPath id={INPUT_CLIP_ID} clipPathUnits="objectBoundingBox">
          <circle cx={0.5} cy={0.5} r={0.5} />
        </clipPath>
      </defs>
      {layout.unusedInputs.map((input) => {
        const feature = column[input.slot]!;
        return (
          <g
            key={input.id}
            className="neuron input unused"
            data-feature={feature}
            data-used="false"
            transform={`translate(${input.x},${input.y})`}
            onClick={() => onToggle(feature)}
          >
            <title>{`${FEATURE_LABELS[feature]}: not used. Click to add it as an input.`}</title>
            <InputMap feature={feature} dataset={dataset} r={r} />
            <circle r={r} />
            <text dy="0.35em" className={FEATURE_LABELS[feature].length > 3 ? 'long-label' : ''}>
              {FEATURE_LABELS[feature]}
            </text>
          </g>
        );
      })}
    </g>
  );
}
