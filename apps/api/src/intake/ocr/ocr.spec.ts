import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import { INTAKE_FIELD_NAMES, type IntakeFieldName } from '../intake-fields';
import { parseNoticeText } from '../notice-text-parser';
import { IntakeFileError } from '../scans/intake-file-error';
import { generateCorpus } from '../testing/generate-corpus';
import { ENG_LANG_PATH, OcrEngine, WORKER_PATH } from './ocr-engine';
import { ocrImage, readNoticeFile, terminateOcr, type OcrProgress } from './read-notice-file';

/**
 * OCR on a few generated scans (the whole scan corpus is tools/bench/intake's job: it takes minutes),
 * and the refusals an upload can meet. The scans come from tools/intake-corpus, run as a child process.
 */

interface ScanEntry {
  letter: string;
  variant: { name: string };
  files: string[];
  expected: Record<IntakeFieldName, unknown>;
}

const LETTERS = ['L01-tax-due-income', 'L04-proposed-assessment-sales-months'];

jest.setTimeout(120_000);

/**
 * The fields read right. Identifiers and the notice date must always be among them (they are what a
 * case is found by); the whole scan corpus is measured by tools/bench/intake against its 90% target.
 */
function fieldsRight(pages: Parameters<typeof parseNoticeText>[0], expected: ScanEntry['expected']): IntakeFieldName[] {
  const parse = parseNoticeText(pages);
  const right = INTAKE_FIELD_NAMES.filter((name) =>
    isDeepStrictEqual(JSON.parse(JSON.stringify(parse.fields[name]?.value ?? null)), expected[name]),
  );
  expect(right).toEqual(expect.arrayContaining(['kind', 'noticeDate', 'accountNumber', 'correspondenceId']));
  return right;
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IntakeFileError);
    expect((error as IntakeFileError).message.length).toBeGreaterThan(40);
    return (error as IntakeFileError).reason;
  }
  return 'resolved';
}

/** A minimal PDF with `pages` empty pages and, optionally, an /Encrypt dictionary (RC4, a user password). */
function handMadePdf(pages: number, encrypted = false): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'),
  ];
  if (encrypted) {
    // /U does not match the empty password, so a reader must ask for one: what a protected letter does.
    const hex = (seed: number) =>
      Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(11)}> /P -44 >>`);
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encrypt = encrypted
    ? ` /Encrypt ${objects.length} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`
    : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('notice intake OCR', () => {
  let dir: string;
  let scans: ScanEntry[];
  const scan = (letter: string, variant: string): ScanEntry => {
    const found = scans.find((s) => s.letter === `${letter}.pdf` && s.variant.name === variant);
    if (!found) throw new Error(`no ${variant} scan of ${letter}`);
    return found;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nutmeg-scans-'));
    generateCorpus(dir, ['--scan-letters', LETTERS.join(',')]);
    scans = JSON.parse(readFileSync(join(dir, 'scans.json'), 'utf8')) as ScanEntry[];
  });

  afterAll(async () => {
    await terminateOcr();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a 300 dpi PNG scan (turned, speckled) with the engine and model from node_modules, no network', async () => {
    for (const path of [ENG_LANG_PATH, WORKER_PATH]) {
      expect(isAbsolute(path)).toBe(true);
      expect(path).toContain(`${join('node_modules')}`);
    }
    expect(existsSync(join(ENG_LANG_PATH, 'eng.traineddata.gz'))).toBe(true);
    expect(existsSync(WORKER_PATH)).toBe(true);
    // A fetch on this thread would fail loudly; the worker reads the model from langPath (a directory,
    // not a URL) and, with cacheMethod 'none', writes no unpacked copy beside the process.
    const fetchBefore = globalThis.fetch;
    globalThis.fetch = (() => Promise.reject(new Error('network used'))) as typeof fetch;
    try {
      const entry = scan(LETTERS[0], 'scan300.png');
      const read = await readNoticeFile(readFileSync(join(dir, entry.files[0])), 'image/png');
      expect(read).toMatchObject({ method: 'ocr', pageCount: 1 });
      expect(fieldsRight(read.pages, entry.expected).length).toBeGreaterThanOrEqual(6);
    } finally {
      globalThis.fetch = fetchBefore;
    }
    expect(existsSync(join(process.cwd(), 'eng.traineddata'))).toBe(false);
  });

  it('reads a 150 dpi JPEG scan', async () => {
    const entry = scan(LETTERS[1], 'scan150.jpg');
    const read = await readNoticeFile(readFileSync(join(dir, entry.files[0])), 'image/jpeg');
    expect(fieldsRight(read.pages, entry.expected).length).toBeGreaterThanOrEqual(6);
  });

  it('reads an image-only PDF by OCR, reporting progress page by page', async () => {
    const entry = scan(LETTERS[0], 'scan300.pdf');
    const progress: OcrProgress[] = [];
    const read = await readNoticeFile(readFileSync(join(dir, entry.files[0])), 'application/pdf', {
      onProgress: (p) => progress.push(p),
    });
    expect(read).toMatchObject({ method: 'ocr', pageCount: 1 });
    expect(fieldsRight(read.pages, entry.expected).length).toBeGreaterThanOrEqual(6);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[0]).toEqual({ page: 1, pages: 1, fraction: 0 });
    expect(progress[progress.length - 1]).toEqual({ page: 1, pages: 1, fraction: 1 });
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('uses the text layer of a PDF that has one', async () => {
    const read = await readNoticeFile(readFileSync(join(dir, `${LETTERS[0]}.pdf`)), 'application/pdf');
    expect(read.method).toBe('text_layer');
  });

  it('refuses what it cannot read, saying what to do', async () => {
    expect(await reason(readNoticeFile(Buffer.from('Notice Date: 11/27/2026\n'), 'text/plain'))).toBe(
      'unsupported_type',
    );
    expect(await reason(readNoticeFile(Buffer.alloc(10 * 1024 * 1024 + 1, 0x25), 'application/pdf'))).toBe('too_large');
    expect(await reason(readNoticeFile(handMadePdf(21), 'application/pdf'))).toBe('too_many_pages');
    expect(await reason(readNoticeFile(handMadePdf(1, true), 'application/pdf'))).toBe('encrypted');
    expect(await reason(readNoticeFile(Buffer.from('%PDF-1.4\nnot really a PDF'), 'application/pdf'))).toBe(
      'invalid_pdf',
    );
    const white = createCanvas(1275, 1650);
    const context = white.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, white.width, white.height);
    expect(await reason(readNoticeFile(await white.encode('png'), 'image/png'))).toBe('no_text');
    // An image-only PDF with nothing on its page: OCR runs and finds nothing.
    expect(await reason(readNoticeFile(handMadePdf(1), 'application/pdf'))).toBe('no_text');
  });

  it('gives up on a page past its time limit and reads the next file with a fresh worker', async () => {
    const engine = new OcrEngine();
    try {
      const entry = scan(LETTERS[1], 'scan150.jpg');
      const image = readFileSync(join(dir, entry.files[0]));
      expect(await reason(ocrImage(image, { engine, pageTimeoutMs: 50 }))).toBe('timeout');
      const read = await ocrImage(image, { engine });
      expect(read.pages[0].text).toMatch(/Department of Revenue Services/);
    } finally {
      await engine.terminate();
    }
  });
});
