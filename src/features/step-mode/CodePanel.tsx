import type { ReactNode } from 'react';
import { useStep, useTraining } from '@/state/hooks';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { stepPositions, type StepPhase, type StepPosition } from '@/state/step-phases';
import { formatStepNumber } from '@/shared/step-format';
import { codeNotes, tutorialCode, type CodeValue } from './tutorial-code';

/** Rows of a matrix shown before the rest is summarised (large datasets have hundreds). */
const MAX_ROWS = 6;

/**
 * The tutorial's NumPy code beside the graph in step mode: the current phase's lines
 * highlighted, the training loop at this step's epoch with the statement that is running
 * marked, and each line's matrix for this step once the walk has reached it.
 */
export function CodePanel({ actions }: { actions?: ReactNode }) {
  const active = useStep((s) => s.active);
  const trace = useStep((s) => s.trace);
  const phase = useStep((s) => s.phase);
  const layer = useStep((s) => s.layer);
  const epoch = useStep((s) => s.epoch);
  const hidden = useTraining((s) => s.config.hiddenActivation);
  const output = useTraining((s) => s.config.outputActivation);
  const loss = useTraining((s) => s.config.loss);
  const settings = useMemo(() => ({ hidden, output, loss, epoch }), [hidden, output, loss, epoch]);
  const lines = useMemo(() => (trace ? tutorialCode(trace, settings) : []), [trace, settings]);
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
  /** Whether the walk has reached the first stop of one of `phases`. */
  const reached = (phases: readonly StepPhase[]) =>
    phases.some((p) => {
      const first = positions.findIndex((at) => at.phase === p);
      return first >= 0 && first <= current;
    });
  const notes = codeNotes(trace, settings);

  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <header className="panel-header">
        <h2 id="code-title">
          {notes.length === 0 ? 'The tutorial’s code, in sync' : 'The tutorial’s code, adapted'}
        </h2>
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
          // Loop statements stay marked while the function they call runs.
          const calling = line.during.includes(phase);
          const shown =
            line.loop || (line.during.length > 0 ? reached(line.during) : at >= 0 && at <= current);
          return (
            <li
              key={i}
              className="code-line"
              data-active={isCurrent ? 'true' : undefined}
              data-calling={calling || undefined}
              data-loop={line.loop || undefined}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <code>{line.text || ' '}</code>
              {line.note && shown && <span className="code-line-note">{line.note}</span>}
              {line.value && shown && <Matrix value={line.value} />}
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
    // Full precision for tools and tests; the eye gets 4 digits.
    <span className="matrix" data-name={name} data-values={Array.from(data).join(' ')}>
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
