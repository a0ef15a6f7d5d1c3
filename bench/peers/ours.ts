import { Network } from '../../src/engine/network.ts';
import { NumpyRandom } from '../../src/engine/random.ts';
import { predictAll, trainEpoch } from '../../src/engine/train.ts';
import type { Peer } from './peer.ts';

/** Our engine, through the same trainEpoch the worker calls. */
export const ours: Peer = {
  name: 'ours',
  caveat: 'exact: batch update, ½(y−t)²',
  create(w) {
    const net = Network.create(
      {
        layerSizes: w.layerSizes,
        hiddenActivation: w.activation,
        outputActivation: w.activation,
        loss: 'mse',
      },
      new NumpyRandom(w.id === 'W1' ? 0 : 1),
      w.id === 'W1' ? 'tutorial' : 'glorot',
    );
    const options = {
      learningRate: w.learningRate,
      batchSize: w.batchSize,
      reduction: w.reduction,
    } as const;
    const out = new Float64Array(w.data.count);
    return {
      epoch: () => void trainEpoch(net, w.data, options),
      predict: () => {
        predictAll(net, w.data, out);
        return out;
      },
    };
  },
};
