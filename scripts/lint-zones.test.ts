/**
 * The zone rules hold at any depth: probe files that break them are written into src/, linted
 * with the project's own config, and removed. A rule that stopped firing fails here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const written: string[] = [];

function probe(path: string, source: string): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  written.push(join(root, path.slice(0, path.indexOf('zz-probe') + 'zz-probe'.length)));
  return file;
}

async function zoneErrors(file: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'import-x/no-cycle')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

afterAll(() => {
  for (const path of written) rmSync(path, { recursive: true, force: true });
});

describe('zone rules', () => {
  it('stop the engine, three folders deep, importing state by alias or by relative path', async () => {
    const file = probe(
      'src/engine/zz-probe/deeper/still/probe.ts',
      "import { createViewStore } from '@/state/view-store';\n" +
        "import { layoutGraph } from '../../../../features/graph/graph-layout';\n" +
        'export const probe = [createViewStore, layoutGraph];\n',
    );
    const errors = await zoneErrors(file);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.includes('src/engine may import only itself'))).toBe(true);
  }, 60_000);

  it('stop one feature importing another', async () => {
    const file = probe(
      'src/features/graph/zz-probe/nested/probe.ts',
      "import { Controls } from '@/features/training/Controls';\nexport const probe = Controls;\n",
    );
    expect(await zoneErrors(file)).toEqual([
      expect.stringContaining('Features never import each other'),
    ]);
  }, 60_000);

  it('stop the training session reaching the worker edge or the views', async () => {
    const file = probe(
      'src/training/zz-probe/probe.ts',
      "import { startTrainerWorker } from '@/worker/client';\n" +
        "import { useTraining } from '@/state/hooks';\n" +
        'export const probe = [startTrainerWorker, useTraining];\n',
    );
    expect(await zoneErrors(file)).toHaveLength(2);
  }, 60_000);

  it('let a feature import what it may', async () => {
    const file = probe(
      'src/features/charts/zz-probe/deep/probe.ts',
      "import { Network } from '@/engine/network';\n" +
        "import { useTraining } from '@/state/hooks';\n" +
        "import { formatLoss } from '@/shared/format';\n" +
        'export const probe = [Network, useTraining, formatLoss];\n',
    );
    expect(await zoneErrors(file)).toEqual([]);
  }, 60_000);
});
