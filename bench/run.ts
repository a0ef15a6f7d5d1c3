// npm run bench [-- --quick] [--reps N] [--seconds S] [--workload W1,W2] [--engine ours,synaptic]
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { measureEpochsPerSecond, median } from './measure.ts';
import { brainPeer } from './peers/brain.ts';
import { convnetPeer } from './peers/convnet.ts';
import { ours } from './peers/ours.ts';
import type { Peer } from './peers/peer.ts';
import { playgroundPeer } from './peers/playground.ts';
import { synapticPeer } from './peers/synaptic.ts';
import { tfjsPeer } from './peers/tfjs.ts';
import { halfSquaredError, WORKLOADS } from './workloads.ts';

/** Ours first: every ratio is to it. */
const PEERS: readonly Peer[] = [
  ours,
  synapticPeer,
  brainPeer,
  convnetPeer,
  playgroundPeer,
  tfjsPeer,
];
/** The issue's target: ours ≥ 1.5 × the fastest peer on each workload. */
const TARGET_RATIO = 1.5;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    seconds: { type: 'string' },
    workload: { type: 'string' },
    engine: { type: 'string' },
  },
});
const options = {
  seconds: Number(args.seconds ?? (args.quick ? 0.25 : 2)),
  repetitions: Number(args.reps ?? (args.quick ? 1 : 5)),
  warmupSeconds: args.quick ? 0.5 : 2,
};
const pick = <T>(all: readonly T[], list: string | undefined, key: (t: T) => string) =>
  list
    ? all.filter((t) =>
        list.split(',').some((s) => key(t).toLowerCase().startsWith(s.toLowerCase())),
      )
    : all;
const workloads = pick(WORKLOADS, args.workload, (w) => w.id);
const peers = pick(PEERS, args.engine, (p) => p.name);

const fmt = (x: number) =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0);
const pad = (s: string, n: number) => s.padEnd(n);

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}; ` +
    `${options.repetitions} repetition(s) of ≥ ${options.seconds} s each, median shown; rates per second of process CPU time.`,
);
const header = `${pad('engine', 22)}${pad('workload', 6)}${pad('throughput', 22)}${pad('÷ ours', 8)}${pad('loss start→end', 20)}notes`;
console.log(`\n${header}\n${'─'.repeat(header.length + 20)}`);

const summary: string[] = [];
for (const w of workloads) {
  const perUnit = w.unit === 'samples/s' ? w.data.count : 1;
  let oursRate = NaN;
  let fastestPeer = { name: '', rate: 0 };
  for (const peer of peers) {
    const trainer = await peer.create(w);
    const before = halfSquaredError(w, trainer.predict());
    const rate = median(measureEpochsPerSecond(() => trainer.epoch(), options)) * perUnit;
    const after = halfSquaredError(w, trainer.predict());
    if (peer === ours) oursRate = rate;
    else if (rate > fastestPeer.rate) fastestPeer = { name: peer.name, rate };
    const ratio = Number.isNaN(oursRate) ? '' : (rate / oursRate).toFixed(2);
    console.log(
      `${pad(peer.name, 22)}${pad(w.id, 6)}${pad(`${fmt(rate)} ${w.unit}`, 22)}${pad(ratio, 8)}` +
        `${pad(`${before.toFixed(3)}→${after.toFixed(4)}`, 20)}${peer.caveat}`,
    );
  }
  if (!Number.isNaN(oursRate) && fastestPeer.rate > 0) {
    const lead = oursRate / fastestPeer.rate;
    summary.push(
      `${w.id} (${w.title}): ours ${lead.toFixed(2)}× the fastest peer (${fastestPeer.name}) — ` +
        `target ${TARGET_RATIO}× ${lead >= TARGET_RATIO ? 'met' : 'NOT met'}`,
    );
  }
  console.log('');
}
for (const line of summary) console.log(line);
console.log(
  'Loss is the mean ½(y − t)² over the workload’s samples, measured by each engine’s own forward pass.',
);
