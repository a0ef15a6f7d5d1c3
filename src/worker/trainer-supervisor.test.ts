import { describe, expect, it } from 'vitest';
import type { FromWorker, Snapshot, ToWorker } from '@/training/protocol';
import {
  BOOT_LIMIT_MS,
  MAX_FAILED_STARTS,
  RESTART_DELAYS_MS,
  supervise,
  SILENCE_LIMIT_MS,
  type WorkerLike,
} from './trainer-supervisor';

interface FakeWorker extends WorkerLike {
  readonly sent: ToWorker[];
  terminated: boolean;
  reply: (message: FromWorker) => void;
}

function harness({ recover = [{ type: 'play' }] as ToWorker[] } = {}) {
  const workers: FakeWorker[] = [];
  const received: FromWorker[] = [];
  const restarts: string[] = [];
  const gaveUp: string[] = [];
  let clock = 0;
  let check = () => {};
  let timers: { at: number; task: () => void }[] = [];
  let visible = true;
  const start = supervise(
    (onMessage) => {
      const worker: FakeWorker = {
        sent: [],
        terminated: false,
        reply: onMessage,
        send: (message) => worker.sent.push(message),
        terminate: () => {
          worker.terminated = true;
        },
      };
      workers.push(worker);
      return worker;
    },
    {
      recover: () => recover,
      onRestart: (reason) => restarts.push(reason),
      onGiveUp: (reason) => gaveUp.push(reason),
      now: () => clock,
      later: (task, ms) => {
        timers.push({ at: clock + ms, task });
      },
      every: (_ms, run) => {
        check = run;
      },
      visible: () => visible,
    },
  );
  const client = start((message) => received.push(message));
  return {
    client,
    workers,
    received,
    restarts,
    gaveUp,
    advance: (ms: number) => {
      clock += ms;
      const due = timers.filter((timer) => timer.at <= clock);
      timers = timers.filter((timer) => timer.at > clock);
      for (const timer of due) timer.task();
      check();
    },
    hide: (hidden: boolean) => {
      visible = !hidden;
    },
  };
}

const snapshot = (running: boolean, historyRestarted = false) =>
  ({ type: 'snapshot', snapshot: { running, historyRestarted } as Snapshot }) as const;

describe('trainer supervisor', () => {
  it('passes messages through while the worker answers', () => {
    const h = harness();
    h.client.send({ type: 'play' });
    h.workers[0]!.reply(snapshot(true));
    h.advance(5000);
    expect(h.workers).toHaveLength(1);
    expect(h.received).toHaveLength(1);
    expect(h.workers[0]!.sent).toEqual([{ type: 'play' }]);
  });

  it('gives a booting worker longer before it counts as lost', () => {
    const h = harness();
    h.client.send({ type: 'init', config: {} as never });
    h.advance(BOOT_LIMIT_MS - 100);
    expect(h.workers).toHaveLength(1);
    h.advance(200);
    // A start that failed is retried after a pause, not at once.
    expect(h.workers).toHaveLength(1);
    expect(h.workers[0]!.terminated).toBe(true);
    h.advance(RESTART_DELAYS_MS[0]!);
    expect(h.workers).toHaveLength(2);
    // The replacement boots too: it gets the same grace, not the short limit.
    h.advance(BOOT_LIMIT_MS - 100);
    expect(h.workers).toHaveLength(2);
  });

  it('replaces a worker that stays silent after a command, and replays the recovery', () => {
    const h = harness();
    h.workers[0]!.reply(snapshot(false));
    h.client.send({ type: 'step' });
    h.advance(SILENCE_LIMIT_MS / 2);
    expect(h.workers).toHaveLength(1);
    h.advance(SILENCE_LIMIT_MS);
    expect(h.workers).toHaveLength(2);
    expect(h.workers[0]!.terminated).toBe(true);
    // The recovery, then the command the lost worker never answered.
    expect(h.workers[1]!.sent).toEqual([{ type: 'play' }, { type: 'step' }]);
    // The notice waits until the new worker has really taken over.
    expect(h.restarts).toEqual([]);
    h.workers[1]!.reply(snapshot(false));
    expect(h.restarts).toEqual(['the trainer stopped answering']);
    // Later commands go to the new worker.
    h.client.send({ type: 'pause' });
    expect(h.workers[1]!.sent.at(-1)).toEqual({ type: 'pause' });
  });

  it('keeps the loss curve across a replacement', () => {
    const h = harness();
    h.workers[0]!.reply(snapshot(true));
    h.workers[0]!.reply({ type: 'error', message: 'boom', fatal: true });
    expect(h.workers).toHaveLength(2);
    h.workers[1]!.reply(snapshot(false, true));
    const first = h.received[0];
    expect(first?.type === 'snapshot' && first.snapshot.historyRestarted).toBe(false);
  });

  it('hides the bare init snapshot when saved weights follow it', () => {
    const h = harness({ recover: [{ type: 'play' }, { type: 'pause' }] });
    h.workers[0]!.reply(snapshot(false));
    h.received.length = 0;
    h.workers[0]!.reply({ type: 'error', message: 'boom', fatal: true });
    h.workers[1]!.reply(snapshot(false, true));
    expect(h.received).toEqual([]);
    // The supervisor acked it, so the worker may send the real one.
    expect(h.workers[1]!.sent.at(-1)).toEqual({ type: 'ack' });
    h.workers[1]!.reply(snapshot(true));
    expect(h.received).toHaveLength(1);
  });

  it('does not count silence while paused and acked, or while the page is hidden', () => {
    const h = harness();
    h.workers[0]!.reply(snapshot(false));
    h.client.send({ type: 'ack' });
    h.advance(10 * SILENCE_LIMIT_MS);
    expect(h.workers).toHaveLength(1);
    h.client.send({ type: 'play' });
    h.hide(true);
    h.advance(10 * SILENCE_LIMIT_MS);
    expect(h.workers).toHaveLength(1);
    h.hide(false);
    h.advance(SILENCE_LIMIT_MS / 2);
    expect(h.workers).toHaveLength(1);
  });

  it('passes a command error through without replacing the worker', () => {
    const h = harness();
    h.workers[0]!.reply({ type: 'error', message: 'bad shape' });
    expect(h.workers).toHaveLength(1);
    expect(h.received).toEqual([{ type: 'error', message: 'bad shape' }]);
  });

  it('tries a worker that cannot start at most three times, with growing delays, then gives up once', () => {
    const h = harness();
    h.client.send({ type: 'init', config: {} as never });
    const scriptGone = { type: 'error', message: 'its script did not load', fatal: true } as const;
    h.workers[0]!.reply(scriptGone);
    expect(h.workers).toHaveLength(1);
    // Commands sent between workers wait for the next one.
    h.client.send({ type: 'play' });
    h.advance(RESTART_DELAYS_MS[0]! - 1);
    expect(h.workers).toHaveLength(1);
    h.advance(1);
    expect(h.workers).toHaveLength(2);
    expect(h.workers[1]!.sent).toEqual([
      { type: 'play' },
      { type: 'init', config: {} },
      { type: 'play' },
    ]);
    h.workers[1]!.reply(scriptGone);
    h.advance(RESTART_DELAYS_MS[0]!);
    expect(h.workers).toHaveLength(2);
    h.advance(RESTART_DELAYS_MS[1]!);
    expect(h.workers).toHaveLength(3);
    h.workers[2]!.reply(scriptGone);
    expect(h.workers).toHaveLength(MAX_FAILED_STARTS);
    expect(h.workers.every((worker) => worker.terminated)).toBe(true);
    expect(h.restarts).toEqual([]);
    expect(h.gaveUp).toEqual(['the trainer failed (its script did not load)']);
    // The page learns it once; nothing is started again, whatever it sends.
    expect(h.received).toEqual([
      { type: 'error', message: 'The trainer cannot start', fatal: true },
    ]);
    h.client.send({ type: 'play' });
    h.advance(60_000);
    expect(h.workers).toHaveLength(MAX_FAILED_STARTS);
  });

  it('replaces a worker that ran at once, and counts it as failed only if it never takes over', () => {
    const h = harness();
    h.workers[0]!.reply(snapshot(true));
    h.workers[0]!.reply({ type: 'error', message: 'boom', fatal: true });
    expect(h.workers).toHaveLength(2);
    h.workers[1]!.reply(snapshot(true));
    h.workers[1]!.reply({ type: 'error', message: 'boom', fatal: true });
    expect(h.workers).toHaveLength(3);
    expect(h.restarts).toHaveLength(1);
  });

  it('replays the commands a silently dead worker never answered, in order', () => {
    const h = harness({ recover: [{ type: 'init', config: {} as never }, { type: 'pause' }] });
    h.workers[0]!.reply(snapshot(false));
    h.client.send({ type: 'ack' });
    h.client.send({ type: 'configure', patch: { seed: 1 } });
    h.client.send({ type: 'play' });
    h.advance(SILENCE_LIMIT_MS + 1);
    expect(h.workers[1]!.sent).toEqual([
      { type: 'init', config: {} },
      { type: 'pause' },
      { type: 'configure', patch: { seed: 1 } },
      { type: 'play' },
    ]);
  });

  it('forgets a time-travel request once its moment is answered', () => {
    const h = harness({ recover: [] });
    h.workers[0]!.reply(snapshot(false));
    h.client.send({ type: 'moment', epoch: 3 });
    h.workers[0]!.reply({ type: 'moment', epoch: 3, moment: null });
    h.client.send({ type: 'moment', epoch: 5 });
    h.workers[0]!.reply({ type: 'error', message: 'boom', fatal: true });
    expect(h.workers[1]!.sent).toEqual([{ type: 'moment', epoch: 5 }]);
  });
});
