/**
 * Runs one deadline sweep across every firm from the command line, then exits — for operators (a cron
 * outside the app, a catch-up after downtime) and for the sweep benchmark.
 *
 *   DATABASE_URL=postgres://... node dist/apps/api/sweep.js [--as-of YYYY-MM-DD] [--batch-size N] [--workers N]
 *
 * --workers (default 2) is how many batches run at once, each on its own connection; about one per core
 * the database server can spare.
 *
 * It takes the same advisory lock as the api's scheduled sweep, so it never overlaps one.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isIsoDate } from '@nutmeg/domain';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/load-config';
import { SweepService } from '../sweeps/sweep.service';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const asOf = option('--as-of');
  if (asOf !== undefined && !isIsoDate(asOf)) throw new Error(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
  const batchSize = Number(option('--batch-size') ?? 5000);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch-size must be a whole number above 0');
  const workers = Number(option('--workers') ?? 2);
  if (!Number.isInteger(workers) || workers < 1 || workers > 8) throw new Error('--workers must be a whole number from 1 to 8');

  const { config } = loadConfig({ ...process.env, SEED_DEMO: 'false', SWEEP_ENABLED: 'false' });
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL to the database to sweep.');
  const app = await NestFactory.createApplicationContext(AppModule.register(config, config.databaseUrl), { logger: ['log', 'warn', 'error'] });
  try {
    const sweeps = app.get(SweepService);
    sweeps.tuning = { batchSize, workers };
    const run = await sweeps.run({ trigger: 'manual', asOf });
    console.log(JSON.stringify({ id: run.id, asOf: run.asOf, outcome: run.outcome, durationMs: run.durationMs, counts: run.counts, error: run.error }));
    if (run.outcome !== 'succeeded') process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  new Logger('sweep').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
