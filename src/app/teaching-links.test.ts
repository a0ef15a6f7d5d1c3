import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from './url-state';

const page = readFileSync(new URL('../../../docs/teaching.md', import.meta.url), 'utf8');
const links = [...page.matchAll(/\]\(\.\.\/(\?[^)]*)\)/g)].map((match) => match[1]!);

describe('the lessons in docs/teaching.md', () => {
  it('has links to follow', () => {
    expect(links.length).toBeGreaterThanOrEqual(9);
  });

  it.each(links)('%s opens without a notice', (query) => {
    expect(parseUrlState(query).notices).toEqual([]);
  });

  it('sets up what the lessons say', () => {
    const first = parseUrlState('?h=2&seed=11&epochs=5000').config;
    expect(first.hiddenSizes).toEqual([2]);
    expect(first.seed).toBe(11);
    const deep = parseUrlState(links.find((l) => l.includes('h=8%2C8%2C8%2C8'))!).config;
    expect(deep.hiddenSizes).toEqual([8, 8, 8, 8]);
    expect(deep.dataset).toBe('spiral');
  });
});
