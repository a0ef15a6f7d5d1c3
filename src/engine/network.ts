import { ACTIVATIONS, RELU, SIGMOID, TANH, activationCode } from './activations.ts';
import { LOSSES, type Loss } from './losses.ts';
import { uniformSymmetric, type NumpyRandom } from './random.ts';
import type { NetworkSpec } from './types.ts';

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
   * a_0, a_1, …, a_L back to back in one buffer (a_0 is a copy of the sample's inputs), and
   * δ_l = dE/dz_l in the same layout: one contiguous block the hot loops index by offset.
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
    this.act = new Float64Array(units);
    this.delta = new Float64Array(units);
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
    this.forwardSample(inputs, offset);
    return this.actViews[this.layerCount]!;
  }

  /**
   * Backpropagates the last forward pass against targets[offset ..]:
   * δ_L = dE/da_L · f'(z_L), δ_{l−1} = (W_l δ_l) · f'(z_{l−1});
   * adds dE/dW_l = a_{l−1} δ_lᵀ and dE/db_l = δ_l to `grads` (accumulates, never zeroes).
   */
  backward(targets: Float64Array, offset: number): void {
    this.outputDelta(targets, offset);
    this.backwardLayers();
  }

  /**
   * One batch of training without the update: zeroes `grads`, then for each sample
   * s = order[k] (or k if order is null), k = start … end − 1: forward, loss, backward.
   * Returns lossSum + Σ E(y, t) added sample by sample, output by output (the order
   * np.mean sums in), so callers can chain batches into an epoch total.
   * Same arithmetic as forward + backward per sample, in one call with no per-sample lookups.
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
    const nIn = this.sizes[0]!;
    const nOut = this.sizes[this.layerCount]!;
    const outAt = this.unitOffsets[this.layerCount]!;
    const act = this.act;
    const mse = this.mse;
    const loss = this.loss;
    let sum = lossSum;
    for (let k = start; k < end; k++) {
      const s = order === null ? k : order[k]!;
      const t = s * nOut;
      this.forwardSample(inputs, s * nIn);
      for (let j = 0; j < nOut; j++) {
        const y = act[outAt + j]!;
        const target = targets[t + j]!;
        sum += mse ? (target - y) * (target - y) : loss.value(y, target);
      }
      this.outputDelta(targets, t);
      this.backwardLayers();
    }
    return sum;
  }

  /** a_0 ← the sample; then a_l = f_l(a_{l−1} · W_l + b_l) for l = 1..L, all in `act`. */
  private forwardSample(inputs: Float64Array, offset: number): void {
    const p = this.params;
    const act = this.act;
    const units = this.unitOffsets;
    const n0 = this.sizes[0]!;
    for (let i = 0; i < n0; i++) act[i] = inputs[offset + i]!;
    for (let l = 1; l <= this.layerCount; l++) {
      const inAt = units[l - 1]!;
      const outAt = units[l]!;
      const nOut = units[l + 1]! - outAt;
      const w = this.wOffsets[l]!;
      const b = this.bOffsets[l]!;
      const code = this.codes[l]!;
      // z_j sums i = 0, 1, … from 0 (the bias is added last, as NumPy's dot(...) + bias
      // does). Four z_j at a time stay in locals (registers) while the rows of W_l stream
      // past; the order of each sum is unchanged, so are the bits.
      let j = 0;
      for (; j + 4 <= nOut; j += 4) {
        let z0 = 0;
        let z1 = 0;
        let z2 = 0;
        let z3 = 0;
        for (let i = inAt, k = w + j; i < outAt; i++, k += nOut) {
          const ai = act[i]!;
          z0 += ai * p[k]!;
          z1 += ai * p[k + 1]!;
          z2 += ai * p[k + 2]!;
          z3 += ai * p[k + 3]!;
        }
        act[outAt + j] = z0;
        act[outAt + j + 1] = z1;
        act[outAt + j + 2] = z2;
        act[outAt + j + 3] = z3;
      }
      for (; j < nOut; j++) {
        let z = 0;
        for (let i = inAt, k = w + j; i < outAt; i++, k += nOut) z += act[i]! * p[k]!;
        act[outAt + j] = z;
      }
      addBiasAndActivate(code, act, outAt, nOut, p, b);
    }
  }

  /** δ_L from a_L and the targets at `offset`. */
  private outputDelta(targets: Float64Array, offset: number): void {
    const act = this.act;
    const delta = this.delta;
    const outAt = this.unitOffsets[this.layerCount]!;
    const nOut = this.sizes[this.layerCount]!;
    const code = this.codes[this.layerCount]!;
    for (let j = 0; j < nOut; j++) {
      const y = act[outAt + j]!;
      const t = targets[offset + j]!;
      delta[outAt + j] = this.fusedSigmoidBce
        ? y - t
        : (this.mse ? y - t : this.loss.der(y, t)) * derivativeFromOutput(code, y);
    }
  }

  /** From δ_L down: adds dE/db_l, dE/dW_l to `grads` and computes δ_{l−1} (not δ_0). */
  private backwardLayers(): void {
    const p = this.params;
    const g = this.grads;
    const act = this.act;
    const delta = this.delta;
    const units = this.unitOffsets;
    for (let l = this.layerCount; l >= 1; l--) {
      const inAt = units[l - 1]!;
      const outAt = units[l]!;
      const nIn = outAt - inAt;
      const nOut = units[l + 1]! - outAt;
      const w = this.wOffsets[l]!;
      const b = this.bOffsets[l]!;
      for (let j = 0; j < nOut; j++) g[b + j] = g[b + j]! + delta[outAt + j]!;
      if (l === 1) {
        // Inputs need no delta: only dE/dW_1.
        for (let i = 0, row = w; i < nIn; i++, row += nOut) {
          const ai = act[inAt + i]!;
          for (let j = 0; j < nOut; j++) g[row + j] = g[row + j]! + ai * delta[outAt + j]!;
        }
        break;
      }
      // One pass over W_l gives both dE/dW_l and δ_{l−1}; it reads W_l before any update,
      // since parameters change only after the whole batch. Four δ_l[j] at a time stay in
      // locals while the rows stream past; δ_{l−1}[i] holds the partial sum Σ_j δ_l[j]·W[i, j]
      // between blocks, still added j = 0, 1, … in order from 0, so the bits do not change.
      const code = this.codes[l - 1]!;
      if (nOut < 4) {
        // Too narrow for blocks: one pass over each row, the sum in a local.
        for (let i = inAt, row = w; i < outAt; i++, row += nOut) {
          const ai = act[i]!;
          let s = 0;
          for (let j = 0; j < nOut; j++) {
            const d = delta[outAt + j]!;
            g[row + j] = g[row + j]! + ai * d;
            s += d * p[row + j]!;
          }
          delta[i] = s * derivativeFromOutput(code, ai);
        }
        continue;
      }
      for (let i = inAt; i < outAt; i++) delta[i] = 0;
      let j = 0;
      for (; j + 4 <= nOut; j += 4) {
        const d0 = delta[outAt + j]!;
        const d1 = delta[outAt + j + 1]!;
        const d2 = delta[outAt + j + 2]!;
        const d3 = delta[outAt + j + 3]!;
        for (let i = inAt, k = w + j; i < outAt; i++, k += nOut) {
          const ai = act[i]!;
          g[k] = g[k]! + ai * d0;
          g[k + 1] = g[k + 1]! + ai * d1;
          g[k + 2] = g[k + 2]! + ai * d2;
          g[k + 3] = g[k + 3]! + ai * d3;
          delta[i] = delta[i]! + d0 * p[k]! + d1 * p[k + 1]! + d2 * p[k + 2]! + d3 * p[k + 3]!;
        }
      }
      for (; j < nOut; j++) {
        const d = delta[outAt + j]!;
        for (let i = inAt, k = w + j; i < outAt; i++, k += nOut) {
          g[k] = g[k]! + act[i]! * d;
          delta[i] = delta[i]! + d * p[k]!;
        }
      }
      for (let i = inAt; i < outAt; i++) {
        delta[i] = delta[i]! * derivativeFromOutput(code, act[i]!);
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
 * a[at + j] ← f(a[at + j] + p[b + j]) for j < n, the switch outside the loops so each loop
 * is monomorphic. The formulas are those of ACTIVATIONS, which the tests hold to NumPy's bits.
 */
function addBiasAndActivate(
  code: number,
  a: Float64Array,
  at: number,
  n: number,
  p: Float64Array,
  b: number,
): void {
  switch (code) {
    case SIGMOID:
      for (let j = 0; j < n; j++) a[at + j] = 1 / (1 + Math.exp(-(a[at + j]! + p[b + j]!)));
      break;
    case TANH:
      for (let j = 0; j < n; j++) a[at + j] = Math.tanh(a[at + j]! + p[b + j]!);
      break;
    case RELU:
      for (let j = 0; j < n; j++) {
        const z = a[at + j]! + p[b + j]!;
        a[at + j] = z > 0 ? z : 0;
      }
      break;
    default:
      for (let j = 0; j < n; j++) a[at + j] = a[at + j]! + p[b + j]!;
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
