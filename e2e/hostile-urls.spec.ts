import { expect, test } from '@playwright/test';
import { epoch, openApp, watchErrors } from './helpers';

/** Past the parser's 10,000-character cap, within what an HTTP server accepts (16 kB). */
const long = 'x'.repeat(12_000);
/** `n` bytes of base64url: a well-formed weight string of the wrong length for the network. */
const base64 = (n: number) => 'A'.repeat(n);

/** Query strings a stranger could send; `notice` says whether the page should explain itself. */
const HOSTILE: readonly { readonly query: string; readonly notice: boolean }[] = [
  { query: '?nonsense=1', notice: true },
  { query: '?lr=NaN', notice: true },
  { query: '?lr=Infinity', notice: true },
  { query: '?lr=1e309', notice: true },
  { query: '?lr=-5', notice: true },
  { query: '?lr=0x10', notice: true },
  { query: '?lr=', notice: true },
  { query: '?epochs=-100', notice: true },
  { query: '?epochs=1.5e99', notice: true },
  { query: '?epochs=12.7', notice: true },
  { query: `?h=${Array(50).fill(8).join(',')}`, notice: true },
  { query: '?h=__proto__', notice: true },
  { query: '?h=999999999999999999999', notice: true },
  { query: '?h=3,,3', notice: true },
  { query: '?h=none', notice: false },
  { query: '?data=constructor', notice: true },
  { query: '?data=%F0%9F%92%A9', notice: true },
  { query: '?act=<img src=x onerror=alert(1)>', notice: true },
  { query: '?in=', notice: true },
  { query: '?in=x1,x1,sinx9', notice: true },
  { query: '?seed=-1', notice: true },
  { query: '?seed=4294967296', notice: true },
  { query: '?batch=1e6', notice: true },
  { query: '?noise=0.9', notice: true },
  { query: '?train=0', notice: true },
  { query: '?speed=-1', notice: true },
  { query: '?present=yes', notice: true },
  { query: '?hide=everything,dataset', notice: true },
  { query: `?lr=${long}`, notice: true },
  { query: `?${long}=1`, notice: true },
  { query: '?w=!!!not-base64', notice: true },
  { query: `?w=${base64(8)}`, notice: true },
  { query: `?w=${base64(5)}`, notice: true },
  // An epoch alone is the run replayed to there.
  { query: '?e=5', notice: false },
  { query: '?e=99999999', notice: true },
  { query: '?we=3', notice: true },
  { query: '?out=relu', notice: true },
  { query: '?speed=150', notice: true },
  { query: '?edits=garbage', notice: true },
  { query: '?edits=0_c_out_relu', notice: true },
  { query: '?edits=0_c_seed_3~1_r', notice: true },
  { query: '?edits=5_r~3_r&e=9', notice: true },
  { query: '?edits=0_a_1e999_0_1', notice: true },
  { query: `?edits=${'0_r~'.repeat(3000)}0_r`, notice: true },
  {
    query: '?e=40&edits=0_c_h_4~2_a_0.5_0.5_1~3_x_0_0_0.2~4_r~5_p_0_0.5~6_c_lr_0.4',
    notice: false,
  },
  // 139 characters decode to 104 zero bytes: 13 valid weights, with a bad epoch.
  { query: `?e=-3&w=${base64(139)}`, notice: true },
  { query: '?lr=0.5&lr=2', notice: true },
  { query: '?%E0%A4%A=%%%&&&==', notice: true },
  { query: '?__proto__[x]=1&constructor=1', notice: true },
  { query: '?data=spiral&h=8,8,8,8,8,8&in=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2', notice: false },
];

test.describe.configure({ mode: 'parallel' });

for (const [i, { query, notice }] of HOSTILE.entries()) {
  test(`hostile link ${i + 1}: ${query.slice(0, 60)}`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, query);
    await expect(page.getByRole('img', { name: 'Network graph' })).toBeVisible();
    const notices = page.locator('[data-notice]');
    if (notice) await expect(notices.first()).toBeVisible();
    else await expect(notices).toHaveCount(0);
    // Whatever the link said, the page is a working trainer.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => epoch(page)).toBeGreaterThan(0);
    expect(page.url()).not.toContain('NaN');
    expect(await page.evaluate(() => 'x' in Object.prototype)).toBe(false);
    expect(errors).toEqual([]);
  });
}
