import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { INTAKE_FIELD_NAMES, type IntakeFieldName, type NoticeTextParse } from './intake-fields';
import { parseNoticeText } from './notice-text-parser';
import { extractPdfText, type PdfText } from './pdf-text';
import { generateCorpus } from './testing/generate-corpus';

/**
 * End to end on the generated corpus: tools/intake-corpus renders DRS-style letters to PDF, the extractor
 * reads their text layer, the parser reads the fields, and every field is compared with
 * apps/api/test/fixtures/notices/expected.json. The PDFs are generated here rather than committed.
 */

interface ManifestEntry {
  file: string;
  expected: Record<IntakeFieldName, unknown>;
}

const root = join(__dirname, '..', '..', '..', '..');
const committedExpected = join(root, 'apps', 'api', 'test', 'fixtures', 'notices', 'expected.json');

jest.setTimeout(120_000);

describe('notice intake on the generated DRS corpus', () => {
  let dir: string;
  let manifest: ManifestEntry[];
  const results = new Map<string, { text: PdfText; parse: NoticeTextParse }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nutmeg-notices-'));
    manifest = generateCorpus(dir) as ManifestEntry[];
    for (const entry of manifest) {
      const text = await extractPdfText(readFileSync(join(dir, entry.file)));
      results.set(entry.file, { text, parse: parseNoticeText(text.pages) });
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('generates the letters the committed expected fields describe', () => {
    const committed = JSON.parse(readFileSync(committedExpected, 'utf8')) as ManifestEntry[];
    // Regenerate the fixture with generate.ts --expected when the corpus changes on purpose.
    expect(manifest).toEqual(committed);
    expect(manifest.length).toBeGreaterThanOrEqual(14);
  });

  it('gives every letter a text layer', () => {
    for (const entry of manifest) expect(results.get(entry.file)?.text.textChars).toBeGreaterThan(500);
  });

  it('reads at least 98% of the fields right, and reports accuracy per field', () => {
    const right: Record<string, number> = {};
    const wrong: string[] = [];
    for (const entry of manifest) {
      const { parse } = results.get(entry.file) as { parse: NoticeTextParse };
      for (const name of INTAKE_FIELD_NAMES) {
        const actual = parse.fields[name]?.value;
        if (isDeepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), entry.expected[name])) {
          right[name] = (right[name] ?? 0) + 1;
        } else {
          wrong.push(
            `${entry.file} ${name}: expected ${JSON.stringify(entry.expected[name])}, got ${JSON.stringify(actual)}`,
          );
        }
      }
    }
    const letters = manifest.length;
    const total = letters * INTAKE_FIELD_NAMES.length;
    const correct = Object.values(right).reduce((a, b) => a + b, 0);
    const report = [
      `Notice intake accuracy on ${letters} generated text PDFs (${total} fields):`,
      ...INTAKE_FIELD_NAMES.map(
        (name) =>
          `  ${name.padEnd(17)} ${String(right[name] ?? 0).padStart(3)}/${letters}  ${(((right[name] ?? 0) / letters) * 100).toFixed(1)}%`,
      ),
      `  ${'overall'.padEnd(17)} ${String(correct).padStart(3)}/${total}  ${((correct / total) * 100).toFixed(1)}%`,
      ...(wrong.length ? ['Mismatches:', ...wrong.map((w) => `  ${w}`)] : []),
    ].join('\n');
    console.log(report);
    expect(correct / total).toBeGreaterThanOrEqual(0.98);
  });

  it('quotes each value from the page it names, with a confidence between 0 and 1', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const entry of manifest) {
      const { text, parse } = results.get(entry.file) as { text: PdfText; parse: NoticeTextParse };
      for (const field of Object.values(parse.fields)) {
        expect(field.confidence).toBeGreaterThan(0);
        expect(field.confidence).toBeLessThanOrEqual(1);
        const page = text.pages.find((p) => p.page === field.source.page);
        expect(page).toBeDefined();
        for (const part of field.source.text.split('\n')) {
          expect(squash(page?.text ?? '')).toContain(squash(part));
        }
      }
    }
  });

  it('finds every field on every letter, warning only that an unprinted credits line was taken as none', () => {
    for (const entry of manifest) {
      const { parse } = results.get(entry.file) as { parse: NoticeTextParse };
      expect({ file: entry.file, missing: parse.missing }).toEqual({ file: entry.file, missing: [] });
      for (const warning of parse.warnings) expect(warning).toBe('stated: not printed, assumed credits 0.00');
    }
  });
});
