/**
 * Writes the intake corpus: one DRS-style PDF per letter and `expected.json` with the fields each should
 * yield. Run:
 *
 *   npx ts-node -P tools/intake-corpus/tsconfig.json tools/intake-corpus/generate.ts --out /tmp/notices
 *
 * `--expected <file>` also writes the expected fields to that file (how
 * apps/api/test/fixtures/notices/expected.json is refreshed after a change to the corpus).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectedFieldsOf, type ExpectedFields } from './expected';
import { LETTERS } from './letters';
import { renderLetter } from './render';

export interface CorpusManifestEntry {
  file: string;
  expected: ExpectedFields;
}

export async function generateCorpus(outDir: string): Promise<CorpusManifestEntry[]> {
  mkdirSync(outDir, { recursive: true });
  const manifest: CorpusManifestEntry[] = [];
  for (const [index, letter] of LETTERS.entries()) {
    const file = `${letter.id}.pdf`;
    writeFileSync(join(outDir, file), await renderLetter(letter, index));
    manifest.push({ file, expected: expectedFieldsOf(letter) });
  }
  writeFileSync(join(outDir, 'expected.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (require.main === module) {
  const out = argument('--out');
  if (!out) {
    console.error('usage: generate.ts --out <dir> [--expected <file>]');
    process.exit(2);
  }
  generateCorpus(resolve(out))
    .then((manifest) => {
      const expectedFile = argument('--expected');
      if (expectedFile) writeFileSync(resolve(expectedFile), `${JSON.stringify(manifest, null, 2)}\n`);
      console.log(`wrote ${manifest.length} letters to ${resolve(out)}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
