import { ACTIVATIONS, LINEAR, RELU, SIGMOID, TANH, activationCode } from './activations.ts';
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
  /** a_l per layer; a_0 is a copy of the current sample's inputs. */
  private readonly acts: Float64Array[];
  /** δ_l = dE/dz_l per layer (index 0 unused). */
  private readonly deltas: Float64Array[];
  /** Per layer, the activation's code (activations.ts): hot loops branch once per layer. */
  private readonly codes: Int8Array;
  private readonly loss: Loss;
  /** MSE: dE/dy = y − t, computed inline. */
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
    this.params = params;
    this.grads = new Float64Array(offset);
    this.acts = Array.from(this.sizes, (n) => new Float64Array(n));
    this.deltas = Array.from(this.sizes, (n) => new Float64Array(n));
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
    const a = this.acts[l];
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
    const p = this.params;
    const acts = this.acts;
    const a0 = acts[0]!;
    for (let i = 0; i < a0.length; i++) a0[i] = inputs[offset + i]!;
    for (let l = 1; l <= this.layerCount; l++) {
      const prev = acts[l - 1]!;
      const out = acts[l]!;
      const nIn = prev.length;
      const nOut = out.length;
      // Rows of W_l are contiguous, so accumulate z in `out` row by row. Each z_j still sums
      // i = 0, 1, … from 0 and adds the bias last, as NumPy's dot(...) + bias does.
      for (let j = 0; j < nOut; j++) out[j] = 0;
      let row = this.wOffsets[l]!;
      for (let i = 0; i < nIn; i++, row += nOut) {
        const ai = prev[i]!;
        for (let j = 0; j < nOut; j++) out[j] = out[j]! + ai * p[row + j]!;
      }
      addBiasAndActivate(this.codes[l]!, out, p, this.bOffsets[l]!);
    }
    return acts[this.layerCount]!;
  }

  /**
   * Backpropagates the last forward pass against targets[offset ..]:
   * δ_L = dE/da_L · f'(z_L), δ_{l−1} = (W_l δ_l) · f'(z_{l−1});
   * adds dE/dW_l = a_{l−1} δ_lᵀ and dE/db_l = δ_l to `grads` (accumulates, never zeroes).
   */
  backward(targets: Float64Array, offset: number): void {
    const p = this.params;
    const g = this.grads;
    const L = this.layerCount;
    const out = this.acts[L]!;
    const deltaL = this.deltas[L]!;
    const codeL = this.codes[L]!;
    for (let j = 0; j < out.length; j++) {
      const y = out[j]!;
      const t = targets[offset + j]!;
      deltaL[j] = this.fusedSigmoidBce
        ? y - t
        : (this.mse ? y - t : this.loss.der(y, t)) * derivativeFromOutput(codeL, y);
    }
    for (let l = L; l >= 1; l--) {
      const prev = this.acts[l - 1]!;
      const delta = this.deltas[l]!;
      const nIn = prev.length;
      const nOut = delta.length;
      const w = this.wOffsets[l]!;
      const b = this.bOffsets[l]!;
      for (let j = 0; j < nOut; j++) g[b + j] = g[b + j]! + delta[j]!;
      if (l === 1) {
        // Inputs need no delta: only dE/dW_1.
        for (let i = 0, row = w; i < nIn; i++, row += nOut) {
          const ai = prev[i]!;
          for (let j = 0; j < nOut; j++) g[row + j] = g[row + j]! + ai * delta[j]!;
        }
        break;
      }
      // One pass over each row of W_l gives both dE/dW_l and δ_{l−1}; it reads W_l before any
      // update, since parameters change only after the whole batch.
      const deltaPrev = this.deltas[l - 1]!;
      const codePrev = this.codes[l - 1]!;
      for (let i = 0, row = w; i < nIn; i++, row += nOut) {
        const ai = prev[i]!;
        let s = 0;
        for (let j = 0; j < nOut; j++) {
          const d = delta[j]!;
          g[row + j] = g[row + j]! + ai * d;
          s += d * p[row + j]!;
        }
        deltaPrev[i] = s * derivativeFromOutput(codePrev, ai);
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
 * out[j] ← f(out[j] + p[b + j]), the switch outside the loop so each loop is monomorphic.
 * The formulas are those of ACTIVATIONS, which the tests hold to NumPy's bits.
 */
function addBiasAndActivate(code: number, out: Float64Array, p: Float64Array, b: number): void {
  const n = out.length;
  switch (code) {
    case SIGMOID:
      for (let j = 0; j < n; j++) out[j] = 1 / (1 + Math.exp(-(out[j]! + p[b + j]!)));
      break;
    case TANH:
      for (let j = 0; j < n; j++) out[j] = Math.tanh(out[j]! + p[b + j]!);
      break;
    case RELU:
      for (let j = 0; j < n; j++) {
        const z = out[j]! + p[b + j]!;
        out[j] = z > 0 ? z : 0;
      }
      break;
    case LINEAR:
      for (let j = 0; j < n; j++) out[j] = out[j]! + p[b + j]!;
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
