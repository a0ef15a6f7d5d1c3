/**
 * Where JSON text goes wrong, for error messages people can act on. JSON.parse's own messages
 * differ between browsers and often omit the position ("Unexpected token 'N', … is not valid
 * JSON"), so after JSON.parse has failed, jsonc-parser's strict parser (no comments, no trailing
 * commas) finds the first error itself, the same in every browser.
 */
import { printParseErrorCode, visit, type JSONVisitor, type ParseErrorCode } from 'jsonc-parser';
import { quoteCharacter } from '@/shared/untrusted-text';

/** A syntax error: its offset in the text, line and column from 1, and what was wrong. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

/** Deeper than any real file; keeps the parser's recursion far from the stack limit. */
const MAX_DEPTH = 256;

type ErrorName = ReturnType<typeof printParseErrorCode>;

/** What each error means to a person; % stands for the character found there. */
const PROBLEMS: Readonly<Record<ErrorName, string>> = {
  InvalidSymbol: 'unexpected %',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'expected a property name in double quotes, found %',
  ValueExpected: 'unexpected %',
  ColonExpected: "expected ':' after a property name, found %",
  CommaExpected: "expected ',' between items, found %",
  CloseBraceExpected: "expected ',' or '}', found %",
  CloseBracketExpected: "expected ',' or ']', found %",
  EndOfFileExpected: 'unexpected % after the end of the data',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'a comment, which JSON does not allow',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a string holds a \\u escape without four hex digits',
  InvalidEscapeCharacter: 'a string holds an invalid escape',
  InvalidCharacter: 'a control character inside a string',
  '<unknown ParseErrorCode>': 'unexpected %',
};

/** Thrown from the visitor to stop at the first error. */
class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

function stopAt(text: string, code: ParseErrorCode, offset: number, length: number): never {
  const name = printParseErrorCode(code);
  // jsonc-parser ends a string at a line break: point at the break, not the string's start.
  const end = offset + length;
  if (name === 'UnexpectedEndOfString' && (text[end] === '\n' || text[end] === '\r')) {
    throw new Stop(end, 'a line break inside a string');
  }
  if (offset >= text.length) throw new Stop(text.length, 'the text ends too early');
  const ch = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  throw new Stop(offset, PROBLEMS[name].replace('%', quoteCharacter(ch)));
}

/** The first syntax error in `text`, or null if it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  let depth = 0;
  const enter = (offset: number) => {
    if (++depth > MAX_DEPTH) throw new Stop(offset, 'the data is nested too deeply');
  };
  const leave = () => void depth--;
  const visitor: JSONVisitor = {
    onObjectBegin: enter,
    onArrayBegin: enter,
    onObjectEnd: leave,
    onArrayEnd: leave,
    onError: (code, offset, length) => stopAt(text, code, offset, length),
  };
  try {
    visit(text, visitor, { disallowComments: true, allowTrailingComma: false });
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { offset: error.offset, line, column, problem: error.problem };
  }
}
