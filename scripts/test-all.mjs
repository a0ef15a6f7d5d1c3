// `npm test`: every check CI runs — lint and typecheck side by side (two cores, each one
// thread), then unit, e2e (Chromium), then the cross-browser journeys (Chromium, Firefox ESR,
// WebKitGTK). Stops at the first stage that fails and prints how long each stage took, so a
// slow stage is plain to see.
import { spawn } from 'node:child_process';

/** Stages in order; the commands of one stage run at the same time. */
const STAGES = [
  [
    ['lint', 'npm run lint'],
    ['typecheck', 'npm run typecheck'],
  ],
  [['unit', 'npm run test:unit']],
  [['e2e', 'npm run test:e2e']],
  [['browsers', 'npm run test:browsers']],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];
const started = performance.now();

/** Runs a command; alone it prints as it goes, beside another its output waits to the end. */
function run(name, command, alone) {
  console.log(`\n▶ ${name}: ${command}`);
  const begun = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: alone ? 'inherit' : 'pipe' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      if (!alone) process.stdout.write(`\n── ${name} ──\n${output}`);
      const took = performance.now() - begun;
      const ok = code === 0;
      timings.push(`${name} ${seconds(took)}${ok ? '' : ' (failed)'}`);
      console.log(`⏱ ${name}: ${seconds(took)}${ok ? '' : ' — failed'}`);
      resolve({ name, ok, code: code ?? signal });
    });
  });
}

for (const stage of STAGES) {
  const results = await Promise.all(
    stage.map(([name, command]) => run(name, command, stage.length === 1)),
  );
  const failed = results.find((result) => !result.ok);
  if (failed) {
    console.error(`\nnpm test stopped at ${failed.name} (exit ${failed.code}).`);
    console.log(`⏱ stages: ${timings.join(', ')}`);
    process.exit(typeof failed.code === 'number' && failed.code !== 0 ? failed.code : 1);
  }
}
console.log(`\n⏱ stages: ${timings.join(', ')}; total ${seconds(performance.now() - started)}`);
