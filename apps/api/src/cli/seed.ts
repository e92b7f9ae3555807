/**
 * Generates firms full of clients and notices for benchmarks and demos, with the same shapes at any size.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/nutmeg_bench npm run seed -- --firms 100 --clients 1000
 *   DATABASE_URL=... npm run seed -- --firms 1 --clients 5000 --notices 100000 [--as-of 2026-11-25] [--seed N]
 *     [--open-only]  only cases still being worked (no resolved or closed ones)
 *     [--swept]      past deadlines stored missed, as daily sweeps up to --as-of would have left them
 *
 * Built into dist/apps/api/seed.js beside the api (tools/seed/seed.mjs builds and runs it).
 *
 * Applies the migrations first. Each firm gets a manager, two practitioners and an assistant
 * (password "nutmeg-demo", emails <role><n>@firm<i>.bench.test), its clients and, with --notices, that
 * many notices with their deadlines and stored figures as of --as-of (default: today in APP_TIMEZONE,
 * America/New_York). The api encrypts taxpayer ids with ENCRYPTION_KEY: give the seed the same one.
 */
import 'reflect-metadata';
import * as argon2 from 'argon2';
import { effectiveRules, IsoDate, isIsoDate } from '@nutmeg/domain';
import { DataSource } from 'typeorm';
import { Client } from '../clients/client.entity';
import { Clock } from '../common/clock';
import { loadConfig } from '../config/load-config';
import { FieldCipher } from '../crypto/field-cipher';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrationsLocked } from '../database/run-migrations';
import { generateClients } from '../seed/demo-clients';
import { DEMO_PASSWORD } from '../seed/demo-seed.service';
import { seedFirm } from '../seed/firm-seeder';
import { seedNotices } from '../seed/notice-seeder';

interface SeedOptions {
  firms: number;
  clients: number;
  /** Per firm; 0 leaves the firms without notices, as before. */
  notices: number;
  seed: number;
  asOf: IsoDate | null;
  openOnly: boolean;
  swept: boolean;
}

const COUNTS = ['firms', 'clients', 'notices', 'seed'] as const;
const USAGE = 'use --firms N --clients N [--notices N] [--seed N] [--as-of YYYY-MM-DD] [--open-only] [--swept]';

function parseArgs(argv: string[]): SeedOptions {
  const options: SeedOptions = { firms: 1, clients: 40, notices: 0, seed: 1, asOf: null, openOnly: false, swept: false };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    if (name === '--open-only' || name === '--swept') {
      options[name === '--swept' ? 'swept' : 'openOnly'] = true;
      i -= 1; // a flag takes no value
      continue;
    }
    const text = argv[i + 1] ?? '';
    if (name === '--as-of') {
      if (!isIsoDate(text)) throw new Error(`Invalid date ${name} ${text}: ${USAGE}`);
      options.asOf = text as IsoDate;
      continue;
    }
    const key = COUNTS.find((count) => name === `--${count}`);
    const value = Number(text);
    if (!key || text === '' || !Number.isInteger(value) || value < (key === 'notices' ? 0 : 1)) {
      throw new Error(`Unknown or invalid option ${name} ${text}: ${USAGE}`);
    }
    options[key] = value;
  }
  if (options.notices > 0 && options.clients < 1) throw new Error('--notices needs clients to belong to');
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { config } = loadConfig();
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL to the database to fill (it is never the embedded default by accident).');
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  await runMigrationsLocked(dataSource);
  const cipher = new FieldCipher(config.encryptionKey);
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  // "Today" as the api's own clock reads it, unless the figures are wanted as of another day.
  const asOf = options.asOf ?? new Clock(config).today();
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  if (options.notices > 0) console.log(`[seed] ${options.notices} notices per firm, figures as of ${asOf}`);
  for (let index = 1; index <= options.firms; index++) {
    await dataSource.transaction(async (manager) => {
      const { firm, users } = await seedFirm(manager, cipher, {
        name: `Bench Firm ${index}`,
        users: ['manager', 'practitioner', 'practitioner', 'assistant'].map((role, n) => ({
          email: `${role}${n}@firm${index}.bench.test`,
          fullName: `${role} ${n} of firm ${index}`,
          role: role as 'manager' | 'practitioner' | 'assistant',
          passwordHash,
        })),
        clients: generateClients(options.clients, options.seed * 100_000 + index),
        assign: (n, users) => users[n % users.length].role === 'assistant' ? null : users[n % users.length],
      });
      if (options.notices === 0) return;
      // Ids are random, so the generator gets the clients in an order fixed by their content.
      const clients = await manager.find(Client, {
        where: { firmId: firm.id },
        order: { legalName: 'ASC', email: 'ASC', ctAccountNumber: 'ASC', id: 'ASC' },
      });
      const { deadlineCount } = await seedNotices(manager, {
        firmId: firm.id,
        clients,
        users,
        count: options.notices,
        asOf,
        seed: options.seed * 100_000 + index,
        rules: effectiveRules(firm.ruleOverrides),
        openOnly: options.openOnly,
        swept: options.swept,
        onProgress: (written) =>
          console.log(`[seed] firm ${index}: ${written}/${options.notices} notices, ${seconds()} s`),
      });
      console.log(`[seed] firm ${index}: ${options.notices} notices with ${deadlineCount} deadlines`);
    });
    if (index % 10 === 0 || index === options.firms) {
      const notices = options.notices > 0 ? `, ${index * options.notices} notices` : '';
      console.log(
        `[seed] ${index}/${options.firms} firms, ${index * options.clients} clients${notices}, ${seconds()} s`,
      );
    }
  }
  // What autovacuum would do after a bulk load, done now (and where autovacuum is off): without statistics
  // the planner picks plans meant for empty tables, and without the visibility map no index-only scans.
  await dataSource.query('VACUUM (ANALYZE)');
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(`[seed] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
