import { LIMITS } from './limits.ts';
import { gaussian, type NumpyRandom } from './random.ts';
import { shuffleIndices } from './shuffle.ts';
import type { Dataset } from './types.ts';

/** The tutorial's XOR truth table: [[0,0],[0,1],[1,0],[1,1]] → [0,1,1,0]. */
export function xorDataset(): Dataset {
  return {
    inputs: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
    targets: Float64Array.from([0, 1, 1, 0]),
    count: 4,
    inputSize: 2,
    outputSize: 1,
  };
}

/**
 * The point sets: 'xor' is the tutorial's four corners of [0, 1]²; the others are TF
 * Playground's sets on [−6, 6]² (classification: xor-quadrants, circle, gaussians, spiral;
 * regression: plane, multi-gaussian) and two with three classes (spiral-3, blobs-3).
 */
export type DatasetName =
  | 'xor'
  | 'xor-quadrants'
  | 'circle'
  | 'gaussians'
  | 'spiral'
  | 'spiral-3'
  | 'blobs-3'
  | 'plane'
  | 'multi-gaussian';

/** Every dataset, in menu order. */
export const DATASETS: readonly DatasetName[] = [
  'xor',
  'xor-quadrants',
  'circle',
  'gaussians',
  'spiral',
  'spiral-3',
  'blobs-3',
  'plane',
  'multi-gaussian',
];

/** Points Playground generates per set (it uses 1200 for regression; 500 serves as well). */
export const DEFAULT_POINT_COUNT = 500;

/** Raw 2-D points (before features): point i is (x[i], y[i]) with target label[i]. */
export interface PointSet {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The class (0, 1, … classCount − 1) for classification, a value in [−1, 1] for regression. */
  readonly label: Float64Array;
  readonly count: number;
}

/** True for the sets whose targets are real values in [−1, 1] rather than classes 0/1. */
export function isRegression(name: DatasetName): boolean {
  return name === 'plane' || name === 'multi-gaussian';
}

/**
 * Classes a set's labels name: 3 for spiral-3 and blobs-3, 2 for the other classification sets,
 * 0 for regression (its labels are values).
 */
export function classCount(name: DatasetName): number {
  if (isRegression(name)) return 0;
  return name === 'spiral-3' || name === 'blobs-3' ? 3 : 2;
}

/** Half-width of the plotted square [−6, 6]². */
const HALF_WIDTH = 6;

function uniform(rng: NumpyRandom, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.rand();
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Fills every point of `set` (its count is fixed), drawing from `rng`. */
type PointWriter = (set: PointSet, rng: NumpyRandom, noise: number) => void;

function emptySet(count: number): PointSet {
  return {
    x: new Float64Array(count),
    y: new Float64Array(count),
    label: new Float64Array(count),
    count,
  };
}

/** Radius of the whole circle set; class 1 lies within half of it. */
const CIRCLE_RADIUS = 5;

/** Inner disc r < 2.5 → 1, ring 3.5 < r < 5 → 0; labels read off the noise-shifted point. */
const circle: PointWriter = (set, rng, noise) => {
  const inner = Math.ceil(set.count / 2);
  for (let i = 0; i < set.count; i++) {
    const r =
      i < inner
        ? uniform(rng, 0, CIRCLE_RADIUS * 0.5)
        : uniform(rng, CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS);
    const angle = uniform(rng, 0, 2 * Math.PI);
    const x = r * Math.sin(angle);
    const y = r * Math.cos(angle);
    const nx = uniform(rng, -CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
    const ny = uniform(rng, -CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
    set.x[i] = x;
    set.y[i] = y;
    set.label[i] = Math.hypot(x + nx, y + ny) < CIRCLE_RADIUS * 0.5 ? 1 : 0;
  }
};

/** Gap kept clear around the axes so the quadrants separate at zero noise. */
const QUADRANT_PADDING = 0.3;

/** Uniform in [−5, 5]² pushed 0.3 off the axes; label 1 where x·y ≥ 0 (after noise). */
const xorQuadrants: PointWriter = (set, rng, noise) => {
  for (let i = 0; i < set.count; i++) {
    let x = uniform(rng, -5, 5);
    x += x > 0 ? QUADRANT_PADDING : -QUADRANT_PADDING;
    let y = uniform(rng, -5, 5);
    y += y > 0 ? QUADRANT_PADDING : -QUADRANT_PADDING;
    const nx = uniform(rng, -5, 5) * noise;
    const ny = uniform(rng, -5, 5) * noise;
    set.x[i] = x;
    set.y[i] = y;
    set.label[i] = (x + nx) * (y + ny) >= 0 ? 1 : 0;
  }
};

/**
 * Blobs N((2, 2), σ²) → 1 and N((−2, −2), σ²) → 0 with σ² = 0.5 + 7·noise (Playground's
 * 0.5…4). Draws outside [−6, 6]² are redrawn so every point is on the plot.
 */
const gaussians: PointWriter = (set, rng, noise) => {
  const sd = Math.sqrt(0.5 + 7 * noise);
  const first = Math.ceil(set.count / 2);
  for (let i = 0; i < set.count; i++) {
    const c = i < first ? 2 : -2;
    let x: number;
    let y: number;
    do {
      x = c + sd * gaussian(rng);
      y = c + sd * gaussian(rng);
    } while (Math.abs(x) > HALF_WIDTH || Math.abs(y) > HALF_WIDTH);
    set.x[i] = x;
    set.y[i] = y;
    set.label[i] = i < first ? 1 : 0;
  }
};

/** Two arms r = 5·i/n, θ = 3.5π·i/n (+π for class 0), each coordinate jittered by U(±noise). */
const spiral: PointWriter = (set, rng, noise) => {
  const first = Math.ceil(set.count / 2);
  for (let i = 0; i < set.count; i++) {
    const arm = i < first ? 0 : 1;
    const n = arm === 0 ? first : set.count - first;
    const k = arm === 0 ? i : i - first;
    const r = (k / n) * 5;
    const t = ((1.75 * k) / n) * 2 * Math.PI + arm * Math.PI;
    set.x[i] = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
    set.y[i] = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
    set.label[i] = 1 - arm;
  }
};

/**
 * Three arms r = 5·k/m, θ = 2.5π·k/m + 2π·c/3 for class c (point i is arm c = i mod 3, k = ⌊i/3⌋
 * of m = ⌈count/3⌉ steps), each coordinate jittered by U(±noise): a shorter twist than the
 * two-arm spiral, so the arms stay apart near the centre.
 */
const spiral3: PointWriter = (set, rng, noise) => {
  const steps = Math.ceil(set.count / 3);
  for (let i = 0; i < set.count; i++) {
    const arm = i % 3;
    const k = Math.floor(i / 3);
    const r = (k / steps) * 5;
    const t = ((1.25 * k) / steps) * 2 * Math.PI + (arm * 2 * Math.PI) / 3;
    set.x[i] = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
    set.y[i] = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
    set.label[i] = arm;
  }
};

/** Distance of blobs-3's centres from the origin, 120° apart. */
const BLOB_RADIUS = 3;

/**
 * Three blobs N(centre_c, σ²), σ² = 0.5 + 7·noise as in 'gaussians', centred 3 from the origin
 * at 90°, 210° and 330°; point i belongs to class i mod 3. Draws off the plot are redrawn.
 */
const blobs3: PointWriter = (set, rng, noise) => {
  const sd = Math.sqrt(0.5 + 7 * noise);
  for (let i = 0; i < set.count; i++) {
    const c = i % 3;
    const angle = Math.PI / 2 + (c * 2 * Math.PI) / 3;
    let x: number;
    let y: number;
    do {
      x = BLOB_RADIUS * Math.cos(angle) + sd * gaussian(rng);
      y = BLOB_RADIUS * Math.sin(angle) + sd * gaussian(rng);
    } while (Math.abs(x) > HALF_WIDTH || Math.abs(y) > HALF_WIDTH);
    set.x[i] = x;
    set.y[i] = y;
    set.label[i] = c;
  }
};

/** Uniform points on the square; label = f(point + U(±6)·noise per coordinate). */
function uniformRegression(f: (x: number, y: number) => number): PointWriter {
  return (set, rng, noise) => {
    for (let i = 0; i < set.count; i++) {
      const x = uniform(rng, -HALF_WIDTH, HALF_WIDTH);
      const y = uniform(rng, -HALF_WIDTH, HALF_WIDTH);
      const nx = uniform(rng, -HALF_WIDTH, HALF_WIDTH) * noise;
      const ny = uniform(rng, -HALF_WIDTH, HALF_WIDTH) * noise;
      set.x[i] = x;
      set.y[i] = y;
      set.label[i] = f(x + nx, y + ny);
    }
  };
}

/**
 * (x + y)/12: exactly linear on the noise-free square, which it maps onto [−1, 1]
 * (Playground divides by 10 and overshoots to ±1.2 in the corners); clamped under noise.
 */
const plane = uniformRegression((x, y) => clamp((x + y) / 12, -1, 1));

/** Playground's six bumps (cx, cy, sign): ± a cone of height 1 and radius 2 at each centre. */
const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

/** The label of the strongest bump: sign · max(0, 1 − distance/2), in [−1, 1]. */
const multiGaussian = uniformRegression((x, y) => {
  let label = 0;
  for (const [cx, cy, sign] of BUMPS) {
    const v = sign * clamp(1 - Math.hypot(x - cx, y - cy) / 2, 0, 1);
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
});

const WRITERS: Record<Exclude<DatasetName, 'xor'>, PointWriter> = {
  'xor-quadrants': xorQuadrants,
  circle,
  gaussians,
  spiral,
  'spiral-3': spiral3,
  'blobs-3': blobs3,
  plane,
  'multi-gaussian': multiGaussian,
};

/**
 * `count` points of the named set, drawn from `rng` (same seed, same points). 'xor' is the
 * tutorial's four points of [0, 1]² and ignores count, noise and rng.
 *
 * @param noise 0–0.5: flips labels near the boundary (circle, xor-quadrants, regression),
 *   widens the blobs (gaussians) or jitters the points (spiral).
 * @throws RangeError for count outside 1…LIMITS.points.max or noise outside LIMITS.noise.
 */
export function generatePoints(
  name: DatasetName,
  count: number,
  noise: number,
  rng: NumpyRandom,
): PointSet {
  if (name === 'xor') {
    return {
      x: Float64Array.from([0, 0, 1, 1]),
      y: Float64Array.from([0, 1, 0, 1]),
      label: Float64Array.from([0, 1, 1, 0]),
      count: 4,
    };
  }
  if (!Number.isInteger(count) || count < 1 || count > LIMITS.points.max) {
    throw new RangeError(`count must be an integer in 1…${LIMITS.points.max}, got ${count}`);
  }
  if (!(noise >= LIMITS.noise.min && noise <= LIMITS.noise.max)) {
    throw new RangeError(`noise must be in ${LIMITS.noise.min}…${LIMITS.noise.max}, got ${noise}`);
  }
  const set = emptySet(count);
  WRITERS[name](set, rng, noise);
  return set;
}

/** Sets smaller than this (the tutorial's 4 points) are not split: train = test = all. */
export const MIN_SPLIT_COUNT = 10;

function pick(points: PointSet, order: Int32Array, from: number, to: number): PointSet {
  const set = emptySet(to - from);
  for (let k = from; k < to; k++) {
    const s = order[k]!;
    set.x[k - from] = points.x[s]!;
    set.y[k - from] = points.y[s]!;
    set.label[k - from] = points.label[s]!;
  }
  return set;
}

/**
 * Shuffles the points (Fisher–Yates with `rng`) and cuts them: the first
 * round(count · trainFraction) go to train, the rest to test. Deterministic per rng state.
 * A set of fewer than MIN_SPLIT_COUNT points is returned whole as both, and draws nothing.
 *
 * @throws RangeError for trainFraction outside LIMITS.trainFraction.
 */
export function splitTrainTest(
  points: PointSet,
  trainFraction: number,
  rng: NumpyRandom,
): { train: PointSet; test: PointSet } {
  const { min, max } = LIMITS.trainFraction;
  if (!(trainFraction >= min && trainFraction <= max)) {
    throw new RangeError(`trainFraction must be in ${min}…${max}, got ${trainFraction}`);
  }
  const n = points.count;
  if (n < MIN_SPLIT_COUNT) return { train: points, test: points };
  const order = new Int32Array(n);
  shuffleIndices(order, n, rng);
  const cut = Math.round(n * trainFraction);
  return { train: pick(points, order, 0, cut), test: pick(points, order, cut, n) };
}
