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
    expect(findJsonError('{"a": "x\ny"}')).toMatchObject({
      line: 1,
      column: 9,
      problem: 'a line break inside a string',
    });
    expect(findJsonError('"\u0001"')?.problem).toBe('a control character inside a string');
    // The position is the string's: the parser reports an escape by the string that holds it.
    expect(findJsonError('"\\q"')).toMatchObject({
      column: 1,
      problem: 'a string holds an invalid escape',
    });
    expect(findJsonError('[1, 2')).toMatchObject({ column: 6, problem: 'the text ends too early' });
    expect(findJsonError('"abc')?.problem).toBe('a string is not closed');
    expect(findJsonError('01')?.problem).toBe('unexpected “1” after the end of the data');
    expect(findJsonError('{"a": 1,}')).toMatchObject({
      column: 9,
      problem: 'expected a property name in double quotes, found “}”',
    });
    expect(findJsonError('[1 2]')?.problem).toBe("expected ',' between items, found “2”");
    expect(findJsonError('[1] // note')?.problem).toBe('a comment, which JSON does not allow');
  });

  it('stops at a depth no real file reaches, without overflowing the stack', () => {
    expect(findJsonError('['.repeat(100_000))).toMatchObject({
      column: 257,
      problem: 'the data is nested too deeply',
    });
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
