/**
 * Where JSON text goes wrong, for error messages people can act on. JSON.parse's own messages
 * differ between browsers and often omit the position ("Unexpected token 'N', … is not valid
 * JSON"), so this small scanner, run only after JSON.parse has failed, finds it itself.
 */

/** A syntax error: its offset in the text, line and column from 1, and what was wrong. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

/** Deeper than any real file; keeps the scanner's recursion far from the stack limit. */
const MAX_DEPTH = 256;

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
const WHITESPACE = /[ \t\n\r]*/y;

function scan(text: string): void {
  let i = 0;

  const stop = (problem: string): never => {
    if (i >= text.length) throw new Stop(text.length, 'the text ends too early');
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    throw new Stop(i, problem.replace('%', `“${ch}”`));
  };
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const expect = (ch: string, problem: string) => {
    skipWhitespace();
    if (text[i] !== ch) stop(problem);
    i++;
  };

  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new Stop(text.length, 'a string is not closed');
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) stop('a line break or control character inside a string');
      if (code === 0x5c) {
        ESCAPE.lastIndex = i + 1;
        if (!ESCAPE.test(text)) {
          i++;
          stop('% is not a valid escape');
        }
        i = ESCAPE.lastIndex;
      } else {
        i++;
      }
    }
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) stop('the data is nested too deeply');
    skipWhitespace();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipWhitespace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipWhitespace();
        if (text[i] !== '"') stop('expected a property name in double quotes, found %');
        string();
        expect(':', "expected ':' after a property name, found %");
        value(depth + 1);
        skipWhitespace();
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] !== ',') stop("expected ',' or '}', found %");
        i++;
      }
    }
    if (ch === '[') {
      i++;
      skipWhitespace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipWhitespace();
        if (text[i] === ']') {
          i++;
          return;
        }
        if (text[i] !== ',') stop("expected ',' or ']', found %");
        i++;
      }
    }
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop('unexpected %');
  };

  value(0);
  skipWhitespace();
  if (i < text.length) stop('unexpected % after the end of the data');
}

/** The first syntax error in `text`, or null if it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { offset: error.offset, line, column, problem: error.problem };
  }
}
