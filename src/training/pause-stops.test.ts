import { describe, expect, it } from 'vitest';
import type { FromWorker, Snapshot, ToWorker } from './protocol';
import { TrainerLoop } from './trainer-loop';
import { TUTORIAL_CONFIG } from './tutorial-config';

/** A loop on a fake host: tasks run when `drain` is called, the clock moves 1 ms a reading. */
function loopOnFakeHost() {
  const tasks: (() => void)[] = [];
  const snapshots: Snapshot[] = [];
  let clock = 0;
  const loop = new TrainerLoop({
    post: (message: FromWorker) => {
      if (message.type === 'snapshot') snapshots.push(message.snapshot);
    },
    yieldNow: (task) => tasks.push(task),
    later: (task) => tasks.push(task),
    now: () => (clock += 1),
  });
  const send = (message: ToWorker) => loop.handle(message);
  /** Runs queued work, acking every snapshot as the page does, until nothing is left. */
  const drain = () => {
    for (let guard = 0; guard < 100_000 && (tasks.length > 0 || snapshots.length > 0); guard++) {
      if (snapshots.length > 0) {
        last = snapshots.splice(0).at(-1)!;
        send({ type: 'ack' });
      } else tasks.shift()!();
    }
    return last!;
  };
  let last: Snapshot | undefined;
  return { send, drain };
}

describe('pauses at a lesson note', () => {
  it('stops exactly at each stop, at full speed and in slow motion, and Play goes on to the next', () => {
    const { send, drain } = loopOnFakeHost();
    send({ type: 'init', config: { ...TUTORIAL_CONFIG, speed: 0, epochTarget: 5000 } });
    send({ type: 'pauseAt', epochs: [1200, 37, 0, -3, 2.5, 37] });
    send({ type: 'play' });
    let now = drain();
    expect(now.epoch).toBe(37);
    expect(now.running).toBe(false);

    send({ type: 'play' });
    now = drain();
    expect(now.epoch).toBe(1200);
    expect(now.running).toBe(false);

    // A reset (a new run) keeps the stops; the last one passed, training runs to the target.
    send({ type: 'reset' });
    send({ type: 'configure', patch: { speed: 60 } });
    send({ type: 'play' });
    expect(drain().epoch).toBe(37);
    send({ type: 'pauseAt', epochs: [] });
    send({ type: 'configure', patch: { speed: 0 } });
    send({ type: 'play' });
    now = drain();
    expect(now.epoch).toBe(5000);
    expect(now.running).toBe(false);
  });
});
