import type { IntakePage } from '../intake-fields';
import { extractPdfText, layoutLines, PdfTextError } from '../pdf-text';
import { IntakeFileError } from '../scans/intake-file-error';
import { DEFAULT_PSM, OcrEngine, type OcrImageResult, type OcrWord } from './ocr-engine';
import { prepareForOcr } from './preprocess';
import { openPdfForRendering, renderPage, type OpenedPdf } from './rasterize';

/**
 * A letter's text whatever form it comes in: a PDF's own text layer when it has one (exact and instant),
 * OCR otherwise (a scan saved as PDF, a PNG or JPEG from a scanner or a phone). OCR text is laid out like
 * the text layer (lines in reading order, columns kept apart by runs of spaces), so parseNoticeText reads
 * both the same way. Whatever cannot be read is refused with an IntakeFileError saying what to do.
 */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_PAGES = 20;
/** Larger images are refused: 40 megapixels is a letter page at about 650 dpi, far more than OCR needs. */
const MAX_IMAGE_PIXELS = 40_000_000;
/** A page with fewer readable characters than this is taken as blank (a cover sheet, the back of a page). */
const MIN_PAGE_CHARS = 20;
/** Lone signs tesseract is less sure of than this are dropped: on a scan they are specks and smudges. */
const MIN_WORD_CONFIDENCE = 30;

export type NoticeFileType = 'application/pdf' | 'image/png' | 'image/jpeg';

export interface OcrProgress {
  /** 1-based page being read. */
  page: number;
  pages: number;
  /** 0..1 over the whole file. */
  fraction: number;
}

export interface OcrOptions {
  /** Time one page may take (default 30 s); past it the read fails with reason 'timeout'. */
  pageTimeoutMs?: number;
  /** Time the whole file may take (default 120 s). */
  totalTimeoutMs?: number;
  onProgress?: (progress: OcrProgress) => void;
  /** The engine to use; by default one shared by the process (one worker thread). */
  engine?: OcrEngine;
  /** Tesseract's page segmentation mode; the default is what the bench found best. */
  psm?: OcrPsm;
  /** The resolution pages are scaled to before OCR; the default is what the bench found best. */
  targetDpi?: number;
  /** Whether a skewed page is straightened and read again; the default is what the bench found best. */
  deskew?: boolean;
}

/** See docs/benchmarks.md (Notice intake): the resolution that read the scan corpus best per second. */
export const OCR_TARGET_DPI = 300;
/** See docs/benchmarks.md (Notice intake): straightening skewed scans, worth its time or not. */
export const OCR_DESKEW = true;

export type OcrPsm = NonNullable<Parameters<OcrEngine['recognize']>[1]['psm']>;

export interface NoticeFileText {
  pages: IntakePage[];
  pageCount: number;
  method: 'text_layer' | 'ocr';
  /** For OCR: the mean word confidence (0..100) of each page, so a reviewer can be warned of a poor scan. */
  confidence?: number[];
}

let sharedEngine: OcrEngine | null = null;

/** The process's OCR engine, created on first use. */
export function defaultOcrEngine(): OcrEngine {
  sharedEngine ??= new OcrEngine();
  return sharedEngine;
}

/** Ends the shared OCR worker thread (on shutdown, after tests); the next read starts a new one. */
export async function terminateOcr(): Promise<void> {
  const engine = sharedEngine;
  sharedEngine = null;
  await engine?.terminate();
}

/** What the bytes are, by their signature rather than by the name or type the browser claimed. */
export function sniffType(buffer: Uint8Array): NoticeFileType | null {
  const starts = (...bytes: number[]) => bytes.every((byte, at) => buffer[at] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

/** Width and height from a PNG's IHDR or a JPEG's start-of-frame, without decoding the image. */
export function imageSize(
  buffer: Uint8Array,
  type: 'image/png' | 'image/jpeg',
): { width: number; height: number } | null {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (type === 'image/png') {
    return buffer.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
  }
  let at = 2;
  while (at + 9 < buffer.length) {
    if (buffer[at] !== 0xff) return null;
    const marker = buffer[at + 1];
    // SOF0–SOF15 carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

function unsupported(claimed: string): IntakeFileError {
  return new IntakeFileError(
    'unsupported_type',
    `This file (${claimed || 'unknown type'}) is not a PDF, PNG or JPEG. Save the letter as PDF, or scan or photograph it as PNG or JPEG, and drop that file.`,
  );
}

function noText(what: string): IntakeFileError {
  return new IntakeFileError(
    'no_text',
    `No readable text was found in ${what}. Scan the letter again at 300 dpi, straight and in black and white or grayscale, with the whole page in view (or upload the PDF DRS sent), and drop the new file.`,
  );
}

function checkSize(buffer: Uint8Array): void {
  if (buffer.length > MAX_FILE_BYTES) {
    throw new IntakeFileError(
      'too_large',
      `The file is ${(buffer.length / 1024 / 1024).toFixed(1)} MB; at most 10 MB can be read. Scan at 300 dpi in black and white or grayscale (a letter page is well under 1 MB), or drop only the letter's pages.`,
    );
  }
}

function tooManyPages(pageCount: number): IntakeFileError {
  return new IntakeFileError(
    'too_many_pages',
    `The PDF has ${pageCount} pages; a DRS letter has a few. Split out the letter (at most ${MAX_PAGES} pages) and drop that.`,
  );
}

function pdfRefusal(error: PdfTextError): IntakeFileError {
  if (error.reason === 'encrypted') {
    return new IntakeFileError(
      'encrypted',
      'The PDF is password-protected. Save or print it without the password (or scan the paper letter) and drop it again.',
    );
  }
  return new IntakeFileError(
    'invalid_pdf',
    'The file is not a readable PDF (it may be damaged or cut short). Download or scan the letter again and drop the new file.',
  );
}

/**
 * Whether a word is a speck or a smudge rather than print: tesseract reads dust as "'", ".", "-" or "©",
 * usually unsure and far from other words. A word with two letters or digits is print however unsure
 * tesseract is ("6672019034" at 20%); a lone sign is kept only when sure and beside another word (the
 * dash of "07/01/2025 - 07/31/2025", the "$" of "Amount enclosed: $").
 */
function isNoise(word: OcrWord, neighbours: OcrWord[]): boolean {
  const alnum = word.text.replace(/[^A-Za-z0-9]/g, '').length;
  if (alnum >= 2) return false;
  if (alnum === 1) return word.confidence < 50;
  if (word.confidence < MIN_WORD_CONFIDENCE + 30) return true;
  const reach = 1.5 * word.lineHeight;
  return !neighbours.some(
    (other) => other !== word && (Math.abs(other.x0 - word.x1) < reach || Math.abs(word.x0 - other.x1) < reach),
  );
}

/**
 * Lays OCR words out as the text layer is laid out (pdf-text's layoutLines): each word placed in PDF
 * points at its line's vertical middle, with the line's height as its size, so the same columns of
 * spaces separate labels from values.
 */
export function layoutOcrWords(result: OcrImageResult, pointsPerPixel: number, pageHeightPx: number): string {
  const byLine = new Map<number, OcrWord[]>();
  for (const word of result.words) byLine.set(word.line, [...(byLine.get(word.line) ?? []), word]);
  const placed = result.words
    .filter((word) => word.text.trim() !== '' && !isNoise(word, byLine.get(word.line) ?? []))
    .map((word) => ({
      x: word.x0 * pointsPerPixel,
      // PDF space grows upwards; layoutLines sorts lines from the top of the page down.
      y: (pageHeightPx - word.lineMiddle) * pointsPerPixel,
      width: (word.x1 - word.x0) * pointsPerPixel,
      size: word.lineHeight * pointsPerPixel,
      // A speck fused to a word's edge reads as a quote mark: no word on a DRS letter starts or ends with one.
      str: word.text.replace(/^['"‘’“”`]+(?=\S)|(?<=\S)['"‘’“”`]+$/g, ''),
    }));
  return layoutLines(placed).join('\n');
}

interface Deadline {
  pageTimeoutMs: number;
  endsAt: number;
  totalTimeoutMs: number;
}

function deadlineOf(options: OcrOptions): Deadline {
  const totalTimeoutMs = options.totalTimeoutMs ?? 120_000;
  return { pageTimeoutMs: options.pageTimeoutMs ?? 30_000, totalTimeoutMs, endsAt: Date.now() + totalTimeoutMs };
}

function pageBudget(deadline: Deadline): number {
  const left = deadline.endsAt - Date.now();
  if (left <= 0) {
    throw new IntakeFileError(
      'timeout',
      `Reading the scan took longer than ${Math.round(deadline.totalTimeoutMs / 1000)} s. Drop only the letter's own pages, scanned at 300 dpi in black and white, or upload the PDF DRS sent.`,
    );
  }
  return Math.min(deadline.pageTimeoutMs, left);
}

async function ocrPage(
  image: Buffer,
  sourceDpi: number | undefined,
  at: { page: number; pages: number },
  deadline: Deadline,
  options: OcrOptions,
): Promise<{ page: IntakePage; confidence: number }> {
  const engine = options.engine ?? defaultOcrEngine();
  const report = (within: number) =>
    options.onProgress?.({ ...at, fraction: Math.min(1, (at.page - 1 + within) / at.pages) });
  report(0);
  let prepared;
  try {
    prepared = await prepareForOcr(image, { sourceDpi, targetDpi: options.targetDpi ?? OCR_TARGET_DPI });
  } catch {
    throw new IntakeFileError(
      'invalid_pdf',
      'The image could not be decoded (it may be damaged or cut short). Scan or photograph the letter again and drop the new file.',
    );
  }
  const result = await engine.recognize(prepared.pgm, {
    timeoutMs: pageBudget(deadline),
    psm: options.psm ?? DEFAULT_PSM,
    dpi: prepared.dpi,
    deskew: options.deskew ?? OCR_DESKEW,
    onProgress: report,
  });
  report(1);
  const text = layoutOcrWords(result, 72 / prepared.dpi, prepared.height);
  return { page: { page: at.page, text }, confidence: result.confidence };
}

function readable(pages: IntakePage[]): boolean {
  return pages.some((page) => page.text.replace(/[^A-Za-z0-9]/g, '').length >= MIN_PAGE_CHARS);
}

/** OCR of one image (PNG or JPEG bytes), as page 1 (or `page`) of a letter. */
export async function ocrImage(
  buffer: Buffer,
  options: OcrOptions & { page?: number; pages?: number } = {},
): Promise<NoticeFileText> {
  checkSize(buffer);
  const type = sniffType(buffer);
  if (type !== 'image/png' && type !== 'image/jpeg') throw unsupported(type ?? 'unknown type');
  const size = imageSize(buffer, type);
  if (!size || size.width < 1 || size.height < 1) {
    throw new IntakeFileError(
      'invalid_pdf',
      'The image is damaged or cut short. Scan or photograph the letter again and drop the new file.',
    );
  }
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new IntakeFileError(
      'too_large',
      `The image is ${size.width} × ${size.height} pixels, more than OCR needs. Scan it again at 300 dpi (about 2550 × 3300 for a letter page) and drop that.`,
    );
  }
  const deadline = deadlineOf(options);
  const at = { page: options.page ?? 1, pages: options.pages ?? 1 };
  // No source resolution: a letter page is 8.5 in wide, so taking the image's width as that scales any
  // scanner's or phone's picture alike and puts the words in the text layer's units (points).
  const { page, confidence } = await ocrPage(buffer, undefined, at, deadline, options);
  if (!readable([page])) throw noText('the image');
  return { pages: [page], pageCount: 1, method: 'ocr', confidence: [confidence] };
}

/** OCR of a PDF without a text layer, page by page (at most MAX_PAGES). */
export async function ocrScannedPdf(buffer: Buffer, options: OcrOptions = {}): Promise<NoticeFileText> {
  checkSize(buffer);
  if (sniffType(buffer) !== 'application/pdf') throw unsupported('not a PDF');
  const deadline = deadlineOf(options);
  let document: OpenedPdf;
  try {
    document = await openPdfForRendering(buffer);
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw pdfRefusal(new PdfTextError(name === 'PasswordException' ? 'encrypted' : 'invalid_pdf', String(error)));
  }
  try {
    const pages = document.numPages;
    if (pages > MAX_PAGES) throw tooManyPages(pages);
    const out: IntakePage[] = [];
    const confidence: number[] = [];
    for (let page = 1; page <= pages; page++) {
      pageBudget(deadline);
      const rendered = await renderPage(document, page);
      const read = await ocrPage(rendered.png, 72 / rendered.pointsPerPixel, { page, pages }, deadline, options);
      out.push(read.page);
      confidence.push(read.confidence);
    }
    if (!readable(out)) throw noText('the scanned PDF');
    return { pages: out, pageCount: pages, method: 'ocr', confidence };
  } finally {
    await document.destroy();
  }
}

/**
 * The text of an uploaded letter: the text layer of a PDF that has one, OCR of a scanned PDF or of an
 * image otherwise. `mime` is what the upload claimed; the bytes decide.
 */
export async function readNoticeFile(buffer: Buffer, mime: string, options: OcrOptions = {}): Promise<NoticeFileText> {
  checkSize(buffer);
  const type = sniffType(buffer);
  if (!type) throw unsupported(mime);
  if (type !== 'application/pdf') return ocrImage(buffer, options);
  let text;
  try {
    text = await extractPdfText(buffer, { maxPages: MAX_PAGES });
  } catch (error) {
    if (error instanceof PdfTextError) throw pdfRefusal(error);
    throw error;
  }
  if (text.pageCount > MAX_PAGES) throw tooManyPages(text.pageCount);
  // A few characters are a scanner's stamp or a fax header on top of the image, not the letter.
  if (text.textChars >= MIN_PAGE_CHARS) return { pages: text.pages, pageCount: text.pageCount, method: 'text_layer' };
  return ocrScannedPdf(buffer, options);
}
