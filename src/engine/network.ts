import { ACTIVATIONS, RELU, SIGMOID, TANH, activationCode } from './activations.ts';
import { LOSSES, type Loss } from './losses.ts';
import { uniformSymmetric, type NumpyRandom } from './random.ts';
import type { NetworkSpec } from './types.ts';

/**
 * Samples a training pass pushes through the layers together: enough to spread each narrow
 * layer's loop overhead, few enough that the rows stay in the L1 cache.
 */
const BATCH_CHUNK = 32;

/** How fresh parameters are drawn: 'tutorial' = all U[0, 1); 'glorot' = W ~ U(±√(6/(fanIn+fanOut))), b = 0. */
export type InitName = 'tutorial' | 'glorot';

/** Number of parameters of a fully connected net: Σ_l (n_{l−1} + 1) · n_l. */
export function paramCount(layerSizes: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < layerSizes.length; l++) {
    total += ((layerSizes[l - 1] ?? 0) + 1) * (layerSizes[l] ?? 0);
  }
  return total;
}

function validateSpec(spec: NetworkSpec): void {
  const sizes = spec.layerSizes;
  if (sizes.length < 2) throw new RangeError('a network needs an input and an output layer');
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`layer sizes must be ≥ 1, got ${n}`);
  }
  if (!(spec.hiddenActivation in ACTIVATIONS) || !(spec.outputActivation in ACTIVATIONS)) {
    throw new RangeError('unknown activation');
  }
  if (!(spec.loss in LOSSES)) throw new RangeError(`unknown loss ${spec.loss}`);
}

/**
 * A fully connected feed-forward network over one flat parameter vector.
 *
 * Layer l = 1..L computes a_l = f_l(a_{l−1} · W_l + b_l), with W_l an (n_{l−1} × n_l)
 * row-major matrix: W_l[i, j] links neuron i of layer l−1 to neuron j of layer l.
 * `params` holds W1, b1, W2, b2, … contiguously, the order the tutorial draws them.
 * All working buffers are allocated once here; forward/backward allocate nothing.
 */
export class Network {
  /** Shape and math of the net (a private copy). */
  readonly spec: NetworkSpec;
  /** Every weight and bias: W1, b1, W2, b2, … (see weightOffset/biasOffset). */
  readonly params: Float64Array;
  /** dE/dparam summed over the samples backpropagated since the last zeroGrads(). */
  readonly grads: Float64Array;
  /** L, the number of weight layers (layerSizes.length − 1). */
  readonly layerCount: number;

  private readonly sizes: Int32Array;
  private readonly wOffsets: Int32Array;
  private readonly bOffsets: Int32Array;
  /**
   * a_0, a_1, …, a_L back to back in one buffer for up to BATCH_CHUNK samples: for a pass over
   * n samples, layer l starts at unitOffsets[l] · n, one row of n values per neuron (a_0 is a
   * copy of the inputs). δ_l = dE/dz_l in the same layout. A one-sample pass (forward()) is
   * the n = 1 case, which actViews show.
   */
  private readonly act: Float64Array;
  private readonly delta: Float64Array;
  /** Where layer l starts in `act` and `delta`. */
  private readonly unitOffsets: Int32Array;
  /** Per-layer views of `act`, for activation(l). */
  private readonly actViews: Float64Array[];
  /** Per layer, the activation's code (activations.ts): hot loops branch once per layer. */
  private readonly codes: Int8Array;
  private readonly loss: Loss;
  /** MSE: E = (t − y)² and dE/dy = y − t, computed inline. */
  private readonly mse: boolean;
  /** Sigmoid + BCE: δ_L = p − t, which avoids dividing by p(1 − p) near 0 or 1. */
  private readonly fusedSigmoidBce: boolean;

  private constructor(spec: NetworkSpec, params: Float64Array) {
    validateSpec(spec);
    const sizes = spec.layerSizes;
    this.spec = Object.freeze({ ...spec, layerSizes: Object.freeze([...sizes]) });
    this.layerCount = sizes.length - 1;
    this.sizes = Int32Array.from(sizes);
    this.wOffsets = new Int32Array(sizes.length);
    this.bOffsets = new Int32Array(sizes.length);
    this.unitOffsets = new Int32Array(sizes.length + 1);
    let offset = 0;
    for (let l = 1; l < sizes.length; l++) {
      const nIn = this.sizes[l - 1] ?? 0;
      const nOut = this.sizes[l] ?? 0;
      this.wOffsets[l] = offset;
      offset += nIn * nOut;
      this.bOffsets[l] = offset;
      offset += nOut;
    }
    if (params.length !== offset) {
      throw new RangeError(`expected ${offset} parameters, got ${params.length}`);
    }
    for (let l = 0; l < sizes.length; l++) {
      this.unitOffsets[l + 1] = this.unitOffsets[l]! + this.sizes[l]!;
    }
    this.params = params;
    this.grads = new Float64Array(offset);
    const units = this.unitOffsets[sizes.length]!;
    this.act = new Float64Array(units * BATCH_CHUNK);
    this.delta = new Float64Array(units * BATCH_CHUNK);
    this.actViews = Array.from(this.sizes, (_, l) =>
      this.act.subarray(this.unitOffsets[l]!, this.unitOffsets[l + 1]!),
    );
    this.codes = Int8Array.from(this.sizes, (_, l) =>
      activationCode(l === this.layerCount ? spec.outputActivation : spec.hiddenActivation),
    );
    this.loss = LOSSES[spec.loss];
    this.mse = spec.loss === 'mse';
    this.fusedSigmoidBce = spec.outputActivation === 'sigmoid' && spec.loss === 'bce';
  }

  /** A new net with parameters drawn from `rng` in storage order (W1, b1, W2, b2, …). */
  static create(spec: NetworkSpec, rng: NumpyRandom, init: InitName): Network {
    const net = new Network(spec, new Float64Array(paramCount(spec.layerSizes)));
    const p = net.params;
    for (let l = 1; l <= net.layerCount; l++) {
      const nIn = net.sizes[l - 1] ?? 0;
      const nOut = net.sizes[l] ?? 0;
      const w = net.wOffsets[l] ?? 0;
      const b = net.bOffsets[l] ?? 0;
      const a = Math.sqrt(6 / (nIn + nOut));
      for (let k = w; k < b; k++)
        p[k] = init === 'tutorial' ? rng.rand() : uniformSymmetric(rng, a);
      for (let k = b; k < b + nOut; k++) {
        // Glorot biases are drawn too, so both inits consume the stream identically.
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
    return this.checkedOffset(this.wOffsets, l);
  }

  /** Start of b_l in `params`, l = 1..L. */
  biasOffset(l: number): number {
    return this.checkedOffset(this.bOffsets, l);
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
    const n0 = this.sizes[0]!;
    for (let i = 0; i < n0; i++) this.act[i] = inputs[offset + i]!;
    this.forwardLayers(1);
    return this.actViews[this.layerCount]!;
  }

  /**
   * Backpropagates the last forward pass against targets[offset ..]:
   * δ_L = dE/da_L · f'(z_L), δ_{l−1} = (W_l δ_l) · f'(z_{l−1});
   * adds dE/dW_l = a_{l−1} δ_lᵀ and dE/db_l = δ_l to `grads` (accumulates, never zeroes).
   */
  backward(targets: Float64Array, offset: number): void {
    this.outputDeltas(targets, null, offset, 1, 0);
    this.backwardLayers(1);
  }

  /**
   * One batch of training without the update: zeroes `grads`, then for the samples
   * s = order[k] (or k if order is null), k = start … end − 1: forward, loss, backward.
   * Returns lossSum + Σ E(y, t) added sample by sample, output by output (the order
   * np.mean sums in), so callers can chain batches into an epoch total.
   *
   * Like the tutorial's NumPy code, each layer works on many samples at once (up to
   * BATCH_CHUNK, in sample-contiguous rows), so the loop overhead of narrow layers is paid
   * once per layer instead of once per sample. Every sum still runs in the order of the
   * one-sample textbook loops (train-batch.test.ts holds it to them bit for bit).
   */
  trainBatch(
    inputs: Float64Array,
    targets: Float64Array,
    order: Int32Array | null,
    start: number,
    end: number,
    lossSum: number,
  ): number {
    // A plain loop: for the few parameters of small nets, fill()'s builtin call costs more.
    const g = this.grads;
    for (let k = 0; k < g.length; k++) g[k] = 0;
    const act = this.act;
    const n0 = this.sizes[0]!;
    let sum = lossSum;
    for (let first = start; first < end; first += BATCH_CHUNK) {
      const n = Math.min(BATCH_CHUNK, end - first);
      // a_0 row i holds input i of the chunk's n samples.
      for (let s = 0; s < n; s++) {
        const at = (order === null ? first + s : order[first + s]!) * n0;
        for (let i = 0, q = s; i < n0; i++, q += n) act[q] = inputs[at + i]!;
      }
      this.forwardLayers(n);
      sum = this.outputDeltas(targets, order, first, n, sum);
      this.backwardLayers(n);
    }
    return sum;
  }

  /**
   * a_l = f_l(a_{l−1} · W_l + b_l) for l = 1..L over the n samples whose inputs fill a_0.
   * Layer l's activations sit at units[l]·n in `act`, one row of n samples per neuron.
   */
  private forwardLayers(n: number): void {
    const p = this.params;
    const act = this.act;
    const units = this.unitOffsets;
    for (let l = 1; l <= this.layerCount; l++) {
      const inAt = units[l - 1]! * n;
      const outAt = units[l]! * n;
      const nIn = units[l]! - units[l - 1]!;
      const nOut = units[l + 1]! - units[l]!;
      const w = this.wOffsets[l]!;
      const b = this.bOffsets[l]!;
      const code = this.codes[l]!;
      for (let j = 0, z = outAt; j < nOut; j++, z += n) {
        // z_j sums i = 0, 1, … from 0, the bias added last (as NumPy's dot(...) + bias).
        // Four samples' sums stay in locals (registers) while column j of W_l streams past.
        const bias = p[b + j]!;
        let s = 0;
        for (; s + 4 <= n; s += 4) {
          let z0 = 0;
          let z1 = 0;
          let z2 = 0;
          let z3 = 0;
          for (let i = 0, a = inAt + s, k = w + j; i < nIn; i++, a += n, k += nOut) {
            const wij = p[k]!;
            z0 += act[a]! * wij;
            z1 += act[a + 1]! * wij;
            z2 += act[a + 2]! * wij;
            z3 += act[a + 3]! * wij;
          }
          act[z + s] = z0 + bias;
          act[z + s + 1] = z1 + bias;
          act[z + s + 2] = z2 + bias;
          act[z + s + 3] = z3 + bias;
        }
        for (; s < n; s++) {
          let zs = 0;
          for (let i = 0, a = inAt + s, k = w + j; i < nIn; i++, a += n, k += nOut) {
            zs += act[a]! * p[k]!;
          }
          act[z + s] = zs + bias;
        }
      }
      applyActivation(code, act, outAt, outAt + nOut * n);
    }
  }

  /**
   * δ_L for the n samples in a_L, their targets taken as in trainBatch (s = order[first + k],
   * or first + k). Returns lossSum + their loss, added sample by sample, output by output.
   */
  private outputDeltas(
    targets: Float64Array,
    order: Int32Array | null,
    first: number,
    n: number,
    lossSum: number,
  ): number {
    const act = this.act;
    const delta = this.delta;
    const outAt = this.unitOffsets[this.layerCount]! * n;
    const nOut = this.sizes[this.layerCount]!;
    const code = this.codes[this.layerCount]!;
    const { mse, loss, fusedSigmoidBce } = this;
    let sum = lossSum;
    for (let s = 0; s < n; s++) {
      const t0 = (order === null ? first + s : order[first + s]!) * nOut;
      for (let j = 0, q = outAt + s; j < nOut; j++, q += n) {
        const y = act[q]!;
        const t = targets[t0 + j]!;
        sum += mse ? (t - y) * (t - y) : loss.value(y, t);
        delta[q] = fusedSigmoidBce
          ? y - t
          : (mse ? y - t : loss.der(y, t)) * derivativeFromOutput(code, y);
      }
    }
    return sum;
  }

  /**
   * From δ_L down, for the n samples of the last forward pass: adds dE/db_l and dE/dW_l
   * to `grads` sample by sample (in order, onto what is there) and computes δ_{l−1}
   * (not δ_0). It reads W_l before any update: parameters change only after the batch.
   */
  private backwardLayers(n: number): void {
    const p = this.params;
    const g = this.grads;
    const act = this.act;
    const delta = this.delta;
    const units = this.unitOffsets;
    for (let l = this.layerCount; l >= 1; l--) {
      const inAt = units[l - 1]! * n;
      const outAt = units[l]! * n;
      const nIn = units[l]! - units[l - 1]!;
      const nOut = units[l + 1]! - units[l]!;
      const w = this.wOffsets[l]!;
      const b = this.bOffsets[l]!;
      for (let j = 0, d = outAt; j < nOut; j++, d += n) {
        let sum = g[b + j]!;
        for (let s = 0; s < n; s++) sum += delta[d + s]!;
        g[b + j] = sum;
      }
      // Inputs need no delta: only dE/dW_1.
      const needDelta = l > 1;
      for (let i = 0, a = inAt; i < nIn; i++, a += n) {
        const row = w + i * nOut;
        // dE/dW[i, j] += Σ_s a_{l−1}[i, s] · δ_l[j, s], in sample order onto what is there;
        // four j at a time share each a_{l−1} load and run four independent sums.
        let j = 0;
        for (let d = outAt; j + 4 <= nOut; j += 4, d += 4 * n) {
          let g0 = g[row + j]!;
          let g1 = g[row + j + 1]!;
          let g2 = g[row + j + 2]!;
          let g3 = g[row + j + 3]!;
          for (let s = 0; s < n; s++) {
            const x = act[a + s]!;
            g0 += x * delta[d + s]!;
            g1 += x * delta[d + n + s]!;
            g2 += x * delta[d + 2 * n + s]!;
            g3 += x * delta[d + 3 * n + s]!;
          }
          g[row + j] = g0;
          g[row + j + 1] = g1;
          g[row + j + 2] = g2;
          g[row + j + 3] = g3;
        }
        for (let d = outAt + j * n; j < nOut; j++, d += n) {
          let sum = g[row + j]!;
          for (let s = 0; s < n; s++) sum += act[a + s]! * delta[d + s]!;
          g[row + j] = sum;
        }
        if (!needDelta) continue;
        // δ_{l−1}[i] = (Σ_j δ_l[j] · W[i, j], j from 0) · f'(a_{l−1}[i]), four samples at a time.
        let s = 0;
        for (; s + 4 <= n; s += 4) {
          let e0 = 0;
          let e1 = 0;
          let e2 = 0;
          let e3 = 0;
          for (let j = 0, d = outAt + s; j < nOut; j++, d += n) {
            const wij = p[row + j]!;
            e0 += delta[d]! * wij;
            e1 += delta[d + 1]! * wij;
            e2 += delta[d + 2]! * wij;
            e3 += delta[d + 3]! * wij;
          }
          delta[a + s] = e0;
          delta[a + s + 1] = e1;
          delta[a + s + 2] = e2;
          delta[a + s + 3] = e3;
        }
        for (; s < n; s++) {
          let es = 0;
          for (let j = 0, d = outAt + s; j < nOut; j++, d += n) es += delta[d]! * p[row + j]!;
          delta[a + s] = es;
        }
        multiplyByDerivative(this.codes[l - 1]!, delta, act, a, n);
      }
    }
  }

  private checkedOffset(offsets: Int32Array, l: number): number {
    if (!Number.isInteger(l) || l < 1 || l > this.layerCount) {
      throw new RangeError(`layer ${l} is not in 1..${this.layerCount}`);
    }
    return offsets[l]!;
  }
}

/**
 * a[q] ← f(a[q]) for start ≤ q < end, the switch outside the loops so each loop is
 * monomorphic. The formulas are those of ACTIVATIONS, which the tests hold to NumPy's bits.
 */
function applyActivation(code: number, a: Float64Array, start: number, end: number): void {
  switch (code) {
    case SIGMOID:
      for (let q = start; q < end; q++) a[q] = 1 / (1 + Math.exp(-a[q]!));
      break;
    case TANH:
      for (let q = start; q < end; q++) a[q] = Math.tanh(a[q]!);
      break;
    case RELU:
      for (let q = start; q < end; q++) a[q] = a[q]! > 0 ? a[q]! : 0;
      break;
  }
}

/** d[at + s] ← d[at + s] · f'(z) for s < n, with f'(z) read from the outputs a[at + s]. */
function multiplyByDerivative(
  code: number,
  d: Float64Array,
  a: Float64Array,
  at: number,
  n: number,
): void {
  switch (code) {
    case SIGMOID:
      for (let s = at; s < at + n; s++) d[s] = d[s]! * (a[s]! * (1 - a[s]!));
      break;
    case TANH:
      for (let s = at; s < at + n; s++) d[s] = d[s]! * (1 - a[s]! * a[s]!);
      break;
    case RELU:
      for (let s = at; s < at + n; s++) d[s] = d[s]! * (a[s]! > 0 ? 1 : 0);
      break;
  }
}

/** f'(z) from y = f(z), as ACTIVATIONS[·].derFromOutput. */
function derivativeFromOutput(code: number, y: number): number {
  switch (code) {
    case SIGMOID:
      return y * (1 - y);
    case TANH:
      return 1 - y * y;
    case RELU:
      return y > 0 ? 1 : 0;
    default:
      return 1;
  }
}
