import { describe, expect, it } from 'vitest';
import { generatePoints } from './datasets.ts';
import { toDataset } from './features.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { shuffleIndices } from './shuffle.ts';
import { trainEpoch } from './train.ts';
import type { Dataset } from './types.ts';

const spec = {
  layerSizes: [2, 4, 1],
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'bce',
} as const;

function fresh(): Network {
  return Network.create(spec, new NumpyRandom(11), 'glorot');
}

const data: Dataset = toDataset(generatePoints('circle', 23, 0.1, new NumpyRandom(3)), [
  'x1',
  'x2',
]);

/** The reference loop: batches of `batch` samples in `order`, 'mean' reduction. */
function manualEpoch(net: Network, order: ArrayLike<number>, batch: number, eta: number): void {
  for (let start = 0; start < data.count; start += batch) {
    const end = Math.min(start + batch, data.count);
    net.zeroGrads();
    for (let k = start; k < end; k++) {
      const s = order[k]!;
      net.forward(data.inputs, 2 * s);
      net.backward(data.targets, s);
    }
    const step = eta / (end - start);
    net.params.forEach((p, i) => (net.params[i] = p - step * net.grads[i]!));
  }
}

describe('shuffleIndices', () => {
  it('writes a permutation of 0..n−1 that depends only on the generator state', () => {
    const a = new Int32Array(12).fill(99);
    const b = Int32Array.from({ length: 12 }, (_, i) => 11 - i);
    shuffleIndices(a, 10, new NumpyRandom(4));
    shuffleIndices(b, 10, new NumpyRandom(4));
    expect(Array.from(a.subarray(0, 10))).toEqual(Array.from(b.subarray(0, 10)));
    expect(Array.from(a.subarray(0, 10)).sort((x, y) => x - y)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(Array.from(a.subarray(0, 10))).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(a[10]).toBe(99); // beyond count: untouched
  });

  it('draws j = ⌊u·(i+1)⌋ for i = n−1 … 1 (so 2 items swap iff u < 0.5)', () => {
    for (const seed of [0, 1]) {
      const u = new NumpyRandom(seed).rand(); // seed 0: 0.5488…, seed 1: 0.4170…
      const order = new Int32Array(2);
      shuffleIndices(order, 2, new NumpyRandom(seed));
      expect(Array.from(order)).toEqual(u < 0.5 ? [1, 0] : [0, 1]);
    }
    const swapped = new Int32Array(2);
    shuffleIndices(swapped, 2, new NumpyRandom(1));
    expect(Array.from(swapped)).toEqual([1, 0]);
  });
});

describe('trainEpoch with shuffle', () => {
  it('without shuffle matches the in-order reference loop bit for bit', () => {
    const net = fresh();
    const reference = fresh();
    const identity = Array.from({ length: data.count }, (_, i) => i);
    for (let e = 0; e < 3; e++) {
      trainEpoch(net, data, { learningRate: 0.1, batchSize: 5, reduction: 'mean' });
      manualEpoch(reference, identity, 5, 0.1);
    }
    expect(Array.from(net.params)).toEqual(Array.from(reference.params));
  });

  it('visits the samples in a fresh Fisher–Yates order per epoch, drawn from the rng', () => {
    const net = fresh();
    const reference = fresh();
    const rng = new NumpyRandom(7);
    const orderRng = new NumpyRandom(7);
    const order = new Int32Array(data.count);
    for (let e = 0; e < 3; e++) {
      trainEpoch(net, data, { learningRate: 0.1, batchSize: 5, reduction: 'mean', shuffle: rng });
      shuffleIndices(order, data.count, orderRng);
      manualEpoch(reference, order, 5, 0.1);
    }
    expect(Array.from(net.params)).toEqual(Array.from(reference.params));
    // Shuffling changes the path: not the in-order result.
    const inOrder = fresh();
    for (let e = 0; e < 3; e++) {
      trainEpoch(inOrder, data, { learningRate: 0.1, batchSize: 5, reduction: 'mean' });
    }
    expect(Array.from(net.params)).not.toEqual(Array.from(inOrder.params));
  });

  it('is deterministic: the same seed gives identical parameters and losses', () => {
    const run = (seed: number) => {
      const net = fresh();
      const rng = new NumpyRandom(seed);
      const losses = Array.from({ length: 4 }, () =>
        trainEpoch(net, data, { learningRate: 0.2, batchSize: 4, shuffle: rng }),
      );
      return { params: Array.from(net.params), losses };
    };
    expect(run(1)).toEqual(run(1));
    expect(run(2).params).not.toEqual(run(1).params);
  });

  it('full batch is order-free: shuffling changes nothing but the summation order', () => {
    const a = fresh();
    const b = fresh();
    trainEpoch(a, data, { learningRate: 0.1 });
    trainEpoch(b, data, { learningRate: 0.1, shuffle: new NumpyRandom(0) });
    b.params.forEach((p, k) => expect(p).toBeCloseTo(a.params[k]!, 13));
  });
});
