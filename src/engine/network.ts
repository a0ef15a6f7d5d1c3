import { ACTIVATIONS } from './activations.ts';
import { BatchKernels } from './fast-kernels.ts';
import { LOSSES } from './losses.ts';
import { paramCount, paramLayout, type ParamLayout } from './param-layout.ts';
import { uniformSymmetric, type NumpyRandom } from './random.ts';
import type { NetworkSpec } from './types.ts';

export { paramCount };

/**
 * How fresh parameters are drawn: 'tutorial' = all U[0, 1); 'glorot' = W ~ U(±√(6/(fanIn+fanOut))),
 * b = 0; 'zero' = every weight and bias 0 (Playground's initZero: nothing breaks the symmetry).
 */
export type InitName = 'tutorial' | 'glorot' | 'zero';

function validateSpec(spec: NetworkSpec): void {
  const sizes = spec.layerSizes;
  if (sizes.length < 2) throw new RangeError('a network needs an input and an output layer');
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`layer sizes must be ≥ 1, got ${n}`);
  }
  if (!(spec.hiddenActivation in ACTIVATIONS)) throw new RangeError('unknown hidden activation');
  if (!(spec.outputActivation in ACTIVATIONS) && spec.outputActivation !== 'softmax') {
    throw new RangeError('unknown output activation');
  }
  if (!(spec.loss in LOSSES)) throw new RangeError(`unknown loss ${spec.loss}`);
}

/**
 * A fully connected feed-forward network over one flat parameter vector.
 *
 * Layer l = 1..L computes a_l = f_l(a_{l−1} · W_l + b_l), with W_l an (n_{l−1} × n_l)
 * row-major matrix: W_l[i, j] links neuron i of layer l−1 to neuron j of layer l.
 * `params` holds W1, b1, W2, b2, … contiguously, the order the tutorial draws them
 * (param-layout.ts). The math is that of textbook.ts, run by the batched loops of
 * fast-kernels.ts; all working buffers are allocated once here, and the passes allocate nothing.
 */
export class Network {
  /** Shape and math of the net (a private copy). */
  readonly spec: NetworkSpec;
  /** Where each weight and bias sits in `params` and `grads`. */
  readonly layout: ParamLayout;
  /** Every weight and bias: W1, b1, W2, b2, … (see layout, weightOffset/biasOffset). */
  readonly params: Float64Array;
  /** dE/dparam summed over the samples backpropagated since the last zeroGrads(). */
  readonly grads: Float64Array;
  /** L, the number of weight layers (layerSizes.length − 1). */
  readonly layerCount: number;

  /** n_0, …, n_L. */
  private readonly sizes: Int32Array;
  private readonly kernels: BatchKernels;
  /** Per-layer views of the one-sample activations, for activation(l). */
  private readonly actViews: Float64Array[];

  private constructor(spec: NetworkSpec, params: Float64Array) {
    validateSpec(spec);
    this.spec = Object.freeze({ ...spec, layerSizes: Object.freeze([...spec.layerSizes]) });
    this.layout = paramLayout(spec.layerSizes);
    this.layerCount = this.layout.layerCount;
    this.sizes = Int32Array.from(spec.layerSizes);
    if (params.length !== this.layout.count) {
      throw new RangeError(`expected ${this.layout.count} parameters, got ${params.length}`);
    }
    this.params = params;
    this.grads = new Float64Array(this.layout.count);
    this.kernels = new BatchKernels(this.spec, this.layout, this.params, this.grads);
    this.actViews = this.spec.layerSizes.map((_, l) => this.kernels.activationView(l));
  }

  /** A new net with parameters drawn from `rng` in storage order (W1, b1, W2, b2, …). */
  static create(spec: NetworkSpec, rng: NumpyRandom, init: InitName): Network {
    const net = new Network(spec, new Float64Array(paramCount(spec.layerSizes)));
    const p = net.params;
    for (let l = 1; l <= net.layerCount; l++) {
      const nIn = net.layerSize(l - 1);
      const nOut = net.layerSize(l);
      const w = net.weightOffset(l);
      const b = net.biasOffset(l);
      const a = Math.sqrt(6 / (nIn + nOut));
      for (let k = w; k < b; k++) {
        const drawn = init === 'tutorial' ? rng.rand() : uniformSymmetric(rng, a);
        p[k] = init === 'zero' ? 0 : drawn;
      }
      for (let k = b; k < b + nOut; k++) {
        // Drawn in every init, so that all of them consume the stream identically.
        const u = rng.rand();
        p[k] = init === 'tutorial' ? u : 0;
      }
    }
    return net;
  }

  /** A net with a copy of the given parameters (layout as `params`). */
  static fromParams(spec: NetworkSpec, params: Float64Array): Network {
    return new Network(spec, Float64Array.from(params));
  }

  /** An independent copy (parameters copied, gradients and buffers fresh). */
  clone(): Network {
    return Network.fromParams(this.spec, this.params);
  }

  /** Start of W_l in `params`, l = 1..L. */
  weightOffset(l: number): number {
    return this.layout.weightOffset(l);
  }

  /** Start of b_l in `params`, l = 1..L. */
  biasOffset(l: number): number {
    return this.layout.biasOffset(l);
  }

  /** Neurons in layer l = 0..L. */
  layerSize(l: number): number {
    const n = this.sizes[l];
    if (n === undefined) throw new RangeError(`no layer ${l}`);
    return n;
  }

  /** The reused activation buffer a_l of layer l = 0..L (overwritten by every forward pass). */
  activation(l: number): Float64Array {
    const a = this.actViews[l];
    if (a === undefined) throw new RangeError(`no layer ${l}`);
    return a;
  }

  /** Sets every dE/dparam to 0 before accumulating a new batch. */
  zeroGrads(): void {
    this.grads.fill(0);
  }

  /**
   * Forward pass of the sample inputs[offset .. offset + n_0).
   * Returns a_L, the network's reused output buffer: copy it before the next pass if kept.
   */
  forward(inputs: Float64Array, offset: number): Float64Array {
    this.kernels.loadSample(inputs, offset);
    this.kernels.forward(1);
    return this.actViews[this.layerCount]!;
  }

  /**
   * Backpropagates the last forward pass against targets[offset ..]:
   * δ_L = dE/da_L · f'(z_L), δ_{l−1} = (W_l δ_l) · f'(z_{l−1});
   * adds dE/dW_l = a_{l−1} δ_lᵀ and dE/db_l = δ_l to `grads` (accumulates, never zeroes).
   */
  backward(targets: Float64Array, offset: number): void {
    this.kernels.sampleOutputDeltas(targets, offset);
    this.kernels.backward(1);
  }

  /**
   * One batch of training without the update: zeroes `grads`, then for the samples
   * s = order[k] (or k if order is null), k = start … end − 1: forward, loss, backward.
   * Returns lossSum + Σ E(y, t) added sample by sample, output by output (the order
   * np.mean sums in), so callers can chain batches into an epoch total.
   *
   * Like the tutorial's NumPy code, each layer works on many samples at once (up to
   * 32, fast-kernels.ts, in sample-contiguous rows), so the loop overhead of narrow layers is paid
   * once per layer instead of once per sample. Every sum still runs in the order of the
   * one-sample loops of textbook.ts (train-batch.test.ts holds it to them bit for bit).
   * If `outputs` is given, each sample's a_L lands there at the sample's own index: the
   * outputs forward() would give at these weights.
   */
  trainBatch(
    inputs: Float64Array,
    targets: Float64Array,
    order: Int32Array | null,
    start: number,
    end: number,
    lossSum: number,
    outputs: Float64Array | null = null,
  ): number {
    // A plain loop: for the few parameters of small nets, fill()'s builtin call costs more.
    const g = this.grads;
    for (let k = 0; k < g.length; k++) g[k] = 0;
    return this.kernels.run(inputs, targets, order, start, end, lossSum, outputs);
  }
}
