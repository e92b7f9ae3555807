#!/usr/bin/env node
// `npm start`: builds the web app and the api, then runs the api, which serves both on one port and
// starts an embedded PostgreSQL unless DATABASE_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };
const projects = ['api', ...(existsSync('apps/web/project.json') ? ['web'] : [])];

console.log(`[nutmeg] building ${projects.join(' and ')} (cached after the first time) ...`);
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...projects, '--output-style=stream'], {
  stdio: 'inherit',
  env,
});
if (build.status !== 0) {
  console.error('[nutmeg] the build failed (see above). Fix the error, or run `npx nx build api --verbose` for details.');
  process.exit(build.status ?? 1);
}

console.log('[nutmeg] starting the api (Ctrl-C stops it and the embedded database) ...');
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
