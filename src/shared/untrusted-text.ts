/**
 * Text from a link or a file quoted back in a notice. A stranger chooses it, so characters that
 * could hide or reorder the words around it — controls, bidi overrides and isolates, zero-width
 * and other format characters, line and paragraph separators — are removed first.
 */

/** Control (Cc), format (Cf: bidi marks, overrides, isolates, zero-width) and Zl/Zp characters. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `raw` without the characters that could hide or reorder text. */
export function stripHidden(raw: string): string {
  return raw.replace(HIDDEN, '');
}

/** Untrusted text in quotes for a notice: hidden characters removed, at most `max` characters. */
export function quoteUntrusted(raw: string, max = 24): string {
  const chars = [...stripHidden(raw)];
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
  return `“${shown}”`;
}

/** One untrusted character in quotes; a hidden one is named by its code point (U+202E). */
export function quoteCharacter(ch: string): string {
  if (stripHidden(ch) !== '') return `“${ch}”`;
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
