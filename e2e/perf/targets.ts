import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

/** One figure against its target, as bench:browser prints it. */
export interface Verdict {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: number;
  /** 'max': the figure must not exceed the target; 'min': it must reach it. */
  readonly kind: 'max' | 'min';
  /** What the figure is beside: e.g. the same measurement on an empty page. */
  readonly note?: string;
}

const verdicts: Verdict[] = [];

export function passes(verdict: Verdict): boolean {
  return verdict.kind === 'max' ? verdict.value <= verdict.target : verdict.value >= verdict.target;
}

function format(verdict: Verdict): string {
  const { name, value, unit, target, kind, note } = verdict;
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
  const mark = passes(verdict) ? '✔' : '✘';
  const bound = kind === 'max' ? '≤' : '≥';
  return `${mark} ${name}: ${shown}${unit} (target ${bound} ${target}${unit})${note ? ` — ${note}` : ''}`;
}

/** Prints a figure beside its target with ✔ or ✘, and keeps it for the summary. */
export function judge(verdict: Verdict): void {
  verdicts.push(verdict);
  const line = format(verdict);
  console.log(`[target] ${line}`);
  test.info().annotations.push({ type: 'target', description: line });
}

/** Every figure judged so far, one line each, and how many reached their target. */
export function summary(): string {
  const met = verdicts.filter(passes).length;
  return [
    `bench:browser targets: ${met} of ${verdicts.length} met`,
    ...verdicts.map((v) => `  ${format(v)}`),
  ].join('\n');
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A `node` process spinning on one core, standing for the other tabs and programs of a real
 * laptop; stop() ends it (by its own handle, nothing else).
 */
export function startBusyCore(): { stop: () => void } {
  const child: ChildProcess = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
  return { stop: () => void child.kill('SIGKILL') };
}

/** The 1-minute load average, to print beside the figures. */
export { loadavg } from 'node:os';
