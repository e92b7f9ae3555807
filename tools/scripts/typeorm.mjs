#!/usr/bin/env node
// Runs the TypeORM CLI against apps/api's data source, with TypeScript paths resolved.
// Usage: DATABASE_URL=postgres://... node tools/scripts/typeorm.mjs migration:generate apps/api/src/database/migrations/Name
import { spawnSync } from 'node:child_process';

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL first, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/nutmeg_dev');
  process.exit(2);
}
const [command, ...rest] = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'node_modules/typeorm/cli.js', command, ...rest, '-d', 'apps/api/src/database/data-source.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_TRANSPILE_ONLY: 'true' },
  },
);
process.exit(result.status ?? 1);
