import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numpyColumn } from './numpy-format.ts';

interface Case {
  readonly values: readonly string[];
  readonly printed: string;
}

/** Written by scripts/fixtures/numpy_print.py from NumPy itself. */
const { cases } = JSON.parse(
  readFileSync(new URL('./fixtures/numpy-print.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

describe('numpyColumn', () => {
  it.each(cases)('prints $values as NumPy does', ({ values, printed }) => {
    expect(numpyColumn(values.map(Number)).join('\n')).toBe(printed);
  });
});
