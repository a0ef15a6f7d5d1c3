/**
 * The whole run in the page's query string, so a link reproduces it: its start settings, the
 * view options, the edits made while it trained, the epoch it opens at and, for a run started
 * from saved weights, those weights. Parsing treats the link as hostile input: every value is
 * checked, anything wrong falls back to its default (or is clamped) with a notice.
 *
 * The settings' keys, ranges and defaults come from the run-config table (url-codecs.ts builds
 * their codecs); the record's keys are in url-run.ts, the weights' encoding in url-weights.ts.
 */
import { DEFAULT_VIEW, type ViewOptions } from '@/state/view-store';
import type { RunEdit, TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { HIDEABLE_CONTROLS } from '@/state/options';
import {
  booleanCodec,
  CONFIG_PROPS,
  namesCodec,
  quote,
  type Codec,
  type Codecs,
} from './url-codecs';
import { fitEpochTarget } from './epoch-target';
import { notesCodec } from './url-notes';
import { keepOffPreset, linkBase } from './url-preset';
import { readRun, RUN_KEYS, runQueryPairs, type LinkRun } from './url-run';
import type { UrlWeights } from './url-weights';

export { CONFIG_PROPS, type Codec } from './url-codecs';
export { decodeParams, encodeParams, type UrlWeights } from './url-weights';
export { linkReplay, type LinkRun } from './url-run';
export { HIDEABLE_CONTROLS, type ControlId } from '@/state/options';

export { DEFAULT_VIEW, type ViewOptions } from '@/state/view-store';

/** What a link holds once checked; `notices` says what was wrong with it, one sentence each. */
export interface ParsedUrlState {
  /** The run's settings at its start. */
  readonly config: TrainerConfig;
  readonly view: ViewOptions;
  /** The saved weights the run starts from (after `weights.epoch` updates), or null. */
  readonly weights: UrlWeights | null;
  /** The edits made while the run trained, each at its epoch. */
  readonly edits: readonly RunEdit[];
  /** The epoch the link opens at: the run is replayed to there. */
  readonly epoch: number;
  readonly notices: string[];
}

/**
 * Longest query read. Links are written up to LINK_QUERY_LIMIT; the largest network's weights
 * (433) take about 4.6 kB.
 */
export const MAX_QUERY_LENGTH = 10_000;
/** Longest query a link is written with; a longer record gives way to the weights (run-link.ts). */
export const LINK_QUERY_LIMIT = 8_000;
/** Past this many problems the rest are summed up in one notice. */
const MAX_NOTICES = 12;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The view options' keys and values. */
export const VIEW_PROPS = {
  logScale: booleanCodec('log', 'Log scale'),
  discretize: booleanCodec('discrete', 'Discretize output'),
  showTestData: booleanCodec('test', 'Show test data'),
  presenter: booleanCodec('present', 'Presenter mode'),
  hide: namesCodec({
    link: 'hide',
    label: 'Hidden controls',
    options: HIDEABLE_CONTROLS,
    minCount: 0,
  }),
  lessonNotes: notesCodec,
} as const satisfies Codecs<ViewOptions>;

function writeAll<T>(codecs: Codecs<T>, values: T, defaults: T, out: URLSearchParams): void {
  for (const field of Object.keys(codecs) as (keyof T)[]) {
    writeOne(codecs, field, values, defaults, out);
  }
}

function writeOne<T, K extends keyof T>(
  codecs: Codecs<T>,
  field: K,
  values: T,
  defaults: T,
  out: URLSearchParams,
): void {
  const codec: Codec<T[K]> = codecs[field];
  if (!codec.equal(values[field], defaults[field])) {
    out.set(codec.key, codec.format(values[field]));
  }
}

function readAll<T>(
  codecs: Codecs<T>,
  defaults: T,
  raw: ReadonlyMap<string, string>,
  notices: string[],
): T {
  const out: Mutable<T> = { ...defaults };
  for (const field of Object.keys(codecs) as (keyof T)[]) {
    readOne(codecs, field, out, raw, notices);
  }
  return out;
}

function readOne<T, K extends keyof T>(
  codecs: Codecs<T>,
  field: K,
  out: Mutable<T>,
  raw: ReadonlyMap<string, string>,
  notices: string[],
): void {
  const codec: Codec<T[K]> = codecs[field];
  const text = raw.get(codec.key);
  if (text !== undefined) out[field] = codec.parse(text, out[field], notices);
}

/**
 * The query string (with its '?', or '' when everything is at its default) that reproduces the
 * run and the view: its start settings, then `e`, `edits`, `we` and `w` as needed (url-run.ts).
 * Settings equal to TUTORIAL_CONFIG and DEFAULT_VIEW are left out, so the tutorial's link is
 * the bare page address.
 */
export function serializeRun(run: LinkRun, view: ViewOptions): string {
  const out = new URLSearchParams();
  writeAll<TrainerConfig>(CONFIG_PROPS, run.start, TUTORIAL_CONFIG, out);
  keepOffPreset(run.start, out);
  writeAll<ViewOptions>(VIEW_PROPS, view, DEFAULT_VIEW, out);
  const pairs = [out.toString(), ...runQueryPairs(run)].filter((pair) => pair !== '');
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/**
 * A fresh run of `config` with the view, or, given weights, the run continued from them: opened
 * at their epoch, with no edits.
 */
export function serializeUrlState(
  config: TrainerConfig,
  view: ViewOptions,
  weights?: UrlWeights,
): string {
  const origin = weights ?? null;
  return serializeRun({ start: config, origin, edits: [], epoch: origin?.epoch ?? 0 }, view);
}

/** Keys and values of the query, first occurrence of each key; notices for the rest. */
function collect(search: string, notices: string[]): Map<string, string> {
  let query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    notices.push(
      `The link is too long (${query.length} characters, at most ${MAX_QUERY_LENGTH}); the part past that was ignored.`,
    );
    // Cut at a separator so that no value is read half-way.
    const cut = query.lastIndexOf('&', MAX_QUERY_LENGTH);
    query = cut === -1 ? '' : query.slice(0, cut);
  }
  const known = new Set<string>(RUN_KEYS);
  for (const codec of Object.values<Codec<unknown>>(CONFIG_PROPS)) known.add(codec.key);
  for (const codec of Object.values<Codec<unknown>>(VIEW_PROPS)) known.add(codec.key);

  const raw = new Map<string, string>();
  const reported = new Set<string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (!known.has(key)) {
      if (key !== '' && !reported.has(key)) {
        notices.push(`Ignored ${quote(key)}: the app has no such setting.`);
      }
    } else if (raw.has(key)) {
      if (!reported.has(key)) {
        notices.push(`${quote(key)} appears more than once in the link; using the first value.`);
      }
    } else {
      raw.set(key, value);
      continue;
    }
    reported.add(key);
  }
  return raw;
}

/**
 * Reads a query string (with or without '?') back into a run. Never throws: every unknown
 * key, repeated key, malformed, non-finite, out-of-range, unknown or unoffered value falls back
 * to its default or is clamped, with one human-readable notice per problem (at most
 * MAX_NOTICES, then a summary). Weights are dropped unless they fit the parsed network exactly;
 * a damaged log of edits is dropped whole.
 */
export function parseUrlState(search: string, base?: TrainerConfig): ParsedUrlState {
  const notices: string[] = [];
  const raw = collect(search, notices);
  // `base`: the settings a value left out or refused falls back to: the tutorial's, or a
  // preset (the caller's, or the dataset's for a link that names nothing else).
  let config = readAll<TrainerConfig>(CONFIG_PROPS, base ?? linkBase(raw), raw, notices);
  const view = readAll<ViewOptions>(VIEW_PROPS, DEFAULT_VIEW, raw, notices);
  const run = readRun(raw, config, notices);
  const { edits } = run;
  let { origin, epoch } = run;
  // An epoch beyond the target would leave Play disabled for good.
  const fitted = fitEpochTarget(epoch, config.epochTarget);
  if (fitted.notice !== null && (fitted.epoch === epoch || edits.length === 0)) {
    notices.push(fitted.notice);
    config = { ...config, epochTarget: fitted.epochTarget };
    if (fitted.epoch !== epoch) {
      // Only saved weights come before it (no edits): they open at the lowered epoch.
      origin = origin && { ...origin, epoch: fitted.epoch };
      epoch = fitted.epoch;
    }
  }
  if (notices.length > MAX_NOTICES) {
    const rest = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, rest, `…and ${rest} more problems with the link.`);
  }
  return { config, view, weights: origin, edits, epoch, notices };
}

/** The run a parsed link holds. */
export function runOf(parsed: ParsedUrlState): LinkRun {
  const { config: start, weights: origin, edits, epoch } = parsed;
  return { start, origin, edits, epoch };
}
