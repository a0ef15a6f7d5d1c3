import { createRequire } from 'node:module';
import { sampleInputs } from '../workloads.ts';
import type { Peer } from './peer.ts';

interface Vol {
  w: Float64Array;
}
interface LayerShape {
  in_sx: number;
  in_sy: number;
  in_depth: number;
}
interface ConvNet {
  Vol: new (values: number[]) => Vol;
  Net: new () => { layers: unknown[]; forward(v: Vol, training?: boolean): Vol };
  Trainer: new (net: unknown, options: object) => { train(x: Vol, y: number[]): void };
  InputLayer: new (options: object) => unknown;
  FullyConnLayer: new (options: LayerShape & { num_neurons: number }) => unknown;
  SigmoidLayer: new (options: LayerShape) => unknown;
  TanhLayer: new (options: LayerShape) => unknown;
  RegressionLayer: new (options: LayerShape) => unknown;
}

const convnetjs = createRequire(import.meta.url)('convnetjs') as ConvNet;

/**
 * convnetjs 0.3.0: fc + activation layers assembled by hand, because its `regression` layer
 * definition always inserts a linear fc layer in front (we want the activation on the output).
 */
export const convnetPeer: Peer = {
  name: 'convnetjs 0.3.0',
  caveat: 'batch mean (η × batch for W1’s sum), momentum 0',
  create(w) {
    const shape = (depth: number): LayerShape => ({ in_sx: 1, in_sy: 1, in_depth: depth });
    const Activation = w.activation === 'tanh' ? convnetjs.TanhLayer : convnetjs.SigmoidLayer;
    const net = new convnetjs.Net();
    net.layers = [new convnetjs.InputLayer({ out_sx: 1, out_sy: 1, out_depth: w.layerSizes[0] })];
    for (let l = 1; l < w.layerSizes.length; l++) {
      const n = w.layerSizes[l]!;
      net.layers.push(
        new convnetjs.FullyConnLayer({ ...shape(w.layerSizes[l - 1]!), num_neurons: n }),
        new Activation(shape(n)),
      );
    }
    net.layers.push(new convnetjs.RegressionLayer(shape(1)));
    // convnetjs divides the summed batch gradient by the batch size.
    const rate = w.reduction === 'sum' ? w.learningRate * w.batchSize : w.learningRate;
    const trainer = new convnetjs.Trainer(net, {
      method: 'sgd',
      learning_rate: rate,
      batch_size: w.batchSize,
      momentum: 0,
      l2_decay: 0,
    });
    const inputs = Array.from(
      { length: w.data.count },
      (_, s) => new convnetjs.Vol(sampleInputs(w, s)),
    );
    const targets = Array.from(w.data.targets, (t) => [t]);
    return {
      epoch() {
        for (let s = 0; s < inputs.length; s++) trainer.train(inputs[s]!, targets[s]!);
      },
      predict: () => Float64Array.from(inputs, (x) => net.forward(x).w[0]!),
    };
  },
};
