import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Peer } from './peer.ts';

/**
 * The part of tfjs-core's API used here, typed by hand like the other peers: tfjs-core lives in
 * bench/node_modules (installed on first `npm run bench`), and the root type check and lint run
 * without it.
 */
interface Tensor {
  dataSync(): Float32Array | Int32Array | Uint8Array;
  dispose(): void;
}
interface Tf {
  setBackend(name: 'cpu'): Promise<boolean>;
  tanh(x: Tensor): Tensor;
  sigmoid(x: Tensor): Tensor;
  add(a: Tensor, b: Tensor): Tensor;
  sub(a: Tensor, b: Tensor): Tensor;
  mul(a: Tensor | number, b: Tensor): Tensor;
  matMul(a: Tensor, b: Tensor): Tensor;
  sum(x: Tensor): Tensor;
  mean(x: Tensor): Tensor;
  variable(initial: Tensor): Tensor;
  randomUniform(shape: number[], min: number, max: number, dtype: 'float32', seed: number): Tensor;
  zeros(shape: number[]): Tensor;
  tensor2d(values: Float32Array, shape: [number, number]): Tensor;
  tidy<T extends Tensor>(fn: () => T): T;
  train: { sgd(learningRate: number): { minimize(loss: () => Tensor): unknown } };
}

/** bench/, where bench/package.json installs the peers. */
const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * tfjs-core ships its gradient definitions only as ES modules that its npm bundles leave out
 * (the union package @tensorflow/tfjs imports them for you). So we bundle core, the gradients
 * and the CPU backend into one CommonJS file with esbuild (already installed for tsx/vite).
 */
function loadTf(): Tf {
  const file = join(tmpdir(), 'backprop-studio-bench-tfjs.cjs');
  buildSync({
    stdin: {
      contents:
        "export * from '@tensorflow/tfjs-core';\n" +
        "import '@tensorflow/tfjs-core/dist/register_all_gradients';\n" +
        "import '@tensorflow/tfjs-backend-cpu';\n",
      resolveDir: BENCH_DIR,
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    mainFields: ['module', 'main'],
    outfile: file,
    logLevel: 'error',
  });
  return createRequire(import.meta.url)(file) as Tf;
}

let tfPromise: Promise<Tf> | undefined;
async function getTf(): Promise<Tf> {
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
    const act = (x: Tensor): Tensor => (w.activation === 'tanh' ? tf.tanh(x) : tf.sigmoid(x));
    const weights: Tensor[] = [];
    const biases: Tensor[] = [];
    for (let l = 1; l < w.layerSizes.length; l++) {
      const nIn = w.layerSizes[l - 1]!;
      const nOut = w.layerSizes[l]!;
      const a = Math.sqrt(6 / (nIn + nOut));
      weights.push(tf.variable(tf.randomUniform([nIn, nOut], -a, a, 'float32', l)));
      biases.push(tf.variable(tf.zeros([nOut])));
    }
    const forward = (x: Tensor): Tensor =>
      weights.reduce<Tensor>((h, W, l) => act(tf.add(tf.matMul(h, W), biases[l]!)), x);
    const { inputs, targets, count, inputSize } = w.data;
    const batches: { x: Tensor; y: Tensor }[] = [];
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
            return tf.mul(0.5, reduce(tf.mul(d, d)));
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
