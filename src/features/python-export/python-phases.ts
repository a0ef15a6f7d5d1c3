/**
 * What an exported script does at an epoch where the learner changed the run: a comment saying
 * what they did, then the new state, assigned: settings as variables, a network whose shape
 * changed or points that changed written out in full as the app had them, typed-in weights one
 * by one.
 */
import { formatPyFloat } from '@/engine/tutorial.ts';
import { arrayLiteral, networkLiteral, penaltyOf, type Needs, type PythonRun } from './python-code';
import { pythonParam, type PythonPhase, type PythonReplay } from './python-replay';

/** The variables that follow the settings changed between `before` and `after`. */
function settingLines(before: PythonRun, after: PythonRun, needs: Needs): string[] {
  const changed = (key: keyof PythonRun) =>
    JSON.stringify(before[key]) !== JSON.stringify(after[key]);
  const lines: string[] = [];
  if (changed('learningRate')) lines.push(`learning_rate = ${formatPyFloat(after.learningRate)}`);
  if (changed('batchSize')) {
    lines.push(
      after.batchSize === 0 ? 'batch_size = 0  # full batch' : `batch_size = ${after.batchSize}`,
    );
  }
  if (changed('reduction')) lines.push(`reduction = '${after.reduction}'`);
  const regularized = needs.penalties.some((p) => p !== 'none');
  if (needs.penalties.length > 1 && penaltyOf(before) !== penaltyOf(after)) {
    lines.push(`regularization = '${penaltyOf(after)}'`);
  }
  if (regularized && changed('regularizationRate')) {
    lines.push(`regularization_rate = ${formatPyFloat(after.regularizationRate)}`);
  }
  if (regularized && (changed('regularizationRate') || changed('learningRate'))) {
    lines.push('shrink = learning_rate * regularization_rate');
  }
  if (changed('hiddenActivation')) {
    const a = after.hiddenActivation;
    lines.push(`hidden_activation, hidden_derivative = ${a}, ${a}_derivative`);
  }
  if (changed('outputActivation')) {
    const a = after.outputActivation;
    lines.push(`output_activation, output_derivative = ${a}, ${a}_derivative`);
  }
  if (changed('loss')) {
    lines.push(`loss_name = '${after.loss}'`, `loss_function = ${after.loss}_loss`);
  }
  return lines;
}

/** The body of `if epoch == E:` (or the code after training) for one phase. */
export function phaseCode(phase: PythonPhase, needs: Needs, indent: string): string {
  const lines =
    phase.notes.length === 1
      ? [`# Here the learner ${phase.notes[0]}`]
      : ['# Here the learner:', ...phase.notes.map((text) => `# - ${text}`)];
  const code = settingLines(phase.before, phase.after, needs);
  lines.push(...code);
  if (phase.network) {
    lines.push('# The network right after, as the app had it (the new weights are those it drew)');
    lines.push(networkLiteral(phase.network.layerSizes, phase.network.params, indent).trimStart());
  }
  for (const { location, value } of phase.typed) {
    lines.push(`${pythonParam(location)} = ${formatPyFloat(value)}`);
  }
  if (phase.data) {
    const width = phase.after.features.length;
    lines.push(
      '# The training points right after, as the app had them',
      `inputs = ${arrayLiteral(phase.data.inputs, width, indent)}`,
      `actual = ${arrayLiteral(phase.data.targets, 1, indent)}`,
    );
  }
  const acts = code.length > 0 || phase.network || phase.typed.length > 0 || phase.data;
  // A block of comments alone is not Python.
  if (!acts) lines.push('pass  # nothing the script computes changes');
  return lines.map((line) => `${indent}${line}`).join('\n');
}

/** The docstring's list of the changes, or '' for none. */
export function replayedSummary(replay: PythonReplay): string {
  const lines = replay.phases
    .filter((phase) => phase.notes.length > 0)
    .flatMap((phase) => phase.notes.map((text) => `- epoch ${phase.epoch}: ${text}`));
  if (lines.length === 0) return '';
  return `\nThe learner changed the run while it trained; the training loop makes each change at the
epoch it was made (after that many updates):
${lines.join('\n')}
`;
}
