/** The one typed configuration object the api runs on, read from the environment once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /** null: start the embedded PostgreSQL (development and tests without a server). */
  databaseUrl: string | null;
  embeddedPostgres: { port: number; dataDir: string };
  dataDir: string;
  jwt: { secret: string; expiresInSeconds: number };
  /** 32-byte AES-256-GCM key for taxpayer identifiers at rest. */
  encryptionKey: Buffer;
  sweep: { enabled: boolean; cron: string };
  /** Keep pages of the case lists until the database announces a change (CaseListCache); false reads every page fresh. */
  caseListCache: boolean;
  /** Calendar dates (notice dates, deadlines) are days in this zone. */
  timezone: string;
  seedDemo: boolean;
  loginRateLimit: { limit: number; windowSeconds: number };
  /** Where the built Angular app lives; served at / when present. */
  webRoot: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
