/**
 * The moments of a run kept for time travel: parameter copies at decimated epochs, denser near
 * the present. Pure and immutable (every change returns a new timeline), so it is unit-tested
 * without a worker and React sees each change.
 *
 * Memory bound: at most `capacity` entries, each one Float64Array of the network's parameters.
 * With the default 600 entries and a 6×8 network (6 hidden layers of 8 on 7 inputs:
 * 8·8 + 5·72 + 9 = 433 parameters, 3,464 bytes) that is 600 × 3,464 B ≈ 2.1 MB, whatever the
 * run length; the tutorial's 2-3-1 (13 parameters) needs 62 KB. The config each entry refers
 * to is shared between entries while it does not change.
 */
import type { TrainerConfig } from '@/training/protocol';

/** Most moments kept. */
export const TIMELINE_CAPACITY = 600;

export interface TimelineEntry {
  readonly epoch: number;
  /** A private copy of all weights and biases after `epoch` updates. */
  readonly params: Float64Array;
  readonly layerSizes: readonly number[];
  /** The settings in force then: the shape, activations and features to recompute outputs. */
  readonly config: TrainerConfig;
}

export type Timeline = readonly TimelineEntry[];

export const EMPTY_TIMELINE: Timeline = [];

/**
 * Adds the newest moment. An entry at the same epoch as the last one replaces it (a weight edited
 * by hand while paused); an older epoch means the run went back, so later entries are dropped.
 * When over capacity, the older half loses every other entry: each fold halves the density of
 * the past while the recent half stays as it was. The first and the newest entries always stay.
 */
export function addMoment(
  timeline: Timeline,
  entry: TimelineEntry,
  capacity = TIMELINE_CAPACITY,
): Timeline {
  const kept = truncateAfter(timeline, entry.epoch - 1);
  const previous = kept[kept.length - 1];
  // Sharing the previous config object keeps one copy per distinct setting, not one per entry.
  const config =
    previous && sameConfig(previous.config, entry.config) ? previous.config : entry.config;
  const next = [...kept, { ...entry, config }];
  return next.length > capacity ? thin(next) : next;
}

/** Entries up to and including `epoch` (the run was rewound there). */
export function truncateAfter(timeline: Timeline, epoch: number): Timeline {
  let end = timeline.length;
  while (end > 0 && timeline[end - 1]!.epoch > epoch) end--;
  return end === timeline.length ? timeline : timeline.slice(0, end);
}

/** The kept entry nearest to `epoch` (ties go to the earlier one), or undefined when empty. */
export function nearestMoment(timeline: Timeline, epoch: number): TimelineEntry | undefined {
  let low = 0;
  let high = timeline.length - 1;
  if (high < 0) return undefined;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (timeline[mid]!.epoch < epoch) low = mid + 1;
    else high = mid;
  }
  const after = timeline[low]!;
  const before = timeline[low - 1];
  return before && epoch - before.epoch <= after.epoch - epoch ? before : after;
}

/** Bytes held by the parameter copies: what the bound in the header comment counts. */
export function timelineBytes(timeline: Timeline): number {
  let bytes = 0;
  for (const entry of timeline) bytes += entry.params.byteLength;
  return bytes;
}

function thin(timeline: TimelineEntry[]): TimelineEntry[] {
  const half = Math.floor(timeline.length / 2);
  const older = timeline.slice(0, half).filter((_, i) => i % 2 === 0);
  return [...older, ...timeline.slice(half)];
}

function sameConfig(a: TrainerConfig, b: TrainerConfig): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
