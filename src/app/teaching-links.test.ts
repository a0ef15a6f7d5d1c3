import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '@/features/lessons/lessons';
import { parseUrlState } from '@/features/share/url-state';

const page = readFileSync(new URL('../../docs/teaching.md', import.meta.url), 'utf8');
/** The page links the app as `npm start` serves it; the query is what the Lessons menu opens. */
const pageLinks = [...page.matchAll(/\]\(http:\/\/localhost:5173\/(\?[^)]*)\)/g)].map(
  (match) => match[1]!,
);
const menuLinks = LESSONS.flatMap((lesson) => lesson.steps.map((step) => step.query));

describe('the lessons in docs/teaching.md and the Lessons menu', () => {
  it('hold the same links, in the same order, and the page links no other address', () => {
    expect(pageLinks.length).toBeGreaterThanOrEqual(10);
    expect(pageLinks).toEqual(menuLinks);
    // A relative link (../?h=2) would resolve against the page on GitHub, not the app.
    expect(page).not.toMatch(/\]\(\.\.?\/\?/);
  });

  it.each(menuLinks)('%s opens without a notice', (query) => {
    expect(parseUrlState(query).notices).toEqual([]);
  });

  it('sets up what the lessons say', () => {
    const first = parseUrlState(LESSONS[0]!.steps[0]!.query).config;
    expect(first.hiddenSizes).toEqual([2]);
    expect(first.seed).toBe(11);
    const annotated = parseUrlState(LESSONS[0]!.steps[1]!.query);
    expect(annotated.config).toEqual(first);
    expect(annotated.view.lessonNotes).toEqual([
      { epoch: 100, text: 'The plateau: loss 0.25, every output near 0.5', pause: true },
      {
        epoch: 2000,
        text: 'Stuck near 0.125: two outputs sit at 0.5. Hover the hidden neurons.',
        pause: true,
      },
    ]);
    const deep = parseUrlState(menuLinks.find((l) => l.includes('h=8%2C8%2C8%2C8'))!).config;
    expect(deep.hiddenSizes).toEqual([8, 8, 8, 8]);
    expect(deep.dataset).toBe('spiral');
  });
});
