/**
 * Notice intake from the letter itself: how many fields the parser gets right on the generated text PDFs
 * and on their scans (tools/intake-corpus: 300 dpi PNG, 150 dpi JPEG, image-only PDF; turned, speckled),
 * and seconds per page for the text layer and for OCR, against bare baselines in the same process
 * (tesseract on a blank page of the same size; the text layer of the same letters). Run:
 *
 *   NX_DAEMON=false taskset -c 1 npx ts-node -P tools/bench/tsconfig.json tools/bench/intake/intake.bench.ts
 *
 * `taskset -c 1` keeps the process and tesseract's worker thread on one core. BENCH_PSM=3,6 compares
 * page segmentation modes; BENCH_LETTERS=L01-…,L02-… limits the letters; BENCH_VERBOSE=1 prints each
 * mismatch. Results and the command are recorded in docs/benchmarks.md.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import { generateCorpus, generateScans, type ScanManifestEntry } from '../../intake-corpus/generate';

/**
 * The bench measures the api's own intake code, from source. Tools may not import the api (module
 * boundaries keep the projects apart), so its modules are loaded by path at run time; only their types
 * are named here.
 */
const intakeModule = (path: string): unknown =>
  require(join(__dirname, '..', '..', '..', 'apps', 'api', 'src', 'intake', path));
type IntakeFields = typeof import('../../../apps/api/src/intake/intake-fields');
type IntakePage = import('../../../apps/api/src/intake/intake-fields').IntakePage;
type IntakeFieldName = import('../../../apps/api/src/intake/intake-fields').IntakeFieldName;
const { INTAKE_FIELD_NAMES } = intakeModule('intake-fields') as IntakeFields;
const { parseNoticeText } = intakeModule(
  'notice-text-parser',
) as typeof import('../../../apps/api/src/intake/notice-text-parser');
const { ocrImage, ocrScannedPdf, terminateOcr } = intakeModule(
  'ocr',
) as typeof import('../../../apps/api/src/intake/ocr');
const { extractPdfText } = intakeModule('pdf-text') as typeof import('../../../apps/api/src/intake/pdf-text');

type Psm = NonNullable<Parameters<typeof ocrImage>[1]>['psm'];

const verbose = process.env['BENCH_VERBOSE'] === '1';
const onlyLetters = process.env['BENCH_LETTERS']?.split(',');
const psms = (process.env['BENCH_PSM'] ?? '3').split(',') as Psm[];
// Trying other settings than the api's defaults: BENCH_DPI=240 scales pages there, BENCH_DESKEW=0 reads them as they are.
const tuning = {
  ...(process.env['BENCH_DPI'] ? { targetDpi: Number(process.env['BENCH_DPI']) } : {}),
  ...(process.env['BENCH_DESKEW'] ? { deskew: process.env['BENCH_DESKEW'] !== '0' } : {}),
};

interface Tally {
  right: Record<string, number>;
  letters: number;
  mismatches: string[];
}

function tally(): Tally {
  return { right: {}, letters: 0, mismatches: [] };
}

function score(into: Tally, label: string, pages: IntakePage[], expected: Record<IntakeFieldName, unknown>): void {
  const parse = parseNoticeText(pages);
  into.letters += 1;
  for (const name of INTAKE_FIELD_NAMES) {
    const actual = parse.fields[name]?.value;
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(actual ?? null)), expected[name])) {
      into.right[name] = (into.right[name] ?? 0) + 1;
    } else {
      into.mismatches.push(
        `${label} ${name}: expected ${JSON.stringify(expected[name])}, got ${JSON.stringify(actual)}`,
      );
    }
  }
}

function correct(t: Tally): number {
  return Object.values(t.right).reduce((a, b) => a + b, 0);
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`;
}

function printTable(columns: Array<[string, Tally]>): void {
  const head = ['field'.padEnd(17), ...columns.map(([name]) => name.padStart(16))].join(' ');
  console.log(head);
  for (const name of INTAKE_FIELD_NAMES) {
    const cells = columns.map(([, t]) => `${t.right[name] ?? 0}/${t.letters}`.padStart(16));
    console.log([name.padEnd(17), ...cells].join(' '));
  }
  const overall = columns.map(([, t]) => {
    const total = t.letters * INTAKE_FIELD_NAMES.length;
    return `${correct(t)}/${total} ${percent(correct(t), total)}`.padStart(16);
  });
  console.log(['overall'.padEnd(17), ...overall].join(' '));
}

/** CPU seconds of the whole process (main thread and tesseract's worker thread) and wall seconds. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; cpu: number; wall: number }> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await run();
  const cpu = process.cpuUsage(cpuStart);
  return { value, cpu: (cpu.user + cpu.system) / 1e6, wall: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function blankPage(width: number, height: number): Promise<Buffer> {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return canvas.encode('png');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'nutmeg-intake-bench-'));
  try {
    console.log(
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    const letters = (await generateCorpus(dir)).filter(
      (l) => !onlyLetters || onlyLetters.includes(l.file.replace(/\.pdf$/, '')),
    );
    const scans = await generateScans(dir, onlyLetters ?? letters.map((l) => l.file.replace(/\.pdf$/, '')));
    console.log(
      `corpus: ${letters.length} letters; ${scans.length} scans in ${scans.reduce((s, e) => s + e.files.length, 0)} files`,
    );

    // Text layer: every letter, timed per page.
    const text = tally();
    let textCpu = 0;
    let textWall = 0;
    let textPages = 0;
    for (const letter of letters) {
      const bytes = readFileSync(join(dir, letter.file));
      const run = await timed(() => extractPdfText(bytes));
      textCpu += run.cpu;
      textWall += run.wall;
      textPages += run.value.pages.length;
      score(text, letter.file, run.value.pages, letter.expected as never);
    }

    // Baseline: tesseract on a blank page of the same size as a 300 dpi letter (worker already warm).
    const blank = await blankPage(2550, 3300);
    await ocrImage(blank).catch(() => undefined); // starts the worker; a blank page is refused as no_text
    const blankRuns: number[] = [];
    for (let run = 0; run < 3; run++) blankRuns.push((await timed(() => ocrImage(blank).catch(() => undefined))).cpu);
    const blankCpu = [...blankRuns].sort((a, b) => a - b)[1];

    for (const psm of psms) {
      const byVariant = new Map<string, Tally>();
      const all = tally();
      const seconds = new Map<string, { cpu: number; wall: number; pages: number }>();
      for (const scan of scans as ScanManifestEntry[]) {
        const variant = scan.variant.name;
        const pages: IntakePage[] = [];
        const run = await timed(async () => {
          if (scan.variant.format === 'pdf') {
            pages.push(...(await ocrScannedPdf(readFileSync(join(dir, scan.files[0])), { psm, ...tuning })).pages);
          } else {
            for (const [index, file] of scan.files.entries()) {
              const read = await ocrImage(readFileSync(join(dir, file)), {
                psm,
                ...tuning,
                page: index + 1,
                pages: scan.files.length,
              });
              pages.push(...read.pages);
            }
          }
        });
        const time = seconds.get(variant) ?? { cpu: 0, wall: 0, pages: 0 };
        seconds.set(variant, { cpu: time.cpu + run.cpu, wall: time.wall + run.wall, pages: time.pages + pages.length });
        const t = byVariant.get(variant) ?? tally();
        byVariant.set(variant, t);
        score(t, `${scan.letter} ${variant}`, pages, scan.expected as never);
        score(all, `${scan.letter} ${variant}`, pages, scan.expected as never);
      }
      console.log(`\nFields right (page segmentation mode ${psm}):`);
      printTable([['text PDF', text], ...[...byVariant.entries()], ['all scans', all]]);
      console.log('\nSeconds per page (CPU of the process, wall in brackets):');
      console.log(
        `  text layer         ${(textCpu / textPages).toFixed(3)} s  (${(textWall / textPages).toFixed(3)} s)  ${textPages} pages`,
      );
      let ocrCpu = 0;
      let ocrPages = 0;
      for (const [variant, time] of seconds) {
        ocrCpu += time.cpu;
        ocrPages += time.pages;
        console.log(
          `  OCR ${variant.padEnd(14)} ${(time.cpu / time.pages).toFixed(2)} s  (${(time.wall / time.pages).toFixed(2)} s)  ${time.pages} pages`,
        );
      }
      console.log(`  blank page (bare tesseract, 2550×3300) ${blankCpu.toFixed(2)} s`);
      const perPage = ocrCpu / ocrPages;
      console.log(
        `ratio: OCR at ${(perPage / (textCpu / textPages)).toFixed(0)}× the text layer's time per page, ${(perPage / blankCpu).toFixed(1)}× a blank page`,
      );
      const totalScan = all.letters * INTAKE_FIELD_NAMES.length;
      const totalText = text.letters * INTAKE_FIELD_NAMES.length;
      console.log(
        `targets: text PDFs ≥ 98% ${correct(text) / totalText >= 0.98 ? 'met' : 'NOT met'} (${percent(correct(text), totalText)}); ` +
          `scans ≥ 90% ${correct(all) / totalScan >= 0.9 ? 'met' : 'NOT met'} (${percent(correct(all), totalScan)}); ` +
          `≤ 3 s per scanned page ${perPage <= 3 ? 'met' : 'NOT met'} (${perPage.toFixed(2)} s)`,
      );
      if (verbose || all.mismatches.length <= 30) {
        console.log(`mismatches on scans (${all.mismatches.length}):`);
        for (const line of all.mismatches) console.log(`  ${line}`);
      }
      if (text.mismatches.length) console.log(`mismatches on text PDFs: ${text.mismatches.join('; ')}`);
    }
  } finally {
    await terminateOcr();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
