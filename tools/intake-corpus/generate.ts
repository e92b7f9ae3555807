/**
 * Writes the intake corpus: one DRS-style PDF per letter and `expected.json` with the fields each should
 * yield. Run:
 *
 *   npx ts-node -P tools/intake-corpus/tsconfig.json tools/intake-corpus/generate.ts --out /tmp/notices
 *
 * `--expected <file>` also writes the expected fields to that file (how
 * apps/api/test/fixtures/notices/expected.json is refreshed after a change to the corpus).
 *
 * `--scans` also writes each letter as scans (see scans.ts) into `<dir>/scans`, with `scans.json` listing
 * each scan's page files, its variant and the same expected fields; `--scan-letters a,b` limits the scans
 * to those letter ids (a quicker corpus for specs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectedFieldsOf, type ExpectedFields } from './expected';
import { LETTERS } from './letters';
import { renderLetter } from './render';
import { scanLetter, scanVariantsOf, type ScanVariant } from './scans';

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

export interface ScanManifestEntry {
  /** The letter's text PDF, as in expected.json. */
  letter: string;
  variant: ScanVariant;
  /** Page images in page order, or the one image-only PDF; relative to the output directory. */
  files: string[];
  expected: ExpectedFields;
}

export async function generateScans(outDir: string, onlyLetters?: readonly string[]): Promise<ScanManifestEntry[]> {
  mkdirSync(join(outDir, 'scans'), { recursive: true });
  const manifest: ScanManifestEntry[] = [];
  for (const [index, letter] of LETTERS.entries()) {
    if (onlyLetters && !onlyLetters.includes(letter.id)) continue;
    const pdf = await renderLetter(letter, index);
    for (const variant of scanVariantsOf(index)) {
      const outputs = await scanLetter(pdf, variant, index + 1);
      const files = outputs.map((_, page) =>
        join(
          'scans',
          variant.format === 'pdf' ? `${letter.id}.${variant.name}` : `${letter.id}.p${page + 1}.${variant.name}`,
        ),
      );
      outputs.forEach((bytes, at) => writeFileSync(join(outDir, files[at]), bytes));
      manifest.push({ letter: `${letter.id}.pdf`, variant, files, expected: expectedFieldsOf(letter) });
    }
  }
  writeFileSync(join(outDir, 'scans.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (require.main === module) {
  const out = argument('--out');
  if (!out) {
    console.error('usage: generate.ts --out <dir> [--expected <file>] [--scans] [--scan-letters <id,id>]');
    process.exit(2);
  }
  const scanLetters = argument('--scan-letters')?.split(',');
  generateCorpus(resolve(out))
    .then(async (manifest) => {
      const expectedFile = argument('--expected');
      if (expectedFile) writeFileSync(resolve(expectedFile), `${JSON.stringify(manifest, null, 2)}\n`);
      console.log(`wrote ${manifest.length} letters to ${resolve(out)}`);
      if (process.argv.includes('--scans') || scanLetters) {
        const scans = await generateScans(resolve(out), scanLetters);
        const pages = scans.reduce((sum, scan) => sum + scan.files.length, 0);
        console.log(`wrote ${scans.length} scans (${pages} files) to ${resolve(out, 'scans')}`);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
