import type { StepTrace } from '@/engine/step-trace';
import { chainRule } from '@/state/step-store';
import type { EdgeLayout } from './graph-layout';
import { formatStepNumber } from '@/shared/step-format';

interface Props {
  readonly trace: StepTrace;
  readonly edge: EdgeLayout;
  readonly width: number;
  readonly top: number;
}

/**
 * The chain rule for one weight with this step's numbers: per sample
 * dE/dw = dE/da_j × f'(z_j) × a_i, then their sum and the update it makes.
 */
export function ChainRuleReadout({ trace, edge, width, top }: Props) {
  const terms = chainRule(trace, edge.weightIndex);
  const total = trace.grads[edge.weightIndex] ?? 0;
  const from = edge.from.label;
  const to = edge.to.label;
  const x = (edge.from.x + edge.to.x) / 2;
  const y = (edge.from.y + edge.to.y) / 2;
  return (
    <div
      className="readout chain-rule"
      role="status"
      data-chain-rule={edge.weightIndex}
      style={{ left: Math.min(Math.max(x, 210), width - 210), top: Math.max(y + 12 + top, 0) }}
    >
      <p className="chain-rule-title">
        ∂E/∂w for {from} → {to} = ∂E/∂{to} × f′(z) × {from}
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
      <p>
        {terms.length > 1 ? 'Sum ' : ''}∂E/∂w = <strong>{formatStepNumber(total)}</strong>; the
        update moves w by −η × ∂E/∂w = {formatStepNumber(-trace.step * total)}.
      </p>
    </div>
  );
}
