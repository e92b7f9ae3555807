#!/usr/bin/env node
// `npm test`: every check, in order of speed, so a failure shows up early.
//   1. lint (module boundaries), typecheck and unit tests of every project
//   2. api integration tests on a real PostgreSQL (DATABASE_URL's server, else an embedded one)
//   3. browser tests of the web app in Debian Chromium (when the web app exists)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };
const steps = [
  ['lint, typecheck and unit tests', ['run-many', '-t', 'lint', 'typecheck', 'test', '--parallel=2']],
  ['api integration tests (real PostgreSQL)', ['run', 'api:integration']],
];
if (existsSync('apps/web/project.json')) steps.push(['web browser tests (Playwright, Debian Chromium)', ['run', 'web:e2e']]);

const started = Date.now();
for (const [index, [label, args]] of steps.entries()) {
  console.log(`\n[npm test] step ${index + 1}/${steps.length}: ${label}`);
  const stepStart = Date.now();
  const result = spawnSync('npx', ['nx', ...args, '--output-style=stream'], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n[npm test] FAILED at step ${index + 1} (${label}). Re-run just that step with: npx nx ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
  console.log(`[npm test] step ${index + 1} passed in ${Math.round((Date.now() - stepStart) / 1000)} s`);
}
console.log(`\n[npm test] all ${steps.length} steps passed in ${Math.round((Date.now() - started) / 1000)} s`);
