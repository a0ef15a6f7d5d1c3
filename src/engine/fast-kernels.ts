/**
 * The fast path: the loops of textbook.ts rearranged to run a layer over many samples at once.
 *
 * Contract: for every sample, every number computed here is bit-for-bit the number the
 * one-sample loops of textbook.ts compute (train-batch.test.ts checks it, batched and one-sample).
 * So each sum keeps the textbook's order: z_l[j] sums i = 0, 1, … from 0 and adds the bias
 * last; δ_{l−1}[i] sums j = 0, 1, … from 0; gradients take the samples one after another onto
 * what is there. Only the order of *independent* sums changes (which sample, which neuron
 * first), and the formulas are the scalar functions of activations.ts and losses.ts, called
 * from one monomorphic loop per activation.
 *
 * All blocked and unrolled code of the engine lives in this file. Each of its three 4-way blocks
 * (forward: four samples; dE/dW: four neurons; δ: four samples) pays: against the same loops
 * without them, trainEpoch runs ×1.07–1.19 faster on bench W1 (2-3-1 XOR), ×1.35 on W2
 * (2-8-8-8-1) and ×1.37 on W3 (2-(8×6)-1), and dropping any one block loses 5–20 % on W2/W3.
 */
import {
  activationCode,
  applyActivation,
  derivativeFromOutput,
  LINEAR,
  multiplyByDerivative,
  SOFTMAX,
  softmaxInPlace,
  softmaxJacobianProduct,
} from './activations.ts';
import { LOSSES, mseDerivative, mseValue, crossEntropyDelta, type Loss } from './losses.ts';
import type { ParamLayout } from './param-layout.ts';
import type { NetworkSpec } from './types.ts';

/**
 * Samples a training pass pushes through the layers together: enough to spread each narrow
 * layer's loop overhead, few enough that the rows stay in the L1 cache.
 */
const BATCH_CHUNK = 32;

/**
 * The working buffers of one network and the loops over them. All allocation happens in the
 * constructor; the passes allocate nothing.
 *
 * a_0, a_1, …, a_L sit back to back in `act` for up to BATCH_CHUNK samples: for a pass over
 * n samples, layer l starts at units[l] · n, one row of n values per neuron (sample-contiguous).
 * δ_l = dE/dz_l uses the same layout in `delta`. A one-sample pass is the n = 1 case.
 */
export class BatchKernels {
  private readonly act: Float64Array;
  private readonly delta: Float64Array;
  private readonly params: Float64Array;
  private readonly grads: Float64Array;
  private readonly layerCount: number;
  /** Where layer l starts in `act` and `delta` (per sample), l = 0..L + 1. */
  private readonly units: Int32Array;
  private readonly wOffsets: Int32Array;
  private readonly bOffsets: Int32Array;
  /** Per layer, the activation's code: the loops branch once per layer. */
  private readonly codes: Int8Array;
  private readonly loss: Loss;
  private readonly mse: boolean;
  /** δ_L = p − t where the loss's and the output's derivatives cancel (crossEntropyDelta). */
  private readonly fused: boolean;
  /** A softmax output under another loss: δ_L through the full Jacobian. */
  private readonly softmaxJacobian: boolean;
  /**
   * The activation outputDelta multiplies dE/dy by the derivative of: the output's, or linear
   * (× 1, exact) under softmaxJacobian, which then turns dE/dy into δ over the whole layer.
   */
  private readonly deltaCode: number;

  constructor(spec: NetworkSpec, layout: ParamLayout, params: Float64Array, grads: Float64Array) {
    const sizes = layout.layerSizes;
    const L = layout.layerCount;
    this.params = params;
    this.grads = grads;
    this.layerCount = L;
    this.units = new Int32Array(sizes.length + 1);
    for (let l = 0; l < sizes.length; l++) this.units[l + 1] = this.units[l]! + sizes[l]!;
    this.wOffsets = new Int32Array(L + 1);
    this.bOffsets = new Int32Array(L + 1);
    for (let l = 1; l <= L; l++) {
      this.wOffsets[l] = layout.weightOffset(l);
      this.bOffsets[l] = layout.biasOffset(l);
    }
    const units = this.units[sizes.length]!;
    this.act = new Float64Array(units * BATCH_CHUNK);
    this.delta = new Float64Array(units * BATCH_CHUNK);
    this.codes = Int8Array.from(sizes, (_, l) =>
      activationCode(l === L ? spec.outputActivation : spec.hiddenActivation),
    );
    this.loss = LOSSES[spec.loss];
    this.mse = spec.loss === 'mse';
    const output = spec.outputActivation;
    this.fused =
      (output === 'sigmoid' && spec.loss === 'bce') || (output === 'softmax' && spec.loss === 'ce');
    this.softmaxJacobian = output === 'softmax' && !this.fused;
    this.deltaCode = this.softmaxJacobian ? LINEAR : this.codes[L]!;
  }

  /** The one-sample view of a_l (the n = 1 layout), l = 0..L. */
  activationView(l: number): Float64Array {
    return this.act.subarray(this.units[l]!, this.units[l + 1]!);
  }

  /** a_0 of one sample: inputs[offset .. offset + n_0). */
  loadSample(inputs: Float64Array, offset: number): void {
    const act = this.act;
    const n0 = this.units[1]!;
    for (let i = 0; i < n0; i++) act[i] = inputs[offset + i]!;
  }

  /**
   * Forward, loss and backward for the samples s = order[k] (or k if order is null),
   * k = start … end − 1, in chunks of up to BATCH_CHUNK samples; gradients are added to what
   * is there. Returns lossSum + their loss, sample by sample, output by output. If `outputs` is
   * given, each sample's a_L is copied there at its own index (count × n_L, row-major).
   */
  run(
    inputs: Float64Array,
    targets: Float64Array,
    order: Int32Array | null,
    start: number,
    end: number,
    lossSum: number,
    outputs: Float64Array | null,
  ): number {
    const act = this.act;
    const n0 = this.units[1]!;
    let sum = lossSum;
    for (let first = start; first < end; first += BATCH_CHUNK) {
      const n = Math.min(BATCH_CHUNK, end - first);
      // a_0 row i holds input i of the chunk's n samples.
      for (let s = 0; s < n; s++) {
        const at = (order === null ? first + s : order[first + s]!) * n0;
        for (let i = 0, q = s; i < n0; i++, q += n) act[q] = inputs[at + i]!;
      }
      this.forward(n);
      sum = this.outputDeltas(targets, order, first, n, sum, outputs);
      this.backward(n);
    }
    return sum;
  }

  /**
   * a_l = f_l(a_{l−1} · W_l + b_l) for l = 1..L over the n samples whose inputs fill a_0
   * (textbook.ts: forwardSample).
   */
  forward(n: number): void {
    const p = this.params;
    const act = this.act;
    const units = this.units;
    for (let l = 1; l <= this.layerCount; l++) {
      const inAt = units[l - 1]! * n;
      const outAt = units[l]! * n;
      const nIn = units[l]! - units[l - 1]!;
      const nOut = units[l + 1]! - units[l]!;
      const w = this.wOffsets[l]!;
      const b = this.bOffsets[l]!;
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
      // Leaves a softmax layer as it is (it spans the layer): done below, out of this hot loop.
      applyActivation(this.codes[l]!, act, outAt, outAt + nOut * n);
    }
    if (this.codes[this.layerCount] === SOFTMAX) this.softmaxOutputs(n);
  }

  /** a_L = softmax(z_L) for each of the n samples, whose k outputs lie n apart. */
  private softmaxOutputs(n: number): void {
    const L = this.layerCount;
    const outAt = this.units[L]! * n;
    const nOut = this.units[L + 1]! - this.units[L]!;
    for (let s = 0; s < n; s++) softmaxInPlace(this.act, outAt + s, nOut, n);
  }

  /**
   * δ_L for the n samples in a_L, their targets taken as run() takes their inputs. Returns
   * lossSum + their loss, added sample by sample, output by output (textbook.ts: backwardSample).
   */
  private outputDeltas(
    targets: Float64Array,
    order: Int32Array | null,
    first: number,
    n: number,
    lossSum: number,
    outputs: Float64Array | null,
  ): number {
    const act = this.act;
    const delta = this.delta;
    const L = this.layerCount;
    const outAt = this.units[L]! * n;
    const nOut = this.units[L + 1]! - this.units[L]!;
    const code = this.deltaCode;
    const { fused, mse, loss } = this;
    let sum = lossSum;
    for (let s = 0; s < n; s++) {
      const t0 = (order === null ? first + s : order[first + s]!) * nOut;
      for (let j = 0, q = outAt + s; j < nOut; j++, q += n) {
        const y = act[q]!;
        const t = targets[t0 + j]!;
        if (outputs !== null) outputs[t0 + j] = y;
        sum += mse ? mseValue(y, t) : loss.value(y, t);
        delta[q] = outputDelta(fused, mse, loss, code, y, t);
      }
    }
    if (this.softmaxJacobian) {
      for (let s = 0; s < n; s++) softmaxJacobianProduct(delta, act, outAt + s, nOut, n);
    }
    return sum;
  }

  /** δ_L of a one-sample pass (n = 1) against the targets targets[offset .. offset + n_L). */
  sampleOutputDeltas(targets: Float64Array, offset: number): void {
    const L = this.layerCount;
    const outAt = this.units[L]!;
    const nOut = this.units[L + 1]! - outAt;
    const code = this.deltaCode;
    const { fused, mse, loss } = this;
    for (let j = 0; j < nOut; j++) {
      const y = this.act[outAt + j]!;
      this.delta[outAt + j] = outputDelta(fused, mse, loss, code, y, targets[offset + j]!);
    }
    if (this.softmaxJacobian) softmaxJacobianProduct(this.delta, this.act, outAt, nOut, 1);
  }

  /**
   * From δ_L down, for the n samples of the last forward pass: adds dE/db_l and dE/dW_l to
   * the gradients sample by sample (in order, onto what is there) and computes δ_{l−1} (not
   * δ_0). It reads W_l before any update: parameters change only after the batch.
   */
  backward(n: number): void {
    const p = this.params;
    const g = this.grads;
    const act = this.act;
    const delta = this.delta;
    const units = this.units;
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
}

/** δ_L[j] = dE/dy · f'(z) from y = a_L[j] and its target t (sigmoid + BCE, softmax + CE: y − t). */
function outputDelta(
  fused: boolean,
  mse: boolean,
  loss: Loss,
  code: number,
  y: number,
  t: number,
): number {
  if (fused) return crossEntropyDelta(y, t);
  return (mse ? mseDerivative(y, t) : loss.der(y, t)) * derivativeFromOutput(code, y);
}
