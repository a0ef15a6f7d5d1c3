/**
 * The graph's input column as Playground draws it: every feature in a fixed place, each with its
 * own map over the plane; those the network does not use greyed. A click turns one on or off,
 * through the same live change as the Data panel's checkboxes (the other weights stay).
 */
import { featureHeatmaps } from '@/engine/heatmap';
import { FEATURES, type DatasetName, type FeatureName } from '@/state/options';
import { paintValues } from '@/shared/heatmap-colours';
import { domainOf } from '@/training/session-data';

/**
 * The features in the input column's places, top to bottom: all of them, except on the
 * tutorial's XOR, whose column is its own inputs alone (its lesson is the 2-3-1 network).
 */
export function inputColumn(dataset: DatasetName, used: readonly FeatureName[]): FeatureName[] {
  return dataset === 'xor' ? [...used] : [...FEATURES];
}

/** The features with `feature` turned on or off, in the table's order; null if none would be left. */
export function toggledFeatures(
  used: readonly FeatureName[],
  feature: FeatureName,
): FeatureName[] | null {
  const next = used.includes(feature) ? used.filter((f) => f !== feature) : [...used, feature];
  return next.length > 0 ? FEATURES.filter((f) => next.includes(f)) : null;
}

/** Pixels per side of a feature's map: it never changes, so it can be sharper than a neuron's. */
const RESOLUTION = 32;
const mapUrls = new Map<string, string | null>();

/**
 * A picture of the feature over the dataset's plane (as a data URL), scaled by its largest
 * absolute value so each shows its own shape: −max orange, 0 neutral, +max blue. Null where
 * there is no canvas to paint it with (tests without one).
 */
export function featureMapUrl(feature: FeatureName, dataset: DatasetName): string | null {
  const domain = domainOf({ dataset });
  const key = `${feature}@${domain.join()}`;
  if (mapUrls.has(key)) return mapUrls.get(key)!;
  const url = paintFeature(feature, domain);
  mapUrls.set(key, url);
  return url;
}

function paintFeature(feature: FeatureName, domain: readonly [number, number]): string | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return null;
  canvas.width = RESOLUTION;
  canvas.height = RESOLUTION;
  const values = new Float64Array(RESOLUTION ** 2);
  featureHeatmaps({ resolution: RESOLUTION, domain, features: [feature] }, values);
  const largest = values.reduce((max, v) => Math.max(max, Math.abs(v)), 0) || 1;
  const image = context.createImageData(RESOLUTION, RESOLUTION);
  paintValues(values, (v) => v / largest, false, image.data);
  context.putImageData(image, 0, 0);
  return canvas.toDataURL();
}
