/**
 * A run as data: the settings it started from (and, for a run opened from saved weights, those
 * weights) plus every edit since, each stamped with the epoch it was made at. Training is
 * deterministic, so replaying the record (replay.ts) gives the run again, number for number.
 */
import type { TrainerConfig } from './protocol';

/** A change of settings that alters what training computes (not speed or the epoch target). */
export type ConfigPatch = Partial<Omit<TrainerConfig, 'speed' | 'epochTarget'>>;

/** One edit, made after `epoch` updates (before the next one). */
export type RunEdit =
  | { readonly epoch: number; readonly kind: 'configure'; readonly patch: ConfigPatch }
  | {
      readonly epoch: number;
      readonly kind: 'setParam';
      readonly index: number;
      readonly value: number;
    }
  | {
      readonly epoch: number;
      readonly kind: 'addPoint';
      readonly x: number;
      readonly y: number;
      readonly label: number;
    }
  | {
      readonly epoch: number;
      readonly kind: 'erase';
      readonly x: number;
      readonly y: number;
      readonly radius: number;
    }
  | { readonly epoch: number; readonly kind: 'regenerate' }
  | ({ readonly epoch: number; readonly kind: 'points' } & PointList);

/** Points given as a whole (a CSV file): coordinates and labels (or values), index by index. */
export interface PointList {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly label: readonly number[];
}

/** Where a run opened from saved weights starts: those weights after `epoch` updates. */
export interface RunOrigin {
  readonly epoch: number;
  readonly params: Float64Array;
}

export interface RunRecord {
  /** The settings at the start; `speed` and `epochTarget` are the latest ones. */
  readonly start: TrainerConfig;
  readonly origin: RunOrigin | null;
  /** In the order they were made; epochs never decrease. */
  readonly edits: readonly RunEdit[];
}

/** Settings that steer the run's pace or its end, not its numbers: never logged. */
const UNLOGGED: ReadonlySet<string> = new Set<keyof TrainerConfig>(['speed', 'epochTarget']);

/** The part of a patch that changes what training computes, or null if none of it does. */
export function loggedPatch(
  patch: Partial<TrainerConfig>,
  before: TrainerConfig,
): ConfigPatch | null {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (UNLOGGED.has(key)) continue;
    if (JSON.stringify(value) === JSON.stringify(before[key as keyof TrainerConfig])) continue;
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? (out as ConfigPatch) : null;
}

/** The record cut at `epoch`: the edits made after more updates than that are dropped. */
export function recordUpTo(record: RunRecord, epoch: number): RunRecord {
  const edits = record.edits.filter((edit) => edit.epoch <= epoch);
  return edits.length === record.edits.length ? record : { ...record, edits };
}

/** The settings after `epoch` updates: the start with every configure edit made up to there. */
export function configAt(record: RunRecord, epoch: number): TrainerConfig {
  let config = record.start;
  for (const edit of record.edits) {
    if (edit.epoch > epoch) break;
    if (edit.kind === 'configure') config = { ...config, ...edit.patch };
  }
  return config;
}

/** The learner's own points: those imported, then drawn and erased. */
export interface Drawing {
  readonly imported: number;
  readonly added: number;
  readonly erased: number;
}

/**
 * The learner's points since the generated ones were last brought back (Regenerate, another
 * dataset): what replacing them would throw away.
 */
export function drawingOf(record: RunRecord): Drawing {
  let imported = 0;
  let added = 0;
  let erased = 0;
  for (const edit of record.edits) {
    if (edit.kind === 'addPoint') added++;
    else if (edit.kind === 'erase') erased++;
    else if (edit.kind === 'points') [imported, added, erased] = [edit.x.length, 0, 0];
    else if (edit.kind === 'regenerate' || (edit.kind === 'configure' && edit.patch.dataset)) {
      [imported, added, erased] = [0, 0, 0];
    }
  }
  return { imported, added, erased };
}
