import { describe, expect, it } from 'vitest';
import { generatePoints, splitTrainTest } from './datasets.ts';
import { LIMITS } from './limits.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { resizeHidden } from './resize.ts';
import { tutorialSpec } from './tutorial.ts';

describe('LIMITS', () => {
  it('offers Playground’s shape caps: 0–6 hidden layers of 1–8 neurons', () => {
    expect(LIMITS.hiddenLayers).toEqual({ min: 0, max: 6 });
    expect(LIMITS.neurons).toEqual({ min: 1, max: 8 });
  });

  it('are the bounds the engine enforces, inclusive at both ends', () => {
    const net = Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
    const rng = new NumpyRandom(0);
    const widest = Array<number>(LIMITS.hiddenLayers.max).fill(LIMITS.neurons.max);
    expect(resizeHidden(net, widest, rng).layerCount).toBe(7);
    expect(() => resizeHidden(net, [...widest, 1], rng)).toThrow(RangeError);
    expect(() => resizeHidden(net, [LIMITS.neurons.max + 1], rng)).toThrow(RangeError);
    const most = generatePoints('circle', LIMITS.points.max, LIMITS.noise.max, rng);
    expect(most.count).toBe(2000);
    expect(splitTrainTest(most, LIMITS.trainFraction.max, rng).test.count).toBe(200);
    expect(() => generatePoints('circle', LIMITS.points.max + 1, 0, rng)).toThrow(RangeError);
  });
});
