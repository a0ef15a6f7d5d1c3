/**
 * One training step taken apart for display: every activation, error, delta and gradient of a
 * full-batch (or one-sample) gradient-descent step, with the parameters it produces.
 *
 * Sign convention: the engine's δ_l = dE/dz_l and grads = dE/dθ, and it steps θ ← θ − η·dE/dθ.
 * The tutorial writes error_output = actual − final_output and ADDS hidden_output.T · gradient_output,
 * so its gradient_output, error_hidden and gradient_hidden are −δ and −dE/da: the same update.
 */
import { activationCode, derivativeFromOutput } from './activations.ts';
import { LOSSES, lossTermsPerSample } from './losses.ts';
import type { Network } from './network.ts';
import { paramLayout } from './param-layout.ts';
import { backpropagatedError, preActivation } from './textbook.ts';
import type { Dataset } from './types.ts';

/** Which samples one step uses: one row of the dataset, or all of them (the tutorial). */
export type SampleChoice = number | 'batch';

export interface StepTraceOptions {
  /** η in θ ← θ − η · dE/dθ. */
  readonly learningRate: number;
  /** 'sum' (the tutorial) adds the samples' gradients; 'mean' divides the step by their count. */
  readonly reduction?: 'sum' | 'mean';
}

/** Everything one step computes, per layer l = 0..L; matrices are row-major, samples × n_l. */
export interface StepTrace {
  readonly layerSizes: readonly number[];
  /** Dataset rows this step uses, in the order they were processed. */
  readonly samples: readonly number[];
  /** a_l for l = 0..L (a_0 = the inputs; a_1 = the tutorial's hidden_output; a_L = final_output). */
  readonly activations: readonly Float64Array[];
  /** z_l = a_{l−1}·W_l + b_l for l = 1..L (hidden_input, final_input); index 0 is empty. */
  readonly preActivations: readonly Float64Array[];
  /** Targets of the samples (samples × n_L): the tutorial's `actual`. */
  readonly targets: Float64Array;
  /** Loss per sample, averaged over its outputs (as the tutorial's mse_loss on one row). */
  readonly sampleLosses: Float64Array;
  /** Mean over samples and outputs: what the tutorial prints. */
  readonly loss: number;
  /**
   * dE/da_l for l = 1..L: the upstream gradient each neuron receives (index 0 is empty). A softmax
   * output mixes its neurons (each p_j depends on every z_i), so there it is δ_L itself, with
   * derivative 1: upstream × derivative is then δ_L, as for every other layer.
   */
  readonly upstream: readonly Float64Array[];
  /** δ_l = dE/dz_l for l = 1..L (index 0 is empty). */
  readonly deltas: readonly Float64Array[];
  /** f'(z_l) per neuron, written through the output as the engine computes it (index 0 empty). */
  readonly derivatives: readonly Float64Array[];
  /** The parameters the step starts from (W1, b1, W2, b2, …). */
  readonly params: Float64Array;
  /** dE/dθ summed over the samples, laid out as params. */
  readonly grads: Float64Array;
  /** dE/dθ of each sample alone: samples × params.length. */
  readonly sampleGrads: Float64Array;
  /** θ − step · dE/dθ, with step = η (sum) or η / samples (mean). */
  readonly updatedParams: Float64Array;
  /** The factor multiplying dE/dθ in the update. */
  readonly step: number;
  /** η, as the options gave it (step is η / samples when the batch is averaged). */
  readonly learningRate: number;
  /** How the samples' gradients combine: 'sum' (the tutorial) or 'mean'. */
  readonly reduction: 'sum' | 'mean';
}

/** The chain rule for one weight w_ij of layer l on one sample: dE/dw = δ_j · a_i. */
export interface ChainRuleTerm {
  readonly sample: number;
  /** dE/da_j: what flows back into neuron j. */
  readonly upstream: number;
  /** f'(z_j), from the neuron's output. */
  readonly derivative: number;
  /** a_i, the input the weight multiplies. */
  readonly input: number;
  /** δ_j · a_i, this sample's dE/dw (exactly the engine's). */
  readonly product: number;
}

/** Traces one gradient-descent step of `net` on the chosen samples; `net` is not changed. */
export function traceStep(
  net: Network,
  data: Dataset,
  sample: SampleChoice,
  options: StepTraceOptions,
): StepTrace {
  const L = net.layerCount;
  const sizes = Array.from({ length: L + 1 }, (_, l) => net.layerSize(l));
  if (data.inputSize !== sizes[0] || data.outputSize !== sizes[L]) {
    throw new RangeError('dataset and network shapes differ');
  }
  const samples =
    sample === 'batch' ? Array.from({ length: data.count }, (_, s) => s) : [checkRow(sample, data)];
  const m = samples.length;
  const work = net.clone();
  const p = work.params;
  const layout = work.layout;
  const count = layout.count;
  const matrix = (l: number) => new Float64Array(m * sizes[l]!);
  const activations = sizes.map((_, l) => matrix(l));
  const preActivations = sizes.map((_, l) => (l === 0 ? new Float64Array(0) : matrix(l)));
  const upstream = sizes.map((_, l) => (l === 0 ? new Float64Array(0) : matrix(l)));
  const deltas = sizes.map((_, l) => (l === 0 ? new Float64Array(0) : matrix(l)));
  const derivatives = sizes.map((_, l) => (l === 0 ? new Float64Array(0) : matrix(l)));
  const targets = new Float64Array(m * sizes[L]!);
  const sampleLosses = new Float64Array(m);
  const sampleGrads = new Float64Array(m * count);
  const grads = new Float64Array(count);
  const loss = LOSSES[net.spec.loss];
  const terms = lossTermsPerSample(net.spec.loss, sizes[L]!);
  const softmaxOutput = net.spec.outputActivation === 'softmax';
  let lossSum = 0;

  samples.forEach((row, r) => {
    work.zeroGrads();
    const inOffset = row * data.inputSize;
    const outOffset = row * data.outputSize;
    work.forward(data.inputs, inOffset);
    for (let l = 0; l <= L; l++) activations[l]!.set(work.activation(l), r * sizes[l]!);
    work.backward(data.targets, outOffset);
    // A fresh net's grads after one backward pass are 0 + x = x: this sample's dE/dθ, exactly.
    sampleGrads.set(work.grads, r * count);
    // Adding them in sample order repeats the engine's accumulation bit for bit.
    for (let k = 0; k < count; k++) grads[k] = grads[k]! + work.grads[k]!;

    let rowLoss = 0;
    for (let j = 0; j < sizes[L]!; j++) {
      const y = work.activation(L)[j]!;
      const t = data.targets[outOffset + j]!;
      targets[r * sizes[L]! + j] = t;
      const e = loss.value(y, t);
      rowLoss += e;
      lossSum += e;
    }
    sampleLosses[r] = rowLoss / terms;

    for (let l = 1; l <= L; l++) {
      const n = sizes[l]!;
      const name = l === L ? net.spec.outputActivation : net.spec.hiddenActivation;
      const code = activationCode(name);
      const prev = work.activation(l - 1);
      for (let j = 0; j < n; j++) {
        // z_l[j] as the forward pass summed it (textbook.ts, bit for bit).
        preActivations[l]![r * n + j] = preActivation(layout, p, l, prev, j);
        derivatives[l]![r * n + j] =
          softmaxOutput && l === L ? 1 : derivativeFromOutput(code, work.activation(l)[j]!);
        // dE/db_l[j] of this sample alone is δ_l[j].
        deltas[l]![r * n + j] = work.grads[layout.biasIndex(l, j)]!;
      }
    }
    for (let j = 0; j < sizes[L]!; j++) {
      const y = work.activation(L)[j]!;
      upstream[L]![r * sizes[L]! + j] = softmaxOutput
        ? deltas[L]![r * sizes[L]! + j]!
        : loss.der(y, data.targets[outOffset + j]!);
    }
    for (let l = L - 1; l >= 1; l--) {
      // dE/da_i = Σ_j W_{l+1}[i, j] δ_j, summed in the engine's order (textbook.ts).
      const n = sizes[l]!;
      const nNext = sizes[l + 1]!;
      const next = deltas[l + 1]!.subarray(r * nNext, (r + 1) * nNext);
      for (let i = 0; i < n; i++) {
        upstream[l]![r * n + i] = backpropagatedError(layout, p, l + 1, next, i);
      }
    }
  });

  const reduction = options.reduction ?? 'sum';
  const step = reduction === 'mean' ? options.learningRate / m : options.learningRate;
  const updatedParams = new Float64Array(count);
  for (let k = 0; k < count; k++) updatedParams[k] = p[k]! - step * grads[k]!;

  return {
    layerSizes: sizes,
    samples,
    activations,
    preActivations,
    targets,
    sampleLosses,
    loss: lossSum / (m * terms),
    upstream,
    deltas,
    derivatives,
    params: Float64Array.from(net.params),
    grads,
    sampleGrads,
    updatedParams,
    step,
    learningRate: options.learningRate,
    reduction,
  };
}

/**
 * The chain rule for parameter `index` on each traced sample: upstream dE/da_j × f'(z_j) × a_i
 * (a_i = 1 for a bias). `product` is the engine's own per-sample gradient, so the terms sum to
 * trace.grads[index] exactly as the step does.
 */
export function chainRule(trace: StepTrace, index: number): ChainRuleTerm[] {
  const where = paramLayout(trace.layerSizes).locate(index);
  if (!where) return [];
  const n = trace.layerSizes[where.layer]!;
  const nIn = trace.layerSizes[where.layer - 1]!;
  const count = trace.params.length;
  return trace.samples.map((sample, r) => ({
    sample,
    upstream: trace.upstream[where.layer]![r * n + where.j]!,
    derivative: trace.derivatives[where.layer]![r * n + where.j]!,
    input: where.kind === 'bias' ? 1 : trace.activations[where.layer - 1]![r * nIn + where.i]!,
    product: trace.sampleGrads[r * count + index]!,
  }));
}

function checkRow(row: number, data: Dataset): number {
  if (!Number.isInteger(row) || row < 0 || row >= data.count) {
    throw new RangeError(`sample ${row} is not in 0..${data.count - 1}`);
  }
  return row;
}
