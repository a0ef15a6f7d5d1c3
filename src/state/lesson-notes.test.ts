import { describe, expect, it } from 'vitest';
import { formatNotes, MAX_NOTES, parseNotes, type LessonNote } from './lesson-notes';

const plateau: LessonNote = { epoch: 300, text: 'Watch the plateau', pause: true };
const wakes: LessonNote = { epoch: 1200, text: 'Now h3 wakes up', pause: false };

describe('lesson notes in a link', () => {
  it('reads back what it writes, texts with | and \\ included, in epoch order', () => {
    const odd: LessonNote = { epoch: 0, text: 'a|b \\ c|', pause: false };
    const value = formatNotes([wakes, plateau, odd]);
    expect(value).toBe('v1|0:a\\|b \\\\ c\\||300!Watch the plateau|1200:Now h3 wakes up');
    expect(parseNotes(value)).toEqual({ notes: [odd, plateau, wakes], notices: [] });
    // Through a real query string, as the address bar holds it.
    const query = new URLSearchParams({ notes: value }).toString();
    expect(parseNotes(new URLSearchParams(query).get('notes'))).toEqual(parseNotes(value));
  });

  it('has nothing to say about a link without notes', () => {
    expect(parseNotes(null)).toEqual({ notes: [], notices: [] });
    expect(formatNotes([])).toBe('');
  });

  it('refuses an unknown format whole, with a notice', () => {
    const read = parseNotes('v9|300!Later');
    expect(read.notes).toEqual([]);
    expect(read.notices).toEqual([
      'The lesson notes (“v9|300!Later”) are not in a format this app reads: they should start with “v1|”. They were left out.',
    ]);
  });

  it('keeps the good notes and says what was wrong with each bad one', () => {
    const read = parseNotes('v1|300!Watch the plateau|abc|2000000:too late|5!  |300:twice');
    expect(read.notes).toEqual([plateau]);
    expect(read.notices).toEqual([
      'Lesson note 2 was left out: “abc” is not an epoch followed by “!” or “:” and a text.',
      'Lesson note 3 was left out: its epoch 2000000 is past the last one a run can reach (1,000,000).',
      '…and 2 more problems with the lesson notes.',
    ]);
    expect(parseNotes('v1|5!  |300!Watch the plateau|300:twice').notices).toEqual([
      'Lesson note 1 was left out: it has no text.',
      'Lesson note 3 was left out: another note is at epoch 300.',
    ]);
    expect(parseNotes('v1|40:' + 'x'.repeat(121)).notices).toEqual([
      'Lesson note 1 was left out: its text is longer than 120 characters.',
    ]);
  });

  it('strips characters that could hide or reorder text', () => {
    const read = parseNotes('v1|10:\u202Eevil\u200B text\u0007');
    expect(read.notes).toEqual([{ epoch: 10, text: 'evil text', pause: false }]);
  });

  it('limits the count and the length', () => {
    const many = Array.from({ length: MAX_NOTES + 2 }, (_, i) => `${i + 1}:n${i + 1}`);
    const read = parseNotes(['v1', ...many].join('|'));
    expect(read.notes).toHaveLength(MAX_NOTES);
    expect(read.notices).toEqual([
      `Only the first ${MAX_NOTES} lesson notes were kept (the link has 22).`,
    ]);
    const huge = parseNotes(`v1|1:${'x'.repeat(20_000)}`);
    expect(huge.notes).toEqual([]);
    expect(huge.notices[0]).toMatch(
      /^The lesson notes are too long \(20005 characters, at most \d+\)/,
    );
  });
});
