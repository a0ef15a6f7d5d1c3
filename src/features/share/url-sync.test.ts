// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStores } from '@/state/app-stores';
import { inThreadSession } from '@/state/in-thread-session';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import type { RunRecord } from '@/training/protocol';
import { reloadPage } from '@/shared/reload-page';
import { startUrlSync, TRAINING_EPOCH_EVERY_MS } from './url-sync';
import { linkReplay, parseUrlState, runOf } from './url-state';

const search = () => decodeURIComponent(window.location.search);

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the address bar', () => {
  it('holds the run: folded settings, its live edits and the epoch trained to', () => {
    const { training, view } = createAppStores(inThreadSession());
    const stop = startUrlSync(training, view, null, 300);
    expect(window.location.search).toBe('');
    training.getState().setLearningRate(0.1);
    vi.advanceTimersByTime(300);
    expect(search()).toBe('?lr=0.1');
    training.getState().step();
    training.getState().step();
    training.getState().setHiddenSize(4);
    vi.advanceTimersByTime(300);
    expect(search()).toBe('?lr=0.1&e=2&edits=2_c_h_4');
    view.getState().set({ logScale: true });
    vi.advanceTimersByTime(300);
    expect(search()).toBe('?lr=0.1&log=1&e=2&edits=2_c_h_4');
    // A step alone moves the epoch, within a second.
    training.getState().step();
    vi.advanceTimersByTime(1000);
    expect(search()).toBe('?lr=0.1&log=1&e=3&edits=2_c_h_4');
    // Reloading it replays the same run to the same epoch.
    const reloaded = parseUrlState(window.location.search);
    expect(reloaded.notices).toEqual([]);
    expect(reloaded.epoch).toBe(3);
    expect(reloaded.edits).toEqual([{ epoch: 2, kind: 'configure', patch: { hiddenSizes: [4] } }]);
    stop();
  });

  it('while training writes the epoch every 30 s or when hidden, and within 300 ms once it stops', () => {
    const { training, view } = createAppStores(inThreadSession());
    const stop = startUrlSync(training, view, null, 300);
    training.getState().step();
    vi.advanceTimersByTime(300);
    expect(search()).toBe('?e=1');
    // Snapshots of a run in progress, one a frame.
    const moveTo = (epoch: number, running: boolean) =>
      training.setState({ snapshot: { ...training.getState().snapshot!, epoch, running } });
    for (let epoch = 2; epoch < 200; epoch++) {
      moveTo(epoch, true);
      vi.advanceTimersByTime(16);
    }
    expect(search()).toBe('?e=1');
    vi.advanceTimersByTime(TRAINING_EPOCH_EVERY_MS);
    expect(search()).toBe('?e=199');
    moveTo(200, true);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(search()).toBe('?e=200');
    vi.restoreAllMocks();
    moveTo(201, false);
    vi.advanceTimersByTime(300);
    expect(search()).toBe('?e=201');
    stop();
  });

  it("writes the epoch trained to before one of the app's own reloads", () => {
    const { training, view } = createAppStores(inThreadSession());
    const stop = startUrlSync(training, view, null, 300);
    training.getState().step();
    vi.advanceTimersByTime(300);
    training.setState({ snapshot: { ...training.getState().snapshot!, epoch: 57, running: true } });
    expect(search()).toBe('?e=1');
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    reloadPage();
    expect(reload).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
    expect(search()).toBe('?e=57');
    stop();
  });

  it('keeps a link as it came until its run moves on', () => {
    const link = '?e=5&edits=0_c_h_4~2_c_lr_0.5';
    const parsed = parseUrlState(link);
    const { training, view } = createAppStores(inThreadSession());
    const { record, epoch } = linkReplay(runOf(parsed))!;
    training.getState().replay(record, epoch);
    const stop = startUrlSync(training, view, runOf(parsed), 300);
    expect(search()).toBe(link);
    vi.advanceTimersByTime(1000);
    expect(search()).toBe(link);
    training.getState().step();
    training.getState().setLearningRate(0.25);
    vi.advanceTimersByTime(300);
    expect(search()).toBe('?e=6&edits=0_c_h_4~2_c_lr_0.5~6_c_lr_0.25');
    stop();
  });

  it('falls back on the weights when the record is too long for a link', () => {
    const { training, view } = createAppStores(inThreadSession());
    const stop = startUrlSync(training, view, null, 300);
    const record: RunRecord = {
      start: TUTORIAL_CONFIG,
      origin: null,
      edits: Array.from({ length: 400 }, (_, i) => ({
        epoch: 1,
        kind: 'addPoint' as const,
        x: i / 400 + 1e-9,
        y: 0.123456789,
        label: 1,
      })),
    };
    training.getState().replay(record, 3);
    training.getState().setLearningRate(0.5);
    vi.advanceTimersByTime(300);
    const reloaded = parseUrlState(window.location.search);
    expect(reloaded.config.learningRate).toBe(0.5);
    expect(reloaded.epoch).toBe(3);
    expect(reloaded.weights?.params).toEqual(training.getState().snapshot?.params);
    stop();
  });
});
