import type { StepTrace } from '@/engine/step-trace';
import { activationsName, hasTutorialNames } from '@/engine/tutorial-names';
import type { ActivationName, NetworkSpec } from '@/engine/types';
import { useTraining } from '@/state/hooks';
import { useLayoutEffect, useRef } from 'react';
import { chainRule } from '@/state/step-store';
import type { EdgeLayout } from './graph-layout';
import { formatStepNumber } from '@/shared/step-format';
import { FD_STEP, finiteDifference, printedPerE } from './finite-difference';

interface Props {
  readonly trace: StepTrace;
  readonly edge: EdgeLayout;
  readonly width: number;
  readonly height: number;
  readonly top: number;
  /** Also check the gradients by finite differences (the learner asked for it). */
  readonly check?: boolean;
}

/**
 * The chain rule for one weight with this step's numbers: per sample
 * dE/dw = dE/da_j × f'(z_j) × a_i, then their sum, the printed loss's slope and the update;
 * on demand, the same two slopes by finite differences beside them.
 */
export function ChainRuleReadout({ trace, edge, width, height, top, check = false }: Props) {
  const hiddenActivation = useTraining((s) => s.config.hiddenActivation);
  const outputActivation = useTraining((s) => s.config.outputActivation);
  const lossName = useTraining((s) => s.config.loss);
  const spec: NetworkSpec = {
    layerSizes: trace.layerSizes,
    hiddenActivation,
    outputActivation,
    loss: lossName,
  };
  const terms = chainRule(trace, edge.weightIndex);
  const total = trace.grads[edge.weightIndex] ?? 0;
  const perE = printedPerE(spec, trace);
  const fd = check ? finiteDifference(spec, trace, edge.weightIndex) : null;
  const mse = lossName === 'mse';
  const printed = mse ? 'MSE' : 'loss';
  const n = trace.samples.length * (trace.layerSizes[trace.layerSizes.length - 1] ?? 1);
  const names = tutorialTerms(trace.layerSizes, edge, hiddenActivation, outputActivation);
  const from = edge.from.label;
  const to = edge.to.label;
  const x = (edge.from.x + edge.to.x) / 2;
  const y = (edge.from.y + edge.to.y) / 2 + top;
  // Below the edge in the graph's upper half, above it in the lower half.
  const below = y < (height + top) / 2;
  const ref = useRef<HTMLDivElement>(null);
  // Drawn above an edge low in the graph, a tall readout would run off the top: move it down.
  useLayoutEffect(() => {
    const element = ref.current;
    const parent = element?.offsetParent;
    if (!element || !parent) return;
    const overshoot = parent.getBoundingClientRect().top - element.getBoundingClientRect().top;
    if (overshoot > 0) element.style.top = `${parseFloat(element.style.top) + overshoot}px`;
  });
  return (
    <div
      ref={ref}
      className="readout chain-rule"
      role="status"
      data-chain-rule={edge.weightIndex}
      style={{
        left: Math.min(Math.max(x, 210), width - 210),
        top: below ? Math.max(y + 12, 0) : y - 12,
        transform: below ? 'translate(-50%, 0)' : 'translate(-50%, -100%)',
      }}
    >
      <p className="chain-rule-title">
        ∂E/∂w for {edge.name} ({from} → {to}) = ∂E/∂{to} × f′(z) × {from}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">row</th>
            <th scope="col">∂E/∂{to}</th>
            <th scope="col">f′(z)</th>
            <th scope="col">{from}</th>
            <th scope="col">product</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.sample}>
              <th scope="row">{term.sample + 1}</th>
              <td>{formatStepNumber(term.upstream)}</td>
              <td>× {formatStepNumber(term.derivative)}</td>
              <td>× {formatStepNumber(term.input)}</td>
              <td>= {formatStepNumber(term.product)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {names && <p className="chain-rule-names">{names}</p>}
      <p>
        {terms.length > 1 ? 'Sum ' : ''}∂E/∂w = <strong>{formatStepNumber(total)}</strong>; the
        update moves {edge.name} by −η × ∂E/∂w = {formatStepNumber(-trace.step * total)}.
      </p>
      <p className="chain-rule-loss">
        {mse
          ? `E = ½·Σ(t − y)² is what backprop differentiates; the printed MSE = Σ(t − y)²/N is E × 2/N (N = ${n}), so its slope is ∂E/∂w × 2/N.`
          : `E = Σ cross-entropy is what backprop differentiates; the printed loss is E/N (N = ${n}).`}
      </p>
      <table className="chain-rule-check">
        <thead>
          <tr>
            <th scope="col">slope</th>
            <th scope="col">backprop</th>
            {fd && <th scope="col">finite difference (±{FD_STEP})</th>}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">∂E/∂w</th>
            <td data-backprop="e">{formatStepNumber(total)}</td>
            {fd && <td data-finite-difference="e">{formatStepNumber(fd.e)}</td>}
          </tr>
          <tr>
            <th scope="row">∂{printed}/∂w</th>
            <td data-backprop="printed">{formatStepNumber(total * perE)}</td>
            {fd && <td data-finite-difference="printed">{formatStepNumber(fd.printed)}</td>}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/**
 * The columns in the tutorial's variables (one hidden layer only: other depths have no such
 * names, and the code panel says how it maps them).
 */
function tutorialTerms(
  sizes: readonly number[],
  edge: EdgeLayout,
  hidden: ActivationName,
  output: ActivationName,
): string | null {
  if (!hasTutorialNames(sizes)) return null;
  const l = edge.to.layer;
  const [i, j] = [edge.from.index, edge.to.index];
  const part = l === 2 ? 'output' : 'hidden';
  const a = activationsName(sizes, l);
  const input = activationsName(sizes, l - 1);
  const f = l === 2 ? output : hidden;
  return `In the tutorial’s code: ∂E/∂${edge.to.label} = −error_${part}[:, ${j}], f′(z) = ${f}_derivative(${a})[:, ${j}], ${edge.from.label} = ${input}[:, ${i}]; ∂E/∂w = −${input}.T.dot(gradient_${part})[${i}, ${j}].`;
}
