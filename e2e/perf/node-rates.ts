import { measureEpochsPerSecond, median } from '../../bench/measure.ts';
import { ours } from '../../bench/peers/ours.ts';
import { WORKLOADS } from '../../bench/workloads.ts';

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
