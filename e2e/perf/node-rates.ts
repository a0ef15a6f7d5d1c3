import { median, warmUp } from '../../bench/measure.ts';
import { ours } from '../../bench/peers/ours.ts';
import { WORKLOADS } from '../../bench/workloads.ts';
import type { TrainerConfig } from '../../src/training/protocol.ts';
import { Trainer } from '../../src/training/trainer.ts';

/** Node's W1 rate (the engine's trainEpoch) over some time: per CPU second and per wall second. */
export interface W1Rate {
  readonly cpu: number;
  readonly wall: number;
}

/**
 * The Node engine on W1 in this process, warmed up: `measure` trains it for `seconds` and
 * gives its rate per CPU second (the bench's figure) and per wall second (which, like the
 * worker's, suffers from whatever else the machine runs at the time).
 */
export async function nodeW1(): Promise<{ measure(seconds: number): W1Rate }> {
  const trainer = await ours.create(WORKLOADS[0]!);
  warmUp(() => trainer.epoch(), 1);
  return {
    measure(seconds) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      let epochs = 0;
      while (performance.now() - t0 < seconds * 1000) {
        for (let e = 0; e < 1000; e++) trainer.epoch();
        epochs += 1000;
      }
      const wallSeconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      return { cpu: (epochs * 1e6) / (cpu.user + cpu.system), wall: epochs / wallSeconds };
    },
  };
}

/** Epochs per CPU second of the worker's own Trainer in Node (8 ms slices, no snapshots). */
export function nodeTrainerRate(config: TrainerConfig, seconds: number): number {
  const trainer = new Trainer(config);
  const now = () => performance.now();
  trainer.play(now());
  const trainFor = (ms: number) => {
    const end = now() + ms;
    while (now() < end) trainer.runSlice(now, now() + 8);
  };
  trainFor(1000); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < 3; r++) {
    const before = trainer.snapshot(0).epoch;
    const cpu0 = process.cpuUsage();
    trainFor(seconds * 1000);
    const cpu = process.cpuUsage(cpu0);
    rates.push(((trainer.snapshot(0).epoch - before) * 1e6) / (cpu.user + cpu.system));
  }
  return median(rates);
}
