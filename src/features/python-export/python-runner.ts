/**
 * Test support: runs an exported script with python3 and reads the losses it prints. In CI a
 * missing python3/NumPy is a failure, never a quiet skip; on a laptop it is a warning.
 */
import { spawnSync } from 'node:child_process';

const python = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
export const HAS_NUMPY = python.status === 0;
export const MUST_RUN = !!process.env.CI;
export const WHY_MISSING = `python3 with NumPy not found (${
  python.error?.message ?? python.stderr.trim().split('\n').at(-1)
})`;
export const SUITE = 'exported Python scripts match the engine';
if (!HAS_NUMPY && !MUST_RUN) {
  console.warn(
    `\n⚠ SKIPPED: ${SUITE}: ${WHY_MISSING}.\n` +
      '  Install python3 and NumPy (e.g. apt-get install python3-numpy) to run them;\n' +
      '  with CI set they fail instead.\n',
  );
}

/** The script's standard output; throws with its error output if it fails. */
export function runPython(script: string): string {
  const result = spawnSync('python3', ['-'], { input: script, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 failed:\n${result.stderr}`);
  return result.stdout;
}

/** The `Epoch N, Loss: x` lines, by epoch. */
export function printedLosses(stdout: string): Map<number, number> {
  const losses = new Map<number, number>();
  for (const match of stdout.matchAll(/^Epoch (\d+), Loss: (\S+)$/gm)) {
    losses.set(Number(match[1]), Number(match[2]));
  }
  return losses;
}
