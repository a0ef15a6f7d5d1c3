import { createRequire } from 'node:module';
import { sampleInputs, sumEquivalentRate } from '../workloads.ts';
import type { Peer } from './peer.ts';

interface BrainNetwork {
  sizes: number[];
  trainOpts: { learningRate: number; momentum: number };
  initialize(): void;
  trainPattern(value: { input: number[]; output: number[] }): void;
  run(input: number[]): ArrayLike<number>;
}
interface Brain {
  NeuralNetwork: new (options: object) => BrainNetwork;
}

const brain = createRequire(import.meta.url)('brain.js') as Brain;

/** brain.js 1.6.1 NeuralNetwork, driven through trainPattern (train() adds bookkeeping). */
export const brainPeer: Peer = {
  name: 'brain.js 1.6.1',
  caveat: 'online SGD (no batches), momentum 0',
  create(w) {
    const net = new brain.NeuralNetwork({
      hiddenLayers: w.layerSizes.slice(1, -1),
      activation: w.activation,
    });
    // brain.js's option check rejects a rate of 1 (W1's) and a momentum of 0 as "out of normal
    // training range", so they are set after construction.
    net.trainOpts.learningRate = sumEquivalentRate(w);
    net.trainOpts.momentum = 0;
    net.sizes = [...w.layerSizes];
    net.initialize();
    const samples = Array.from({ length: w.data.count }, (_, s) => ({
      input: sampleInputs(w, s),
      output: [w.data.targets[s]!],
    }));
    return {
      epoch() {
        for (let s = 0; s < samples.length; s++) net.trainPattern(samples[s]!);
      },
      predict: () => Float64Array.from(samples, ({ input }) => net.run(input)[0]!),
    };
  },
};
