/// <reference lib="webworker" />
import type { ToWorker } from '@/training/protocol';
import { TrainerLoop } from '@/training/trainer-loop';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel hop yields to queued commands without setTimeout's 4 ms clamping.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

/**
 * On two cores or fewer the page's drawing shares a core with training: at full speed, 20
 * pictures a second rather than one per frame (issue 13: W1 in the page went from 70–89 % to
 * 86–100 % of Node's rate). With more cores the drawing runs beside training: every frame.
 */
const SNAPSHOT_GAP_MS = (navigator.hardwareConcurrency || 2) > 2 ? 0 : 50;

const loop = new TrainerLoop({
  post: (message, transfer) => self.postMessage(message, transfer),
  yieldNow: (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  },
  later: (task, ms) => setTimeout(task, ms),
  now: () => performance.now(),
  snapshotGapMs: SNAPSHOT_GAP_MS,
});

self.onmessage = (event: MessageEvent<ToWorker>) => loop.handle(event.data);
