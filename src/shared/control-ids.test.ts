import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIDEABLE_CONTROLS } from './control-ids';

const presenterCss = readFileSync(
  new URL('../features/presenter/presenter.css', import.meta.url),
  'utf8',
);

describe('hideable control ids', () => {
  it.each(HIDEABLE_CONTROLS)('presenter.css hides "%s" when a link lists it', (id) => {
    const rule = new RegExp(
      String.raw`\[data-hide~=['"]?${id}['"]?\][^{]*\[data-control=['"]?${id}['"]?\]`,
    );
    expect(presenterCss).toMatch(rule);
  });
});
