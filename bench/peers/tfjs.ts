import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Tf from '@tensorflow/tfjs-core';
import type { Peer } from './peer.ts';

/**
 * tfjs-core ships its gradient definitions only as ES modules that its npm bundles leave out
 * (the union package @tensorflow/tfjs imports them for you). So we bundle core, the gradients
 * and the CPU backend into one CommonJS file with esbuild (already installed for tsx/vite).
 */
function loadTf(): typeof Tf {
  const file = join(tmpdir(), 'backprop-studio-bench-tfjs.cjs');
  buildSync({
    stdin: {
      contents:
        "export * from '@tensorflow/tfjs-core';\n" +
        "import '@tensorflow/tfjs-core/dist/register_all_gradients';\n" +
        "import '@tensorflow/tfjs-backend-cpu';\n",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    mainFields: ['module', 'main'],
    outfile: file,
    logLevel: 'error',
  });
  return createRequire(import.meta.url)(file) as typeof Tf;
}

let tfPromise: Promise<typeof Tf> | undefined;
async function getTf(): Promise<typeof Tf> {
  tfPromise ??= (async () => {
    const tf = loadTf();
    await tf.setBackend('cpu');
    return tf;
  })();
  return tfPromise;
}

/** tfjs-core 4.22 + CPU backend: one optimizer.minimize per batch on [batch × n] tensors. */
export const tfjsPeer: Peer = {
  name: 'tfjs-core 4.22 (cpu)',
  caveat: 'float32',
  async create(w) {
    const tf = await getTf();
    const act = (x: Tf.Tensor): Tf.Tensor => (w.activation === 'tanh' ? tf.tanh(x) : tf.sigmoid(x));
    const weights: Tf.Variable[] = [];
    const biases: Tf.Variable[] = [];
    for (let l = 1; l < w.layerSizes.length; l++) {
      const nIn = w.layerSizes[l - 1]!;
      const nOut = w.layerSizes[l]!;
      const a = Math.sqrt(6 / (nIn + nOut));
      weights.push(tf.variable(tf.randomUniform([nIn, nOut], -a, a, 'float32', l)));
      biases.push(tf.variable(tf.zeros([nOut])));
    }
    const forward = (x: Tf.Tensor): Tf.Tensor =>
      weights.reduce<Tf.Tensor>((h, W, l) => act(tf.add(tf.matMul(h, W), biases[l]!)), x);
    const { inputs, targets, count, inputSize } = w.data;
    const batches: { x: Tf.Tensor2D; y: Tf.Tensor2D }[] = [];
    for (let start = 0; start < count; start += w.batchSize) {
      const end = Math.min(start + w.batchSize, count);
      batches.push({
        x: tf.tensor2d(Float32Array.from(inputs.subarray(start * inputSize, end * inputSize)), [
          end - start,
          inputSize,
        ]),
        y: tf.tensor2d(Float32Array.from(targets.subarray(start, end)), [end - start, 1]),
      });
    }
    const optimizer = tf.train.sgd(w.learningRate);
    const reduce = w.reduction === 'sum' ? tf.sum : tf.mean;
    const all = tf.tensor2d(Float32Array.from(inputs.subarray(0, count * inputSize)), [
      count,
      inputSize,
    ]);
    return {
      epoch() {
        for (const { x, y } of batches) {
          optimizer.minimize(() => {
            const d = tf.sub(forward(x), y);
            return tf.mul(0.5, reduce(tf.mul(d, d))) as Tf.Scalar;
          });
        }
      },
      predict() {
        const y = tf.tidy(() => forward(all));
        const values = Float64Array.from(y.dataSync());
        y.dispose();
        return values;
      },
    };
  },
};
