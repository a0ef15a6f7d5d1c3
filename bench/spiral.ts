import { NumpyRandom } from '../src/engine/random.ts';
import type { Dataset } from '../src/engine/types.ts';

/**
 * TensorFlow Playground's two-arm spiral (dataset.ts `classifySpiralData`), seeded:
 * n/2 points per arm, r = 5i/(n/2), t = 1.75 · 2π · i/(n/2) + Δt, Δt = 0 (label +1) or π (−1),
 * each coordinate jittered by U(−1, 1) · noise. Shuffled once, as Playground does.
 * Stand-in until the engine's own dataset module exports a spiral.
 */
export function playgroundSpiral(count: number, noise: number, seed: number): Dataset {
  const rng = new NumpyRandom(seed);
  const half = Math.floor(count / 2);
  const points: [number, number, number][] = [];
  for (const [deltaT, label] of [
    [0, 1],
    [Math.PI, -1],
  ] as const) {
    for (let i = 0; i < half; i++) {
      const r = (i / half) * 5;
      const t = ((1.75 * i) / half) * 2 * Math.PI + deltaT;
      const x = r * Math.sin(t) + (rng.rand() * 2 - 1) * noise;
      const y = r * Math.cos(t) + (rng.rand() * 2 - 1) * noise;
      points.push([x, y, label]);
    }
  }
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(rng.rand() * (i + 1));
    [points[i], points[j]] = [points[j]!, points[i]!];
  }
  return {
    inputs: Float64Array.from(points.flatMap(([x, y]) => [x, y])),
    targets: Float64Array.from(points.map(([, , label]) => label)),
    count: points.length,
    inputSize: 2,
    outputSize: 1,
  };
}
