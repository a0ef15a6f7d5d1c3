import { describe, expect, it } from 'vitest';
import { quoteCharacter, quoteUntrusted, stripHidden } from './untrusted-text';

describe('untrusted text', () => {
  it('removes controls, bidi overrides and isolates, zero-width and separator characters', () => {
    const hostile = 'a\u202Eb\u2066c\u200Bd\u200Fe\u0000f\u001Bg\nh\u2028i\u2029j\u061Ck\uFEFFl';
    expect(stripHidden(hostile)).toBe('abcdefghijkl');
    expect(stripHidden('Grüße, 数据 ✓')).toBe('Grüße, 数据 ✓');
  });

  it('quotes at most `max` characters, counted after the removal', () => {
    expect(quoteUntrusted('Your model was deleted, call 555 0100')).toBe(
      '“Your model was deleted, …”',
    );
    expect(quoteUntrusted('\u202E\u202Eabc', 3)).toBe('“abc”');
    expect(quoteUntrusted('\u202E')).toBe('“”');
  });

  it('names a hidden character by its code point', () => {
    expect(quoteCharacter('x')).toBe('“x”');
    expect(quoteCharacter('\u202E')).toBe('U+202E');
    expect(quoteCharacter('\u0007')).toBe('U+0007');
  });
});
