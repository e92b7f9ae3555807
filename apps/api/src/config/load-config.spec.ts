import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const KEY = Buffer.alloc(32, 7).toString('base64');
const SECRET = 'x'.repeat(40);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'nutmeg-config-'));
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, tempDir());
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives development defaults and says it generated secrets', () => {
    const cwd = tempDir();
    const { config, notices } = loadConfig({}, cwd);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.embeddedPostgres.port).not.toBe(5432);
    expect(config.encryptionKey).toHaveLength(32);
    expect(config.timezone).toBe('America/New_York');
    expect(config.seedDemo).toBe(true);
    expect(notices.join()).toMatch(/Generated development secrets/);
  });

  it('reuses the generated development secrets on the next start', () => {
    const cwd = tempDir();
    const first = loadConfig({}, cwd).config;
    const second = loadConfig({}, cwd);
    expect(second.config.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(second.config.jwt.secret).toBe(first.jwt.secret);
    expect(second.notices.join()).toMatch(/Using development secrets/);
  });

  it('requires secrets and a database in production, naming each', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems.join('\n')).toMatch(/^DATABASE_URL:/m);
    expect(problems.join('\n')).toMatch(/^JWT_SECRET:/m);
    expect(problems.join('\n')).toMatch(/^ENCRYPTION_KEY:/m);
  });

  it('accepts a complete production configuration', () => {
    const { config } = loadConfig(
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db:5432/nutmeg', JWT_SECRET: SECRET, ENCRYPTION_KEY: KEY },
      tempDir(),
    );
    expect(config.seedDemo).toBe(false);
    expect(config.databaseUrl).toBe('postgres://u@db:5432/nutmeg');
  });

  it.each([
    ['PORT', 'eighty', /^PORT:/],
    ['PORT', '70000', /^PORT:/],
    ['DATABASE_URL', 'mysql://x', /^DATABASE_URL:/],
    ['ENCRYPTION_KEY', 'c2hvcnQ=', /^ENCRYPTION_KEY: must be 32 bytes/],
    ['JWT_SECRET', 'short', /^JWT_SECRET: must be at least 32/],
    ['APP_TIMEZONE', 'Mars/Olympus', /^APP_TIMEZONE:/],
    ['SWEEP_CRON', 'every hour', /^SWEEP_CRON:/],
    ['SWEEP_ENABLED', 'maybe', /^SWEEP_ENABLED:/],
    ['NODE_ENV', 'staging', /^NODE_ENV:/],
  ])('refuses a malformed %s=%s', (name, value, expected) => {
    expect(problemsOf({ [name]: value }).join('\n')).toMatch(expected);
  });
});
