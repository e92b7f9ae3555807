import { DiscoveryModule } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/load-config';
import { configureApp } from '../../src/configure-app';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  close(): Promise<void>;
}

export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString('base64');

/**
 * The real api (same modules, same HTTP configuration as main.ts) on a fresh database with every
 * migration applied, listening on an ephemeral port so requests are real HTTP.
 */
export async function createTestApp(env: Record<string, string> = {}, options: { today?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const { config } = loadConfig(
    {
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      JWT_SECRET: 'integration-test-secret-that-is-long-enough',
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      LOGIN_RATE_LIMIT: '1000',
      // Tests run sweeps themselves, on fixed days; a clock-driven one would interfere.
      SWEEP_ENABLED: 'false',
      WEB_ROOT: join(tmpdir(), 'nutmeg-no-web'),
      ...env,
    },
    mkdtempSync(join(tmpdir(), 'nutmeg-test-')),
  );
  const builder = Test.createTestingModule({ imports: [AppModule.register(config, database.url), DiscoveryModule] });
  if (options.today) {
    // Calendar rules are tested on fixed days, not on whatever day the suite happens to run.
    const today = options.today;
    builder.overrideProvider(Clock).useValue({ today: () => today, now: () => new Date(`${today}T15:00:00Z`) });
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
