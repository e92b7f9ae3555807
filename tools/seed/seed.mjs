#!/usr/bin/env node
// Fills a database with generated firms and clients (for benchmarks): builds the api, then runs its seed
// entry point. Usage: DATABASE_URL=postgres://... npm run seed -- --firms 100 --clients 1000 [--notices N] [--as-of YYYY-MM-DD] [--seed N]
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };
console.log('[seed] building the api ...');
const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=stream'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['dist/apps/api/seed.js', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
