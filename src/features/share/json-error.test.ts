import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from './json-error';

describe('findJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of [
      '{}',
      ' [1, -2.5e-3, "a\\u00e9\\n", true, null] ',
      '{"a": {"b": []}}',
      '0',
    ]) {
      expect(findJsonError(text)).toBeNull();
    }
  });

  it('locates errors by line and column', () => {
    expect(findJsonError('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      offset: 19,
      line: 3,
      column: 8,
      problem: 'unexpected “t”',
    });
    expect(findJsonError('{"a": "x\ny"}')?.problem).toBe(
      'a line break or control character inside a string',
    );
    expect(findJsonError('"\\q"')).toMatchObject({
      column: 3,
      problem: '“q” is not a valid escape',
    });
    expect(findJsonError('[1, 2')).toMatchObject({ column: 6, problem: 'the text ends too early' });
    expect(findJsonError('"abc')?.problem).toBe('a string is not closed');
    expect(findJsonError('01')?.problem).toBe('unexpected “1” after the end of the data');
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonError(text) === null).toBe(valid);
      }),
      { seed: 99, numRuns: 2000 },
    );
  }, 60_000);
});
