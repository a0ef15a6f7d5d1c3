// `npm test`: every check CI runs, in order — lint, typecheck, unit, e2e (Chromium), then the
// cross-browser journeys (Chromium, Firefox ESR, WebKitGTK). Stops at the first
// stage that fails and prints how long each stage took, so a slow stage is plain to see.
import { spawnSync } from 'node:child_process';

const STAGES = [
  ['lint', 'npm run lint'],
  ['typecheck', 'npm run typecheck'],
  ['unit', 'npm run test:unit'],
  ['e2e', 'npm run test:e2e'],
  ['browsers', 'npm run test:browsers'],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];
const started = performance.now();

for (const [name, command] of STAGES) {
  console.log(`\n▶ ${name}: ${command}`);
  const stageStarted = performance.now();
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  const took = performance.now() - stageStarted;
  const ok = result.status === 0;
  timings.push(`${name} ${seconds(took)}${ok ? '' : ' (failed)'}`);
  console.log(`⏱ ${name}: ${seconds(took)}${ok ? '' : ' — failed'}`);
  if (!ok) {
    console.error(`\nnpm test stopped at ${name} (exit ${result.status ?? result.signal}).`);
    console.log(`⏱ stages: ${timings.join(', ')}`);
    process.exit(result.status || 1);
  }
}
console.log(`\n⏱ stages: ${timings.join(', ')}; total ${seconds(performance.now() - started)}`);
