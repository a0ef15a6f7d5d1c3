/**
 * A run's edits in a link (`edits=`): short text that reads back to the very same edits.
 *
 *   log   := edit ("~" edit)*
 *   edit  := epoch "_" kind ("_" field)*
 *   kind  := "c" (configure: key "_" value, for each setting changed; the link keys and value
 *                 formats of url-codecs.ts)
 *          | "p" (setParam: index "_" value)   | "a" (addPoint: x "_" y "_" label)
 *          | "x" (erase: x "_" y "_" radius)   | "r" (regenerate)
 *          | "i" (points imported: url-points.ts, whose base64url may itself hold "_")
 *
 * e.g. `0_c_h_4~200_c_lr_0.4`: the hidden layer resized to 4 before training, the rate set to
 * 0.4 after 200 updates. Numbers are JavaScript's shortest round-trip decimals (with "e" for
 * "e+", as "+" means a space in a query), so each parses back to the identical double.
 *
 * Reading treats the text as hostile: the whole log is accepted or, at its first problem,
 * refused with one notice (half a log would replay a different run without saying so).
 */
import { LIMITS } from '@/engine/limits';
import { RUN_CONFIG, RUN_CONFIG_KEYS, type RunConfig } from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';
import type { ConfigPatch, RunEdit } from '@/training/run-record';
import { CONFIG_PROPS, NUMBER_PATTERN, quote, type Codec } from './url-codecs';
import { decodePoints, encodePoints } from './url-points';

/** The largest typed-in weight, as the editor allows (engine/limits.ts says why). */
const TYPED_WEIGHT = LIMITS.typedWeight.max;

export const LOG_KEY = 'edits';
const EDIT_SEPARATOR = '~';
const FIELD_SEPARATOR = '_';

/** Settings an edit never carries: pace (never logged) and the seed (a new seed is a new run). */
const NOT_LOGGED: ReadonlySet<keyof RunConfig> = new Set(['speed', 'epochTarget', 'seed']);
/** The settings a `c` edit may change, by link key. */
const LOGGED_BY_KEY: ReadonlyMap<string, keyof RunConfig> = new Map(
  RUN_CONFIG_KEYS.filter((field) => !NOT_LOGGED.has(field)).map((field) => [
    CONFIG_PROPS[field].key,
    field,
  ]),
);

/** Points, erasers and labels far outside any dataset's plane ([−6, 6]²) are no one's drawing. */
const MAX_COORDINATE = 100;
/** Most points an import may hold: as many as a dataset may have. */
const MAX_POINTS = RUN_CONFIG.pointCount.max;
/** Far above the largest network's parameter count (433). */
const MAX_PARAM_INDEX = 100_000;
/** Highest epoch an edit may claim (trainers never get near it). */
export const MAX_LOG_EPOCH = 2e9;

/** A double as the shortest text that parses back to it, without "+" (a space in a query). */
export function exactNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x).replace('e+', 'e');
}

function formatPatch(patch: ConfigPatch): string[] {
  const fields: string[] = [];
  for (const field of RUN_CONFIG_KEYS) {
    if (!(field in patch)) continue;
    const codec = CONFIG_PROPS[field] as Codec<unknown>;
    fields.push(codec.key, codec.format((patch as Record<string, unknown>)[field]));
  }
  return fields;
}

function formatEdit(edit: RunEdit): string {
  const head = [String(edit.epoch)];
  switch (edit.kind) {
    case 'configure':
      return [...head, 'c', ...formatPatch(edit.patch)].join(FIELD_SEPARATOR);
    case 'setParam':
      return [...head, 'p', String(edit.index), exactNumber(edit.value)].join(FIELD_SEPARATOR);
    case 'addPoint':
      return [...head, 'a', ...[edit.x, edit.y, edit.label].map(exactNumber)].join(FIELD_SEPARATOR);
    case 'erase':
      return [...head, 'x', ...[edit.x, edit.y, edit.radius].map(exactNumber)].join(
        FIELD_SEPARATOR,
      );
    case 'regenerate':
      return [...head, 'r'].join(FIELD_SEPARATOR);
    case 'points':
      return [...head, 'i', encodePoints(edit)].join(FIELD_SEPARATOR);
  }
}

/** The edits as log text ('' for none); encodeURIComponent it for a query. */
export function formatLog(edits: readonly RunEdit[]): string {
  return edits.map(formatEdit).join(EDIT_SEPARATOR);
}

/** Thrown inside parseLog only: the first problem, said for the notice. */
class LogProblem extends Error {}

function number(raw: string | undefined, what: string, min: number, max: number): number {
  if (raw === undefined) throw new LogProblem(`${what} missing`);
  const value = NUMBER_PATTERN.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw new LogProblem(`${what} ${quote(raw)}`);
  return value;
}

function whole(raw: string | undefined, what: string, min: number, max: number): number {
  const value = number(raw, what, min, max);
  if (!Number.isInteger(value)) throw new LogProblem(`${what} ${quote(raw ?? '')}`);
  return value;
}

function parsePatch(fields: readonly string[], start: TrainerConfig): ConfigPatch {
  if (fields.length === 0 || fields.length % 2 !== 0) {
    throw new LogProblem('a setting without its value');
  }
  const patch: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i += 2) {
    const key = fields[i]!;
    const field = LOGGED_BY_KEY.get(key);
    if (field === undefined) throw new LogProblem(`no setting ${quote(key)}`);
    if (Object.hasOwn(patch, field)) throw new LogProblem(`${quote(key)} twice`);
    const codec = CONFIG_PROPS[field] as Codec<unknown>;
    const problems: string[] = [];
    const value = codec.parse(fields[i + 1]!, start[field], problems);
    // A value the link would have to change is not the value the sender's run had.
    if (problems.length > 0) throw new LogProblem(`${codec.label} ${quote(fields[i + 1]!)}`);
    patch[field] = value;
  }
  // Each value came from its own setting's codec, so it has that setting's type.
  return patch as ConfigPatch;
}

function parseEdit(text: string, start: TrainerConfig, minEpoch: number): RunEdit {
  const [epochText, kind, ...fields] = text.split(FIELD_SEPARATOR);
  const epoch = whole(epochText, 'epoch', minEpoch, MAX_LOG_EPOCH);
  const count = (n: number) => {
    if (fields.length !== n) throw new LogProblem(`${quote(text)} has the wrong number of values`);
  };
  switch (kind) {
    case 'c':
      return { epoch, kind: 'configure', patch: parsePatch(fields, start) };
    case 'p':
      count(2);
      return {
        epoch,
        kind: 'setParam',
        index: whole(fields[0], 'weight index', 0, MAX_PARAM_INDEX),
        value: number(fields[1], 'weight', -TYPED_WEIGHT, TYPED_WEIGHT),
      };
    case 'a':
      count(3);
      return {
        epoch,
        kind: 'addPoint',
        x: number(fields[0], 'x', -MAX_COORDINATE, MAX_COORDINATE),
        y: number(fields[1], 'y', -MAX_COORDINATE, MAX_COORDINATE),
        label: number(fields[2], 'label', -MAX_COORDINATE, MAX_COORDINATE),
      };
    case 'x':
      count(3);
      return {
        epoch,
        kind: 'erase',
        x: number(fields[0], 'x', -MAX_COORDINATE, MAX_COORDINATE),
        y: number(fields[1], 'y', -MAX_COORDINATE, MAX_COORDINATE),
        radius: number(fields[2], 'radius', 0, MAX_COORDINATE),
      };
    case 'r':
      count(0);
      return { epoch, kind: 'regenerate' };
    case 'i': {
      const points = decodePoints(fields.join(FIELD_SEPARATOR));
      if (!points) throw new LogProblem('the imported points are damaged');
      if (points.x.length > MAX_POINTS) throw new LogProblem('too many imported points');
      const far = [...points.x, ...points.y, ...points.label].some(
        (value) => Math.abs(value) > MAX_COORDINATE,
      );
      if (far) throw new LogProblem('an imported point is far off the plane');
      return { epoch, kind: 'points', ...points };
    }
    default:
      throw new LogProblem(`unknown change ${quote(kind ?? '')}`);
  }
}

/**
 * The edits `text` holds, made after `minEpoch` updates or later, in order; or null, with one
 * notice, if anything in it is wrong. Settings are checked as the link's own (menus included).
 */
export function parseLog(
  text: string,
  start: TrainerConfig,
  minEpoch: number,
  notices: string[],
): RunEdit[] | null {
  const edits: RunEdit[] = [];
  const parts = text === '' ? [] : text.split(EDIT_SEPARATOR);
  for (const [i, part] of parts.entries()) {
    try {
      const edit = parseEdit(part, start, edits.at(-1)?.epoch ?? minEpoch);
      edits.push(edit);
    } catch (error) {
      if (!(error instanceof LogProblem)) throw error;
      notices.push(
        `The link's log of changes is damaged (change ${i + 1}: ${error.message}); it was ignored, so the run may differ from the sender's.`,
      );
      return null;
    }
  }
  return edits;
}
