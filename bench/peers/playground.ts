import { NumpyRandom } from '../../src/engine/random.ts';
import { sampleInputs } from '../workloads.ts';
import type { Peer } from './peer.ts';
import {
  backProp,
  buildNetwork,
  forwardProp,
  SIGMOID,
  TANH,
  updateWeights,
} from './playground-nn.ts';

/** Our port of Playground's nn.ts, driven like its oneStep(): update every batchSize points. */
export const playgroundPeer: Peer = {
  name: 'TF Playground (port)',
  caveat: 'batch mean (η × batch for W1’s sum)',
  create(w) {
    const rng = new NumpyRandom(1);
    const f = w.activation === 'tanh' ? TANH : SIGMOID;
    const network = buildNetwork(w.layerSizes, f, f, () => rng.rand());
    const rate = w.reduction === 'sum' ? w.learningRate * w.batchSize : w.learningRate;
    const inputs = Array.from({ length: w.data.count }, (_, s) => sampleInputs(w, s));
    const targets = w.data.targets;
    return {
      epoch() {
        for (let i = 0; i < inputs.length; i++) {
          forwardProp(network, inputs[i]!);
          backProp(network, targets[i]!);
          if ((i + 1) % w.batchSize === 0) updateWeights(network, rate);
        }
      },
      predict: () => Float64Array.from(inputs, (x) => forwardProp(network, x)),
    };
  },
};
