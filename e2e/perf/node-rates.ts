import { measureEpochsPerSecond, median } from '../../bench/measure.ts';
import { ours } from '../../bench/peers/ours.ts';
import { WORKLOADS } from '../../bench/workloads.ts';
import type { TrainerConfig } from '../../src/training/protocol.ts';
import { Trainer } from '../../src/training/trainer.ts';

/**
 * Node W1 rate (trainEpoch) now, in this process: per CPU second (the bench's figure) and
 * per wall second (which, like the worker's, suffers from whatever else the machine runs).
 */
export async function nodeW1Rate(): Promise<{ cpu: number; wall: number }> {
  const trainer = await ours.create(WORKLOADS[0]!);
  const options = { seconds: 1, repetitions: 3, warmupSeconds: 1 };
  const cpu = median(measureEpochsPerSecond(() => trainer.epoch(), options));
  const walls: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    let epochs = 0;
    while (performance.now() - t0 < 1000) {
      for (let e = 0; e < 1000; e++) trainer.epoch();
      epochs += 1000;
    }
    walls.push((epochs * 1000) / (performance.now() - t0));
  }
  return { cpu, wall: median(walls) };
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
