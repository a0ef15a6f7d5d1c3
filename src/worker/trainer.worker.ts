/// <reference lib="webworker" />
import type { ToWorker } from '@/training/protocol';
import { TrainerLoop } from '@/training/trainer-loop';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel hop yields to queued commands without setTimeout's 4 ms clamping.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const loop = new TrainerLoop({
  post: (message, transfer) => self.postMessage(message, transfer),
  yieldNow: (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  },
  later: (task, ms) => setTimeout(task, ms),
  now: () => performance.now(),
});

self.onmessage = (event: MessageEvent<ToWorker>) => loop.handle(event.data);
