import { describe, expect, it } from 'vitest';
import type { DataPoints } from '@/training/protocol';
import { formatPointsCsv, parsePointsCsv } from './points-csv';

const PLANE = { domain: [-6, 6], regression: false } as const;
const f64 = (...values: number[]) => Float64Array.from(values);
const POINTS: DataPoints = {
  trainX: f64(1.25, -3.5, 0.1 + 0.2),
  trainY: f64(0, 5.999, -6),
  trainLabel: f64(1, 0, 1),
  testX: f64(2),
  testY: f64(-2),
  testLabel: f64(0),
};

describe('points as CSV', () => {
  it('are written one a line with a header, and read back kept to a thousandth', () => {
    const text = formatPointsCsv(POINTS, false);
    expect(text).toBe('x1,x2,label\n1.25,0,1\n-3.5,5.999,0\n0.30000000000000004,-6,1\n2,-2,0\n');
    expect(parsePointsCsv(text, PLANE)).toEqual({
      x: [1.25, -3.5, 0.3, 2],
      y: [0, 5.999, -6, -2],
      label: [1, 0, 1, 0],
    });
    // Regression says "value"; a file without a header, with CRLF, blank lines and −1 classes.
    expect(formatPointsCsv(POINTS, true).split('\n')[0]).toBe('x1,x2,value');
    expect(parsePointsCsv('1,1,-1\r\n\r\n2, 2 ,1\r\n3,3,1\r\n4,4,-1\r\n', PLANE)).toEqual({
      x: [1, 2, 3, 4],
      y: [1, 2, 3, 4],
      label: [0, 1, 1, 0],
    });
  });

  it('the tutorial’s XOR, tested on its training points, is written once', () => {
    const xor: DataPoints = {
      ...POINTS,
      testX: POINTS.trainX,
      testY: POINTS.trainY,
      testLabel: POINTS.trainLabel,
    };
    expect(formatPointsCsv(xor, false).trim().split('\n')).toHaveLength(4);
  });

  it.each([
    ['x1,x2,label\n1,2,1\n1,2\n', 'Line 3: expected 3 values (x1, x2, label), found 2.'],
    ['1,2,1\n1,abc,0\n', 'Line 2: “abc” is not a number.'],
    ['1,2,1\n1,NaN,0\n', 'Line 2: “NaN” is not a number.'],
    ['1,2,1\n7,2,0\n', 'Line 2: x1 = 7 is off the plane (−6 to 6).'],
    ['1,2,1\n1,2,2\n', 'Line 2: the label 2 is not a class (0 or 1; −1 means 0).'],
    ['x1,x2,label\n1,2,1\n', 'The file has 1 points; at least 4 are needed.'],
    ['', 'The file has 0 points; at least 4 are needed.'],
    ['1,1,0\n'.repeat(2001), 'The file has more than 2000 points.'],
  ])('a bad file is refused whole, naming its first problem: %j', (text, error) => {
    expect(parsePointsCsv(text, PLANE)).toEqual({ error });
  });

  it('checks regression values and the tutorial’s smaller plane', () => {
    const rows = '0,0,0.5\n1,1,-1\n0.5,0.5,1\n';
    expect(parsePointsCsv(`${rows}1,0,1.5\n`, { domain: [-6, 6], regression: true })).toEqual({
      error: 'Line 4: the value 1.5 is not from −1 to 1.',
    });
    expect(
      parsePointsCsv('0,0,1\n1,1,1\n0,1,0\n2,0,1\n', { domain: [-0.5, 1.5], regression: false }),
    ).toEqual({
      error: 'Line 4: x1 = 2 is off the plane (−0.5 to 1.5).',
    });
  });
});
