/**
 * Generates firms full of clients for benchmarks and demos, with the same shapes as the demo seed.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/nutmeg_bench npm run seed -- --firms 100 --clients 1000
 *
 * Built into dist/apps/api/seed.js beside the api (tools/seed/seed.mjs builds and runs it).
 *
 * Applies the migrations first. Each firm gets a manager, two practitioners and an assistant
 * (password "nutmeg-demo", emails <role><n>@firm<i>.bench.test).
 */
import 'reflect-metadata';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { FieldCipher } from '../crypto/field-cipher';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrationsLocked } from '../database/run-migrations';
import { generateClients } from '../seed/demo-clients';
import { DEMO_PASSWORD } from '../seed/demo-seed.service';
import { seedFirm } from '../seed/firm-seeder';

interface SeedOptions {
  firms: number;
  clients: number;
  seed: number;
}

function parseArgs(argv: string[]): SeedOptions {
  const options: SeedOptions = { firms: 1, clients: 40, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '') as keyof SeedOptions;
    const value = Number(argv[i + 1]);
    if (!(name in options) || !Number.isInteger(value) || value < 1) {
      throw new Error(`Unknown or invalid option ${argv[i]} ${argv[i + 1] ?? ''}: use --firms N --clients N --seed N`);
    }
    options[name] = value;
  }
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
  const started = Date.now();
  for (let index = 1; index <= options.firms; index++) {
    await dataSource.transaction((manager) =>
      seedFirm(manager, cipher, {
        name: `Bench Firm ${index}`,
        users: ['manager', 'practitioner', 'practitioner', 'assistant'].map((role, n) => ({
          email: `${role}${n}@firm${index}.bench.test`,
          fullName: `${role} ${n} of firm ${index}`,
          role: role as 'manager' | 'practitioner' | 'assistant',
          passwordHash,
        })),
        clients: generateClients(options.clients, options.seed * 100_000 + index),
        assign: (n, users) => users[n % users.length].role === 'assistant' ? null : users[n % users.length],
      }),
    );
    if (index % 10 === 0 || index === options.firms) {
      console.log(`[seed] ${index}/${options.firms} firms, ${index * options.clients} clients, ${Math.round((Date.now() - started) / 1000)} s`);
    }
  }
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(`[seed] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
