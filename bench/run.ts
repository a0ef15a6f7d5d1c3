// npm run bench [-- --quick] [--reps N] [--seconds S] [--workload W1,W2] [--engine ours,synaptic]
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { epochsPerCpuSecond, median, warmUp } from './measure.ts';
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
    `${options.repetitions} round(s); each round times every engine for ≥ ${options.seconds} s in turn ` +
    'and the median is shown; rates per second of process CPU time.',
);
const header = `${pad('engine', 22)}${pad('workload', 6)}${pad('throughput', 22)}${pad('÷ ours', 8)}${pad('loss start→end', 20)}notes`;
console.log(`\n${header}\n${'─'.repeat(header.length + 20)}`);

const summary: string[] = [];
for (const w of workloads) {
  const perUnit = w.unit === 'samples/s' ? w.data.count : 1;
  const runs = [];
  for (const peer of peers) {
    const trainer = await peer.create(w);
    const before = halfSquaredError(w, trainer.predict());
    const epoch = () => trainer.epoch();
    const chunk = warmUp(epoch, options.warmupSeconds);
    runs.push({ peer, trainer, epoch, before, chunk, rates: [] as number[] });
  }
  // Round robin, starting one engine later each round: the machine's speed drifts by tens of
  // per cent over minutes, so engines timed in the same minutes are compared, and none always
  // runs first.
  for (let round = 0; round < options.repetitions; round++) {
    for (let k = 0; k < runs.length; k++) {
      const run = runs[(round + k) % runs.length]!;
      run.rates.push(epochsPerCpuSecond(run.epoch, run.chunk, options.seconds) * perUnit);
    }
  }
  const ours = runs.find((run) => run.peer.name === 'ours');
  let fastest: (typeof runs)[number] | undefined;
  for (const run of runs) {
    const rate = median(run.rates);
    const after = halfSquaredError(w, run.trainer.predict());
    if (run !== ours && (fastest === undefined || rate > median(fastest.rates))) fastest = run;
    const ratio = ours ? (rate / median(ours.rates)).toFixed(2) : '';
    console.log(
      `${pad(run.peer.name, 22)}${pad(w.id, 6)}${pad(`${fmt(rate)} ${w.unit}`, 22)}${pad(ratio, 8)}` +
        `${pad(`${run.before.toFixed(3)}→${after.toFixed(4)}`, 20)}${run.peer.caveat}`,
    );
  }
  if (ours && fastest) {
    // The lead is the median of the per-round ratios: both rates from the same minutes.
    const lead = median(ours.rates.map((rate, round) => rate / fastest.rates[round]!));
    summary.push(
      `${w.id} (${w.title}): ours ${lead.toFixed(2)}× the fastest peer (${fastest.peer.name}) — ` +
        `target ${TARGET_RATIO}× ${lead >= TARGET_RATIO ? 'met' : 'NOT met'}`,
    );
  }
  console.log('');
}
for (const line of summary) console.log(line);
console.log(
  'Loss is the mean ½(y − t)² over the workload’s samples, measured by each engine’s own forward pass.',
);
