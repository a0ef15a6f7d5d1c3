import type { ReactNode } from 'react';
import { useStep, useTraining } from '@/state/hooks';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { stepPositions, type StepPosition } from '@/state/step-phases';
import { formatStepNumber } from '@/shared/step-format';
import { tutorialCode, type CodeValue } from './tutorial-code';

/** Rows of a matrix shown before the rest is summarised (large datasets have hundreds). */
const MAX_ROWS = 6;

/**
 * The tutorial's NumPy code beside the graph in step mode: the current phase's lines
 * highlighted, and each line's matrix for this step once the walk has reached it.
 */
export function CodePanel({ actions }: { actions?: ReactNode }) {
  const active = useStep((s) => s.active);
  const trace = useStep((s) => s.trace);
  const phase = useStep((s) => s.phase);
  const layer = useStep((s) => s.layer);
  const hidden = useTraining((s) => s.config.hiddenActivation);
  const output = useTraining((s) => s.config.outputActivation);
  const loss = useTraining((s) => s.config.loss);
  const reduction = useTraining((s) => s.config.reduction);
  const lines = useMemo(
    () => (trace ? tutorialCode(trace, hidden, output) : []),
    [trace, hidden, output],
  );
  const listRef = useRef<HTMLOListElement>(null);
  // Keep the highlighted lines in sight inside the panel; scrolling the page would take the
  // graph off a projector's screen.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) revealActive(list);
  }, [phase, layer, lines]);
  if (!active || !trace) return null;

  const L = trace.layerSizes.length - 1;
  const positions = stepPositions(L);
  const indexOf = (at: StepPosition) =>
    positions.findIndex((p) => p.phase === at.phase && p.layer === at.layer);
  const current = indexOf({ phase, layer });
  const notes = [
    L !== 2 &&
      `The tutorial has one hidden layer; this network has ${L - 1}, so “hidden” is the layer next to the output.`,
    loss !== 'mse' && 'This run uses cross-entropy: the loss line shows its value instead.',
    reduction === 'mean' &&
      'This run averages the batch: its update is the tutorial’s divided by the number of rows.',
  ].filter((note): note is string => typeof note === 'string');

  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <header className="panel-header">
        <h2 id="code-title">The tutorial’s code, in sync</h2>
        {actions}
      </header>
      {notes.map((note) => (
        <p key={note} className="code-note">
          {note}
        </p>
      ))}
      <ol className="code-lines" ref={listRef}>
        {lines.map((line, i) => {
          const at = line.at ? indexOf(line.at) : -1;
          const isCurrent = at >= 0 && at === current;
          return (
            <li
              key={i}
              className="code-line"
              data-active={isCurrent ? 'true' : undefined}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <code>{line.text || ' '}</code>
              {line.value && at >= 0 && at <= current && <Matrix value={line.value} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Scrolls `list` (and only it) so its highlighted lines show, centred when they were not. */
function revealActive(list: HTMLElement): void {
  const active = list.querySelectorAll<HTMLElement>('[data-active="true"]');
  const first = active[0];
  const last = active[active.length - 1];
  if (!first || !last || list.scrollHeight <= list.clientHeight) return;
  const top = first.offsetTop;
  const bottom = last.offsetTop + last.offsetHeight;
  const { scrollTop, clientHeight } = list;
  if (top >= scrollTop && bottom <= scrollTop + clientHeight) return;
  const centred = (top + bottom) / 2 - clientHeight / 2;
  // A block taller than the panel shows its start, where the current line is.
  list.scrollTop = bottom - top > clientHeight ? top : Math.max(0, centred);
}

/** A matrix in NumPy's bracket layout, values to 4 significant digits. */
function Matrix({ value }: { readonly value: CodeValue }) {
  const { name, rows, cols, data } = value;
  const shown = Math.min(rows, MAX_ROWS);
  const row = (r: number) =>
    Array.from({ length: cols }, (_, c) => formatStepNumber(data[r * cols + c] ?? NaN)).join(', ');
  return (
    <span className="matrix" data-name={name}>
      <span className="matrix-name">{name} =</span>
      {rows === 1 && cols === 1 ? (
        <span>{String(data[0])}</span>
      ) : (
        <span className="matrix-rows">
          {Array.from({ length: shown }, (_, r) => (
            <span key={r}>
              {r === 0 ? '[[' : ' ['}
              {row(r)}]{r === rows - 1 ? ']' : ','}
            </span>
          ))}
          {rows > shown && <span> … {rows - shown} more rows]</span>}
        </span>
      )}
    </span>
  );
}
