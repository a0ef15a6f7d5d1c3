import type { CSSProperties } from 'react';
import { classColour } from '@/shared/class-colours';

interface ConfusionMatrixProps {
  /** Counts, classes × classes row-major: row = true class, column = predicted class. */
  readonly counts: Int32Array;
  /** Which points were counted, for the caption: 'test' or 'training'. */
  readonly set: string;
}

/**
 * A small heat grid of (true class, predicted class) counts: the diagonal is right, every other
 * cell says which class was taken for which. Each cell is shaded by its share of its row, so a
 * class the network confuses shows at a glance whatever the class sizes.
 */
export function ConfusionMatrix({ counts, set }: ConfusionMatrixProps) {
  const classes = Math.round(Math.sqrt(counts.length));
  if (classes < 2 || classes * classes !== counts.length) return null;
  const range = Array.from({ length: classes }, (_, c) => c);
  const rowTotal = (row: number) =>
    range.reduce((sum, column) => sum + counts[row * classes + column]!, 0);
  return (
    <table className="confusion-matrix" data-classes={classes}>
      <caption>Confusion matrix, {set} points: rows true class, columns predicted</caption>
      <thead>
        <tr>
          <th scope="col" className="corner">
            true ↓ predicted →
          </th>
          {range.map((c) => (
            <th key={c} scope="col" aria-label={`predicted ${c}`}>
              <ClassName c={c} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {range.map((row) => {
          const total = rowTotal(row);
          return (
            <tr key={row}>
              <th scope="row" aria-label={`true ${row}`}>
                <ClassName c={row} />
              </th>
              {range.map((column) => {
                const count = counts[row * classes + column]!;
                const share = total > 0 ? count / total : 0;
                const kind = row === column ? 'right' : 'wrong';
                return (
                  <td
                    key={column}
                    className={`cell ${kind}`}
                    data-count={count}
                    style={{ '--share': share.toFixed(3) } as CSSProperties}
                  >
                    {count}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ClassName({ c }: { c: number }) {
  return (
    <span className="class-name">
      <span className="swatch" style={{ background: classColour(c) }} aria-hidden="true" />
      {c}
    </span>
  );
}
