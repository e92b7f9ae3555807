import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The database already exists (see playwright.config.ts); this only prepares where screenshots go. */
export default function globalSetup(): void {
  mkdirSync(resolve(__dirname, '../../../tmp/e2e'), { recursive: true });
  console.log(`e2e database: ${process.env['E2E_DATABASE_NAME']}`);
}
