/**
 * The points as CSV, out and in: one point a line, `x1,x2,label` (a value for regression), with
 * an optional header. A file read back is checked like a model file or a link: the first problem
 * is named with its line, and nothing is changed until the whole file is good.
 */
import type { DataPoints } from '@/training/protocol';
import type { PointList } from '@/training/run-record';
import { quoteUntrusted } from '@/shared/untrusted-text';

/** Largest file read: 2,000 points of long decimals fit many times over. */
export const MAX_CSV_BYTES = 200_000;
/** Fewest and most points an import may hold (the range of a dataset's point count). */
export const CSV_POINTS = { min: 4, max: 2000 } as const;
/** Imported values are kept to a thousandth, finer than a pixel, so links carrying them stay short. */
const GRID = 1000;
/** A plain decimal such as 3, -0.5, .25 or 1e-3, as links accept; no hex, NaN or Infinity. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface CsvTarget {
  /** The plane the points must lie on: the dataset's, [low, high] for both coordinates. */
  readonly domain: readonly [number, number];
  /** Values in −1…1 rather than the classes 0 and 1. */
  readonly regression: boolean;
}

/** Every point, training then test, as CSV text with a header. */
export function formatPointsCsv(points: DataPoints, regression: boolean): string {
  const lines = [`x1,x2,${regression ? 'value' : 'label'}`];
  const add = (x: Float64Array, y: Float64Array, label: Float64Array) =>
    x.forEach((value, i) => lines.push(`${value},${y[i]},${label[i]}`));
  add(points.trainX, points.trainY, points.trainLabel);
  // The tutorial's XOR tests on its training points: they are not written twice.
  if (!sameSet(points)) add(points.testX, points.testY, points.testLabel);
  return `${lines.join('\n')}\n`;
}

function sameSet(points: DataPoints): boolean {
  const same = (a: Float64Array, b: Float64Array) =>
    a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
  return (
    same(points.trainX, points.testX) &&
    same(points.trainY, points.testY) &&
    same(points.trainLabel, points.testLabel)
  );
}

/** Thrown inside parsePointsCsv only: the first problem, said for the learner. */
class CsvProblem extends Error {}

const show = (value: number) => String(value).replace('-', '−');

/** The points `text` holds, kept to a thousandth; or the first problem, naming its line. */
export function parsePointsCsv(text: string, target: CsvTarget): PointList | { error: string } {
  if (text.length > MAX_CSV_BYTES) {
    return { error: `The file is too large (at most ${MAX_CSV_BYTES / 1000} kB).` };
  }
  const points = { x: [] as number[], y: [] as number[], label: [] as number[] };
  try {
    const lines = text.split(/\r\n|\r|\n/);
    let headerAllowed = true;
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const fields = line.split(',').map((field) => field.trim());
      // A header is a first line that is not all numbers.
      if (headerAllowed && !fields.every((field) => NUMBER.test(field))) {
        headerAllowed = false;
        if (fields.length === 3) continue;
      }
      headerAllowed = false;
      readPoint(fields, index + 1, target, points);
      if (points.x.length > CSV_POINTS.max) {
        throw new CsvProblem(`The file has more than ${CSV_POINTS.max} points.`);
      }
    }
  } catch (error) {
    if (error instanceof CsvProblem) return { error: error.message };
    throw error;
  }
  if (points.x.length < CSV_POINTS.min) {
    return {
      error: `The file has ${points.x.length} points; at least ${CSV_POINTS.min} are needed.`,
    };
  }
  return points;
}

function readPoint(
  fields: readonly string[],
  line: number,
  { domain: [low, high], regression }: CsvTarget,
  out: { x: number[]; y: number[]; label: number[] },
): void {
  const at = `Line ${line}`;
  if (fields.length !== 3) {
    const what = regression ? 'x1, x2, value' : 'x1, x2, label';
    throw new CsvProblem(`${at}: expected 3 values (${what}), found ${fields.length}.`);
  }
  const [x, y, label] = fields.map((field) => {
    if (!NUMBER.test(field)) {
      throw new CsvProblem(`${at}: ${quoteUntrusted(field, 24)} is not a number.`);
    }
    return Math.round(Number(field) * GRID) / GRID;
  }) as [number, number, number];
  for (const [name, value] of [
    ['x1', x],
    ['x2', y],
  ] as const) {
    if (value < low || value > high) {
      throw new CsvProblem(
        `${at}: ${name} = ${show(value)} is off the plane (${show(low)} to ${show(high)}).`,
      );
    }
  }
  if (regression && !(label >= -1 && label <= 1)) {
    throw new CsvProblem(`${at}: the value ${show(label)} is not from −1 to 1.`);
  }
  // Playground's classes are −1 and +1; here they are 0 and 1.
  if (!regression && label !== 0 && label !== 1 && label !== -1) {
    throw new CsvProblem(`${at}: the label ${show(label)} is not a class (0 or 1; −1 means 0).`);
  }
  out.x.push(x);
  out.y.push(y);
  out.label.push(!regression && label === -1 ? 0 : label);
}
