// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStores } from '@/test/render';
import { Trainer } from '@/training/trainer';
import { linkReplay, parseUrlState, runOf } from './url-state';
import { SharePanel } from './SharePanel';

/** Stands in for the system clipboard; user-event's own stand-in is replaced. */
function mockClipboard(writeText: (text: string) => Promise<void>) {
  const clipboard = { writeText: vi.fn(writeText) };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
  return clipboard;
}

const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SharePanel', () => {
  it('offers the link, the model file, pictures and presenter mode', () => {
    renderWithStores(<SharePanel />);
    for (const name of ['Copy link', 'Export model', 'Export SVG', 'Export PNG']) {
      expect(button(name)).toBeEnabled();
    }
    expect(screen.getByRole('checkbox', { name: 'Include trained weights' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveAttribute(
      'placeholder',
      'Press Copy link',
    );
    expect(screen.getByLabelText('Import model')).toHaveAttribute('type', 'file');
    expect(screen.getByRole('checkbox', { name: 'Presenter mode' })).not.toBeChecked();
    expect(button('Controls to hide (0)')).toHaveAttribute('aria-expanded', 'false');
  });

  it('Copy link copies a link that replays the run: its start, its edits, its epoch', async () => {
    const { user, stores } = renderWithStores(<SharePanel />);
    const clipboard = mockClipboard(() => Promise.resolve());
    act(() => {
      // Before the first update: a new rate is part of the start, a resize a live edit.
      stores.training.getState().configure({ learningRate: 0.2, hiddenSizes: [5] });
      for (let i = 0; i < 3; i++) stores.training.getState().step();
      stores.training.getState().configure({ learningRate: 0.5 });
      stores.training.getState().step();
    });

    await user.click(button('Copy link'));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    const link = clipboard.writeText.mock.calls[0]![0];
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue(link);

    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(window.location.origin + window.location.pathname);
    expect(url.search).toBe('?lr=0.2&e=4&edits=0_c_h_5~3_c_lr_0.5');
    // Opening it replays the run to the same weights, bit for bit, without weights in the link.
    const opened = parseUrlState(url.search);
    expect(opened.notices).toEqual([]);
    expect(opened.weights).toBeNull();
    const replay = linkReplay(runOf(opened))!;
    const trainer = new Trainer(replay.record.start);
    trainer.replay(replay.record, replay.epoch);
    const snapshot = stores.training.getState().snapshot!;
    expect(Array.from(trainer.snapshot(0).params)).toEqual(Array.from(snapshot.params));
    expect(stores.notices.getState().notices).toEqual([]);
  });

  it('a log too long for a link gives way to the weights, and a notice says so', async () => {
    const { user, stores } = renderWithStores(<SharePanel />);
    const clipboard = mockClipboard(() => Promise.resolve());
    act(() => {
      stores.training.getState().step();
      for (let i = 0; i < 300; i++) stores.training.getState().addPoint(i / 300, 1 / 3, i % 2);
      stores.training.getState().step();
    });
    await user.click(button('Copy link'));
    await screen.findByText('Link copied.');
    const link = clipboard.writeText.mock.calls[0]![0];
    expect(link.length).toBeLessThan(8_000);
    const opened = parseUrlState(new URL(link).search);
    expect(opened.edits).toEqual([]);
    expect(opened.weights?.epoch).toBe(2);
    expect(Array.from(opened.weights!.params)).toEqual(
      Array.from(stores.training.getState().snapshot!.params),
    );
    expect(stores.notices.getState().notices.at(-1)?.text).toBe(
      "This run's log of 300 changes is too long for a link, so the link carries the weights at epoch 2 instead. It opens with the same weights and settings, without the loss curve so far and the points drawn, erased or regenerated.",
    );
  });

  it('the link carries the trained weights when asked', async () => {
    const { user, stores } = renderWithStores(<SharePanel />);
    const clipboard = mockClipboard(() => Promise.resolve());
    act(() => {
      stores.training.getState().step();
      stores.training.getState().step();
    });
    await user.click(screen.getByRole('checkbox', { name: 'Include trained weights' }));
    await user.click(button('Copy link'));
    await screen.findByText('Link copied.');

    const opened = parseUrlState(new URL(clipboard.writeText.mock.calls[0]![0]).search);
    const snapshot = stores.training.getState().snapshot!;
    expect(opened.weights?.epoch).toBe(2);
    expect(Array.from(opened.weights!.params)).toEqual(Array.from(snapshot.params));
  });

  it('without clipboard access the link is left selected in the field', async () => {
    const { user } = renderWithStores(<SharePanel />);
    mockClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(button('Copy link'));
    expect(
      await screen.findByText(
        'Copying is not allowed here: the link is selected below, copy it by hand.',
      ),
    ).toBeInTheDocument();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link' });
    // The tutorial's own link is the bare page address.
    expect(field).toHaveValue(window.location.origin + window.location.pathname);
    // Selected on the next frame: wait for the whole range, not just a caret at the end.
    await waitFor(() =>
      expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]),
    );
  });

  it('Export model downloads the weights and settings; Import model opens such a file', async () => {
    const { user, stores, sent } = renderWithStores(<SharePanel />);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:model';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    act(() => {
      stores.training.getState().configure({ learningRate: 0.5 });
      for (let i = 0; i < 3; i++) stores.training.getState().step();
    });
    const trained = stores.training.getState().snapshot!.params.slice();

    await user.click(button('Export model'));
    await waitFor(() => expect(downloads).toEqual(['backprop-studio-xor-epoch-3.json']));
    const text = await blobs[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ epoch: 3 });

    // Start over, then open the file: the same settings and weights come back.
    act(() => stores.training.getState().configure({ learningRate: 1, seed: 7 }));
    const before = sent().length;
    const file = new File([text], 'model.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import model'), file);
    await waitFor(() => expect(sent().length).toBeGreaterThan(before));
    const commands = sent().slice(before);
    // The file's record, replayed: the run itself, its edit at epoch 0 included.
    expect(commands.map((m) => m.type)).toEqual(['replay']);
    expect(commands[0]).toMatchObject({
      epoch: 3,
      record: { start: { seed: 0 }, edits: [{ epoch: 0, patch: { learningRate: 0.5 } }] },
    });
    expect(stores.training.getState().config).toMatchObject({ learningRate: 0.5, seed: 0 });
    const snapshot = stores.training.getState().snapshot!;
    expect(snapshot.epoch).toBe(3);
    expect(Array.from(snapshot.params)).toEqual(Array.from(trained));
    expect(stores.notices.getState().notices.at(-1)?.text).toBe(
      'Opened “model.json”: xor, epoch 3.',
    );
  });

  it('presenter mode and the controls it hides are view options that travel in the link', async () => {
    const { user, stores, sent } = renderWithStores(<SharePanel />);
    const clipboard = mockClipboard(() => Promise.resolve());
    await user.click(screen.getByRole('checkbox', { name: 'Presenter mode' }));
    expect(stores.view.getState().presenter).toBe(true);

    await user.click(button('Controls to hide (0)'));
    expect(screen.getByRole('group', { name: 'Hide, presenting or not' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'learning rate' }));
    expect(stores.view.getState().hide).toEqual(['learning-rate']);
    expect(button('Controls to hide (1)')).toHaveAttribute('aria-expanded', 'true');
    expect(sent()).toEqual([]);

    await user.click(button('Copy link'));
    await screen.findByText('Link copied.');
    const opened = parseUrlState(new URL(clipboard.writeText.mock.calls[0]![0]).search);
    expect(opened.view).toMatchObject({ presenter: true, hide: ['learning-rate'] });
  });
});
