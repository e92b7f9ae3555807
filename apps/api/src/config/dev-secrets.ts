import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevSecrets {
  jwtSecret: string;
  encryptionKey: string;
}

/**
 * Development and test runs need secrets without ceremony, but a fresh random key on every start would
 * make yesterday's encrypted taxpayer ids unreadable and sign everyone out. So they are generated once and
 * kept in the (git-ignored) data folder beside the embedded database they protect.
 */
export function loadOrCreateDevSecrets(dataDir: string): { secrets: DevSecrets; file: string; created: boolean } {
  const file = join(dataDir, 'dev-secrets.json');
  if (existsSync(file)) {
    return { secrets: JSON.parse(readFileSync(file, 'utf8')) as DevSecrets, file, created: false };
  }
  const secrets: DevSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    encryptionKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return { secrets, file, created: true };
}
