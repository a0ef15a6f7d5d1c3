// @vitest-environment jsdom
import '@/test/jsdom-setup';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStores } from '@/test/render';
import { parseUrlState } from './url-state';
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

  it('Copy link copies a link that reproduces the settings', async () => {
    const { user, stores } = renderWithStores(<SharePanel />);
    const clipboard = mockClipboard(() => Promise.resolve());
    act(() => stores.training.getState().configure({ learningRate: 0.2, hiddenSizes: [5] }));

    await user.click(button('Copy link'));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    const link = clipboard.writeText.mock.calls[0]![0];
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue(link);

    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(window.location.origin + window.location.pathname);
    expect(url.searchParams.get('lr')).toBe('0.2');
    expect(url.searchParams.get('h')).toBe('5');
    // Opening it gives the same run, without weights (not asked for).
    const opened = parseUrlState(url.search);
    expect(opened.notices).toEqual([]);
    expect(opened.config).toEqual(stores.training.getState().config);
    expect(opened.weights).toBeNull();
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
    expect(commands.map((m) => m.type)).toEqual(['init', 'load']);
    expect(commands[0]).toMatchObject({ config: { learningRate: 0.5, seed: 0 } });
    expect(commands[1]).toMatchObject({ epoch: 3 });
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
    expect(screen.getByRole('group', { name: 'Hide while presenting' })).toBeInTheDocument();
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
