import { CronTime } from 'cron';
import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { ConfigError } from './config-error';
import { loadOrCreateDevSecrets } from './dev-secrets';

type Env = Record<string, string | undefined>;

export interface LoadedConfig {
  config: AppConfig;
  /** Things the operator should know, printed at start ("generated a development secret ..."). */
  notices: string[];
}

/**
 * Reads and validates every setting at once, so one start-up reports all problems together. In
 * production the secrets must be given; elsewhere they are generated and kept in the data folder.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): LoadedConfig {
  const problems: string[] = [];
  const notices: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const production = nodeEnv === 'production';
  const dataDir = resolve(cwd, env['DATA_DIR'] ?? '.data');
  const port = read.port('PORT', 3000);
  const databaseUrl = read.postgresUrl('DATABASE_URL');
  const embeddedPort = read.port('EMBEDDED_PG_PORT', 54320);
  if (production && !databaseUrl) problems.push('DATABASE_URL: required when NODE_ENV=production (the embedded database is for development)');

  let jwtSecret = env['JWT_SECRET'];
  let encryptionKeyText = env['ENCRYPTION_KEY'];
  if (production) {
    if (!jwtSecret) problems.push('JWT_SECRET: required when NODE_ENV=production (at least 32 characters)');
    if (!encryptionKeyText) problems.push('ENCRYPTION_KEY: required when NODE_ENV=production (32 bytes, base64: `openssl rand -base64 32`)');
  } else if (!jwtSecret || !encryptionKeyText) {
    const { secrets, file, created } = loadOrCreateDevSecrets(dataDir);
    if (!jwtSecret) jwtSecret = secrets.jwtSecret;
    if (!encryptionKeyText) encryptionKeyText = secrets.encryptionKey;
    notices.push(
      `${created ? 'Generated' : 'Using'} development secrets in ${file} (JWT_SECRET/ENCRYPTION_KEY not set; set both in production).`,
    );
  }
  if (jwtSecret !== undefined && jwtSecret.length < 32) problems.push('JWT_SECRET: must be at least 32 characters');
  const encryptionKey = encryptionKeyText === undefined ? Buffer.alloc(0) : Buffer.from(encryptionKeyText, 'base64');
  if (encryptionKeyText !== undefined && encryptionKey.length !== 32) {
    problems.push('ENCRYPTION_KEY: must be 32 bytes encoded as base64 (`openssl rand -base64 32`)');
  }

  const timezone = env['APP_TIMEZONE'] ?? 'America/New_York';
  if (!isTimeZone(timezone)) problems.push(`APP_TIMEZONE: "${timezone}" is not an IANA time zone (e.g. America/New_York)`);

  const sweepCron = env['SWEEP_CRON'] ?? '0 * * * *';
  try {
    new CronTime(sweepCron);
  } catch {
    problems.push(`SWEEP_CRON: "${sweepCron}" is not a cron expression (e.g. "0 * * * *" for hourly)`);
  }

  const config: AppConfig = {
    nodeEnv,
    port,
    databaseUrl,
    embeddedPostgres: { port: embeddedPort, dataDir: resolve(dataDir, 'postgres') },
    dataDir,
    jwt: { secret: jwtSecret ?? '', expiresInSeconds: read.int('JWT_EXPIRES_IN_SECONDS', 8 * 3600, 60, 7 * 24 * 3600) },
    encryptionKey,
    sweep: { enabled: read.bool('SWEEP_ENABLED', true), cron: sweepCron },
    caseListCache: read.bool('CASE_LIST_CACHE', true),
    timezone,
    seedDemo: read.bool('SEED_DEMO', !production),
    loginRateLimit: {
      limit: read.int('LOGIN_RATE_LIMIT', 10, 1, 10_000),
      windowSeconds: read.int('LOGIN_RATE_WINDOW_SECONDS', 60, 1, 86_400),
    },
    webRoot: resolve(cwd, env['WEB_ROOT'] ?? 'dist/apps/web/browser'),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return { config, notices };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      this.problems.push(`${name}: "${raw}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  port(name: string, fallback: number): number {
    return this.int(name, fallback, 1, 65_535);
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name}: "${this.env[name]}" must be true or false`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name}: "${raw}" must be one of ${allowed.join(', ')}`);
    return fallback;
  }

  postgresUrl(name: string): string | null {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return null;
    try {
      const url = new URL(raw);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('protocol');
      return raw;
    } catch {
      this.problems.push(`${name}: must be a postgres:// URL (e.g. postgres://user:pass@host:5432/nutmeg)`);
      return null;
    }
  }
}
