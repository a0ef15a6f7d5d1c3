import { useStep, useStores, useTraining } from '@/state/hooks';
import { STEP_PHASES, stepPositions, type StepPhase } from '@/state/step-phases';
import { formatStepNumber } from '@/shared/step-format';
import { activationsName, biasName, hasTutorialNames, weightsName } from '@/engine/tutorial-names';

const PHASE_LABELS: Record<StepPhase, string> = {
  forward: 'Forward',
  loss: 'Loss',
  backward: 'Backward',
  update: 'Update',
};

/** Step mode's controls: the phase bar, previous/next, the sample picker and what each phase does. */
export function StepPanel() {
  const stores = useStores();
  const active = useStep((s) => s.active);
  const trace = useStep((s) => s.trace);
  const phase = useStep((s) => s.phase);
  const layer = useStep((s) => s.layer);
  const sample = useStep((s) => s.sample);
  const epoch = useStep((s) => s.epoch);
  const applyBlocked = useStep((s) => s.applyBlocked);
  const canUndo = useStep((s) => s.canUndo);
  const inputs = useTraining((s) => s.snapshot?.inputs);
  const targets = useTraining((s) => s.snapshot?.targets);
  const learningRate = useTraining((s) => s.config.learningRate);
  const lossName = useTraining((s) => s.config.loss);
  if (!active || !trace) return null;

  const { next, previous, setSample, apply, exit } = stores.step.getState();
  const L = trace.layerSizes.length - 1;
  const positions = stepPositions(L);
  const index = positions.findIndex((p) => p.phase === phase && p.layer === layer);
  // ← before the first stop takes back the update just applied here.
  const undoing = index === 0 && canUndo;
  const width = trace.layerSizes[0] ?? 1;
  const outputs = trace.layerSizes[L] ?? 1;
  const rows = targets ? targets.length / (trace.layerSizes[L] ?? 1) : 0;
  const rowLabel = (r: number) => {
    const x = inputs
      ? Array.from(inputs.subarray(r * width, (r + 1) * width), formatStepNumber)
      : [];
    return `Row ${r + 1}: (${x.join(', ')}) → ${formatStepNumber(targets?.[r] ?? NaN)}`;
  };

  return (
    <section
      className="panel step-panel"
      aria-labelledby="step-title"
      data-phase={phase}
      data-layer={layer}
    >
      <header className="panel-header">
        {/* The tutorial's numbering: the header's epoch, printed as "Epoch 0, Loss: …". */}
        <h2 id="step-title">Step through epoch {epoch}</h2>
        <button
          type="button"
          onClick={exit}
          aria-keyshortcuts="Escape"
          title="Leave step mode (Esc)"
        >
          Close
        </button>
      </header>
      <ol className="phase-bar" aria-label="Phases">
        {STEP_PHASES.map((p) => (
          <li key={p} data-phase={p} aria-current={p === phase ? 'step' : undefined}>
            {PHASE_LABELS[p]}
            {p === phase && (p === 'forward' || p === 'backward') ? ` · layer ${layer}` : ''}
          </li>
        ))}
      </ol>
      <div className="step-nav">
        <button
          type="button"
          onClick={previous}
          disabled={index <= 0 && !undoing}
          aria-keyshortcuts="ArrowLeft"
          title={undoing ? `Back to epoch ${epoch - 1}, before the update (←)` : undefined}
        >
          {undoing ? '← Undo update' : '← Previous'}
        </button>
        <button
          type="button"
          onClick={next}
          disabled={index >= positions.length - 1}
          aria-keyshortcuts="ArrowRight"
        >
          Next →
        </button>
        <label className="select">
          <span>Sample</span>
          <select
            value={String(sample)}
            onChange={(event) =>
              setSample(event.target.value === 'batch' ? 'batch' : Number(event.target.value))
            }
          >
            <option value="batch">All rows (batch, summed)</option>
            {Array.from({ length: rows }, (_, r) => (
              <option key={r} value={r}>
                {rowLabel(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="step-caption" aria-live="polite">
        {caption(phase, layer, trace.layerSizes, trace.samples.length, learningRate)}
      </p>
      {phase === 'loss' && (
        <ul className="step-losses">
          {trace.samples.map((s, r) => (
            <li key={s}>
              Row {s + 1}: {formatStepNumber(trace.sampleLosses[r] ?? NaN)}
            </li>
          ))}
          <li>
            <strong>Mean: {trace.loss}</strong>
            {lossName === 'mse'
              ? ' (mse_loss(actual, final_output): the MSE the tutorial prints)'
              : ''}
          </li>
          {lossName === 'mse' && (
            <li data-e={eOf(trace.sampleLosses, L, trace.layerSizes)}>
              E = ½·Σ(t − y)² = {formatStepNumber(eOf(trace.sampleLosses, L, trace.layerSizes))}
            </li>
          )}
        </ul>
      )}
      {lossName === 'mse' && phase !== 'forward' && (
        <p className="step-loss-story">{lossStory(trace.samples.length * outputs)}</p>
      )}
      {phase === 'update' && (
        <div className="step-apply">
          <button
            type="button"
            className="primary"
            onClick={apply}
            disabled={applyBlocked !== null}
            aria-describedby={applyBlocked ? 'apply-blocked' : undefined}
            aria-keyshortcuts="ArrowRight"
            title="Apply the update (→); ← then takes it back"
          >
            Apply update (epoch {epoch} → {epoch + 1})
          </button>
          {applyBlocked && <span id="apply-blocked">{applyBlocked}</span>}
        </div>
      )}
    </section>
  );
}

/** E = ½·Σ(t − y)² over the traced rows and outputs (sampleLosses are means over outputs). */
function eOf(sampleLosses: Float64Array, L: number, sizes: readonly number[]): number {
  const outputs = sizes[L] ?? 1;
  return 0.5 * sampleLosses.reduce((sum, rowLoss) => sum + rowLoss * outputs, 0);
}

/** The one sentence that ties the printed MSE to the E every gradient here is taken of. */
function lossStory(n: number): string {
  return `The tutorial prints the MSE = Σ(t − y)²/N but its update follows E = ½·Σ(t − y)² = N/2 × MSE (N = ${n}), so each ∂E/∂w shown is N/2 = ${n / 2} times the slope of the printed loss.`;
}

function caption(
  phase: StepPhase,
  layer: number,
  sizes: readonly number[],
  rows: number,
  rate: number,
): string {
  const L = sizes.length - 1;
  const which = rows === 1 ? 'this row' : `each of the ${rows} rows (one line each)`;
  const a = activationsName(sizes, layer);
  switch (phase) {
    case 'forward':
      return `Forward, layer ${layer} of ${L}: each neuron adds up its inputs times their weights plus its bias, z = Σ a·w + b (${preActivationName(sizes, layer)}), and squashes it, a = f(z) (${a}). Its value for ${which} appears beside it.`;
    case 'loss':
      return `Loss: each row's error is (actual − final_output)²; the mean, mse_loss(actual, final_output), is the number the tutorial prints.`;
    case 'backward':
      return `Backward, layer ${layer}: δ = ∂E/∂z flows from the output towards the inputs, and each edge gets ∂E/∂w = δ(to) × a(from): blue positive, orange negative, thicker = larger. Hover or focus an edge for the chain rule. The tutorial writes error = actual − predicted, so its ${gradientName(sizes, layer)} is −δ and it adds its update; the app subtracts η × ∂E/∂w. Same step.`;
    case 'update':
      return `Update: every weight moves by −η × ∂E/∂w (η = ${rate}): ${updatedNames(sizes)} += the Δ beside each line of the code. The edges now show that change: blue grows the weight, orange shrinks it.`;
  }
}

/** The tutorial's z of layer l: hidden_input, final_input (z[l] on other depths). */
function preActivationName(sizes: readonly number[], l: number): string {
  if (l === sizes.length - 1) return 'final_input';
  return hasTutorialNames(sizes) ? 'hidden_input' : `z[${l}]`;
}

/** The tutorial's −δ of layer l: gradient_output, gradient_hidden (−δ[l] on other depths). */
function gradientName(sizes: readonly number[], l: number): string {
  if (l === sizes.length - 1) return 'gradient_output';
  return hasTutorialNames(sizes) ? 'gradient_hidden' : `−δ[${l}]`;
}

/** Every matrix the update changes, by the tutorial's names. */
function updatedNames(sizes: readonly number[]): string {
  const names: string[] = [];
  for (let l = sizes.length - 1; l >= 1; l--) names.push(weightsName(sizes, l), biasName(sizes, l));
  return names.join(', ');
}
