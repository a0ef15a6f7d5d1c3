import { createRequire } from 'node:module';
import { sampleInputs, sumEquivalentRate } from '../workloads.ts';
import type { Peer } from './peer.ts';

interface SynapticLayer {
  set(options: { squash: unknown }): void;
}
interface SynapticNetwork {
  activate(input: number[]): number[];
  propagate(rate: number, target: number[]): void;
  layers: { hidden: SynapticLayer[]; output: SynapticLayer };
}
interface Synaptic {
  Architect: { Perceptron: new (...sizes: number[]) => SynapticNetwork };
  Neuron: { squash: { LOGISTIC: unknown; TANH: unknown } };
}

const synaptic = createRequire(import.meta.url)('synaptic') as Synaptic;

/** synaptic 1.1.4: Architect.Perceptron, optimised by synaptic into generated code. */
export const synapticPeer: Peer = {
  name: 'synaptic 1.1.4',
  caveat: 'online SGD (no batches); output δ = t − y without f′',
  create(w) {
    const net = new synaptic.Architect.Perceptron(...w.layerSizes);
    const squash =
      w.activation === 'tanh' ? synaptic.Neuron.squash.TANH : synaptic.Neuron.squash.LOGISTIC;
    for (const layer of [...net.layers.hidden, net.layers.output]) layer.set({ squash });
    const inputs = Array.from({ length: w.data.count }, (_, s) => sampleInputs(w, s));
    const targets = Array.from(w.data.targets, (t) => [t]);
    const rate = sumEquivalentRate(w);
    return {
      epoch() {
        for (let s = 0; s < inputs.length; s++) {
          net.activate(inputs[s]!);
          net.propagate(rate, targets[s]!);
        }
      },
      predict: () => Float64Array.from(inputs, (x) => net.activate(x)[0]!),
    };
  },
};
