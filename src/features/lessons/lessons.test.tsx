// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recoveryCommands } from '@/state/training-store';
import { renderWithStores, sentOfType } from '@/test/render';
import { LessonsMenu } from './LessonsMenu';
import { LESSONS } from './lessons';
import { NoteCaption } from './NoteCaption';
import { NotesEditor } from './NotesEditor';

const plateau = { epoch: 3, text: 'Watch the plateau', pause: true };
const later = { epoch: 5, text: 'Now h3 wakes up', pause: false };

describe('NoteCaption', () => {
  it('shows each note once the run reaches its epoch, and asks the trainer to pause at it', () => {
    const rendered = renderWithStores(<NoteCaption />);
    const { stores } = rendered;
    act(() => stores.view.getState().set({ lessonNotes: [plateau, later] }));
    expect(sentOfType(rendered, 'pauseAt').at(-1)).toEqual({ type: 'pauseAt', epochs: [3] });
    // A worker that replaces a lost one is told the same pauses.
    expect(recoveryCommands(stores.training.getState())).toContainEqual({
      type: 'pauseAt',
      epochs: [3],
    });
    const caption = () => document.querySelector('.lesson-caption');
    act(() => stores.training.getState().step());
    expect(caption()).toBeNull();
    expect(screen.getByText(/the first shows at epoch 3\.$/)).toBeInTheDocument();
    act(() => {
      stores.training.getState().step();
      stores.training.getState().step();
    });
    expect(caption()).toHaveTextContent('Epoch 3 · paused here: press Play to go on');
    expect(caption()).toHaveTextContent('Watch the plateau');
    expect(caption()!.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    act(() => stores.training.getState().step());
    expect(caption()).not.toHaveTextContent('paused here');
    act(() => stores.training.getState().step());
    expect(caption()).toHaveTextContent('Now h3 wakes up');
    act(() => screen.getByRole('button', { name: 'Hide this note' }).click());
    expect(caption()).toBeNull();
    // Back to the start: the notes show again as the run reaches them.
    act(() => stores.training.getState().reset());
    act(() => {
      for (let i = 0; i < 3; i++) stores.training.getState().step();
    });
    expect(caption()).toHaveTextContent('Watch the plateau');
  });
});

describe('NotesEditor', () => {
  it('adds a note at the current epoch or a typed one, edits, removes and copies the link', async () => {
    const link = 'https://example.org/app/?notes=v1%7C2%21Look';
    const { stores, user } = renderWithStores(<NotesEditor linkOf={() => link} />);
    act(() => {
      stores.training.getState().step();
      stores.training.getState().step();
    });
    await user.type(screen.getByLabelText('Note'), 'Look\u202E here');
    await user.click(screen.getByRole('checkbox', { name: 'Pause here' }));
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(stores.view.getState().lessonNotes).toEqual([
      { epoch: 2, text: 'Look here', pause: true },
    ]);

    await user.type(screen.getByLabelText('At epoch'), '40');
    await user.type(screen.getByLabelText('Note'), 'Later');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(stores.view.getState().lessonNotes.map((n) => n.epoch)).toEqual([2, 40]);
    expect(screen.getByText('Note saved at epoch 40.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the note at epoch 40' }));
    const text = screen.getByLabelText('Note');
    await user.clear(text);
    await user.type(text, 'Much later');
    await user.clear(screen.getByLabelText('At epoch'));
    await user.type(screen.getByLabelText('At epoch'), '400');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(stores.view.getState().lessonNotes).toEqual([
      { epoch: 2, text: 'Look here', pause: true },
      { epoch: 400, text: 'Much later', pause: false },
    ]);

    await user.type(screen.getByLabelText('At epoch'), '5000');
    await user.type(screen.getByLabelText('Note'), 'Too late');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(
      screen.getByText(
        'Note saved at epoch 5,000. Training stops at epoch 1,000: raise Epochs for the run to reach it.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove the note at epoch 5000' }));

    await user.type(screen.getByLabelText('At epoch'), '-1');
    await user.type(screen.getByLabelText('Note'), 'Never');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(
      screen.getByText(/The epoch must be a whole number from 0 to 1,000,000/),
    ).toBeInTheDocument();
    expect(stores.view.getState().lessonNotes).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Remove the note at epoch 2' }));
    expect(stores.view.getState().lessonNotes.map((n) => n.epoch)).toEqual([400]);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(screen.getByLabelText('Lesson link')).toHaveValue(link);
  });

  it('previews from epoch 0: the run starts again and plays', async () => {
    const rendered = renderWithStores(<NotesEditor linkOf={() => ''} />);
    const { stores, user } = rendered;
    const preview = screen.getByRole('button', { name: 'Preview from epoch 0' });
    expect(preview).toBeDisabled();
    act(() => {
      stores.view.getState().set({ lessonNotes: [plateau] });
      stores.training.getState().step();
    });
    await user.click(preview);
    expect(stores.training.getState().snapshot!.epoch).toBe(0);
    expect(
      rendered
        .sent()
        .slice(-2)
        .map((m) => m.type),
    ).toEqual(['reset', 'play']);
  });
});

describe('LessonsMenu', () => {
  it('lists every lesson, each link opening its run relative to the app', async () => {
    const { user } = renderWithStores(<LessonsMenu linkOf={() => ''} />);
    await user.click(screen.getByText('Lessons'));
    // The panel loads the first time the menu opens.
    const nav = await screen.findByRole('navigation', { name: 'Lessons' });
    for (const lesson of LESSONS) {
      expect(
        within(nav).getByRole('heading', { name: new RegExp(lesson.title) }),
      ).toBeInTheDocument();
    }
    const first = within(nav).getByRole('link', { name: '2-2-1: two hidden neurons (seed 11)' });
    expect(first).toHaveAttribute('href', '?h=2&seed=11&epochs=5000');
    expect(within(nav).getAllByRole('link')).toHaveLength(
      LESSONS.reduce((count, lesson) => count + lesson.steps.length, 0),
    );
    expect(screen.getByRole('heading', { name: 'Notes for this run' })).toBeInTheDocument();
  });
});
