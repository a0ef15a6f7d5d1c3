import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { skipTour, watchErrors } from './helpers';
import { DIST, serveDist } from './static-server';

/**
 * A second deployment made from the first without building again: every hashed chunk renamed
 * (as a changed build renames them), every reference to it rewritten, and every precache revision
 * changed, so the service worker script differs and the old chunk names are gone from the server.
 */
async function deployNewVersion(): Promise<{ folder: string; renamed: Map<string, string> }> {
  const folder = await mkdtemp(join(tmpdir(), 'backprop-v2-'));
  await cp(DIST, folder, { recursive: true });
  const renamed = new Map<string, string>();
  for (const name of await readdir(join(folder, 'assets'))) {
    const next = name.replace(/\.(js|css)$/, 'v2.$1');
    renamed.set(name, next);
  }
  const texts = (await readdir(folder, { recursive: true })).filter((name) =>
    /\.(html|js|css|webmanifest)$/.test(name),
  );
  for (const name of texts) {
    const path = join(folder, name);
    let text = await readFile(path, 'utf8');
    for (const [old, next] of renamed) text = text.replaceAll(old, next);
    if (name === 'sw.js') text = text.replace(/revision:"/g, 'revision:"v2');
    await writeFile(path, text);
  }
  for (const [old, next] of renamed) {
    await cp(join(folder, 'assets', old), join(folder, 'assets', next));
    await rm(join(folder, 'assets', old));
  }
  return { folder, renamed };
}

test('a new deployment is announced in an open tab, which keeps working until Reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  let root = DIST;
  const server = await serveDist('/', () => root);
  const next = await deployNewVersion();
  try {
    await skipTour(page);
    await page.goto(server.url);
    await expect(page.locator('[data-weight]').first()).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    const notice = page.locator('[data-notice]').filter({ hasText: 'New version available' });
    await expect(notice).toHaveCount(0);

    // Deployed while the tab is open; the tab checks when the learner comes back to it.
    root = next.folder;
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('This tab keeps working as it is until then.');

    // The old version's lazily loaded Glossary still opens: its chunk, gone from the server,
    // comes from the old precache.
    await page.getByRole('button', { name: 'Glossary' }).click();
    await expect(page.getByRole('dialog', { name: /Glossary/ })).toBeVisible();
    expect(server.misses).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.locator('[data-epoch="1"]')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe('1');

    // Reload: the new version, with the run kept by the address bar.
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('script[src*="v2.js"]')).toHaveCount(1);
    await expect(page.locator('[data-epoch="1"]')).toBeVisible();
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
    await rm(next.folder, { recursive: true, force: true });
  }
});
