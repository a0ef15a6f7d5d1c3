import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from './protocol';
import { TrainerLoop } from './trainer-loop';
import { TUTORIAL_CONFIG } from './tutorial-config';

/**
 * A loop on a fake host whose clock moves 1 ms a reading; the page acks each snapshot at
 * once. `run` drains `tasks` queued tasks and returns the clock readings of the snapshots sent.
 */
function loopWithGap(snapshotGapMs: number) {
  const tasks: (() => void)[] = [];
  const sent: { time: number; epoch: number; running: boolean }[] = [];
  let clock = 0;
  const loop: TrainerLoop = new TrainerLoop({
    post: (message: FromWorker) => {
      if (message.type !== 'snapshot') return;
      const { epoch, running } = message.snapshot;
      sent.push({ time: clock, epoch, running });
      queueMicrotask(() => loop.handle({ type: 'ack' }));
    },
    yieldNow: (task) => tasks.push(task),
    later: (task) => tasks.push(task),
    now: () => (clock += 1),
    snapshotGapMs,
  });
  const send = (message: ToWorker) => loop.handle(message);
  const run = async (count: number) => {
    for (let i = 0; i < count && tasks.length > 0; i++) {
      tasks.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0)); // the acks
    }
  };
  return { send, run, sent };
}

const gaps = (times: readonly number[]) => times.slice(1).map((time, i) => time - times[i]!);

describe('snapshots of a full-speed run', () => {
  it('come at most one per gap while training, and a command is answered at once', async () => {
    const { send, run, sent } = loopWithGap(50);
    send({ type: 'init', config: { ...TUTORIAL_CONFIG, speed: 0, epochTarget: 1e9 } });
    send({ type: 'play' });
    await run(200); // 200 slices of ≥ 8 ms on the fake clock
    const training = sent.filter((s) => s.running);
    expect(training.length).toBeGreaterThan(10);
    // The play command's snapshot comes at once; progress after it at least 50 ms apart.
    expect(Math.min(...gaps(training.slice(1).map((s) => s.time)))).toBeGreaterThanOrEqual(50);
    // Not one per slice: one per 50 ms of slices (each slice ≥ 8 ms).
    expect(training.length).toBeLessThan(200 / 3);

    const before = sent.length;
    send({ type: 'pause' });
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)!.running).toBe(false);
    expect(sent.at(-1)!.epoch).toBeGreaterThanOrEqual(training.at(-1)!.epoch);
  });

  it('come one per slice in slow motion, and without a gap', async () => {
    for (const [gap, speed] of [
      [50, 60],
      [0, 0],
    ] as const) {
      const { send, run, sent } = loopWithGap(gap);
      send({ type: 'init', config: { ...TUTORIAL_CONFIG, speed, epochTarget: 1e9 } });
      send({ type: 'play' });
      await run(40);
      expect(sent.filter((s) => s.running).length).toBeGreaterThanOrEqual(40);
    }
  });

  it('reaching the target is sent at once, whatever the gap', async () => {
    const { send, run, sent } = loopWithGap(1e9);
    send({ type: 'init', config: { ...TUTORIAL_CONFIG, speed: 0, epochTarget: 200 } });
    send({ type: 'play' });
    await run(1000);
    expect(sent.at(-1)).toMatchObject({ epoch: 200, running: false });
    expect(sent.filter((s) => s.running)).toHaveLength(1); // Play's own
  });
});
