import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import PdfPrinter from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dirname, join } from 'node:path';
import { createIsomorphicCanvasFactory, getDocumentProxy, renderPageAsImage } from 'unpdf';

/**
 * Turns a rendered letter into what a practitioner's scanner or phone hands over: the page rasterised at a
 * given resolution, turned by a small angle (paper is never fed perfectly straight), sprinkled with
 * speckle (dust, toner), and saved as PNG or JPEG, or wrapped as an image-only PDF without a text layer.
 * Everything is seeded, so the same letter always gives the same scan.
 */

export interface ScanVariant {
  /** Suffix of the file names, e.g. "scan300.png". */
  name: string;
  dpi: number;
  /** Clockwise rotation in degrees. */
  rotation: number;
  /** Share of pixels turned into specks (about 0.001 for a dusty scanner glass). */
  speckle: number;
  format: 'png' | 'jpeg' | 'pdf';
  /** JPEG quality, 0..100. */
  quality?: number;
}

// The page files ship as PDFs from pdfmake; rendering them needs @napi-rs/canvas, which unpdf loads.
const canvasImport = async () => import('@napi-rs/canvas');
// The letters use the Standard 14 Helvetica without embedding it; PDF.js draws such text only with its
// standard font data, which pdfjs-dist ships (a dev dependency used for nothing else). A trailing slash
// is required: PDF.js appends the file name.
const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

/**
 * PDF.js 5 packs font data with ArrayBuffer.prototype.transferToFixedLength, which Node has only from 21 on;
 * on Node 20 every page with text fails to draw (PDF.js logs the error and draws nothing). A copy does
 * the same for PDF.js's purpose (it never touches the old buffer again).
 */
function polyfillTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/** A small deterministic generator (mulberry32), so scans are reproducible byte for byte. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Renders every page of a PDF to a canvas at `dpi`. */
async function rasterise(pdf: Buffer, dpi: number): Promise<Canvas[]> {
  polyfillTransferToFixedLength();
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasImport);
  const document = await getDocumentProxy(new Uint8Array(pdf), {
    CanvasFactory,
    standardFontDataUrl,
    verbosity: 0,
  } as never);
  try {
    const pages: Canvas[] = [];
    for (let page = 1; page <= document.numPages; page++) {
      const png = await renderPageAsImage(document, page, { canvasImport, scale: dpi / 72 });
      const image = await loadImage(Buffer.from(png));
      // PDF.js leaves the page transparent where nothing is printed; paper is white.
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0);
      pages.push(canvas);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Rotates about the centre on white paper and adds speckle: dark dots of 1–3 px and a few light ones. */
function degrade(page: Canvas, variant: ScanVariant, seed: number): Canvas {
  const out = createCanvas(page.width, page.height);
  const context = out.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.translate(out.width / 2, out.height / 2);
  context.rotate((variant.rotation * Math.PI) / 180);
  context.drawImage(page, -page.width / 2, -page.height / 2);
  context.setTransform(1, 0, 0, 1, 0, 0);
  const next = random(seed);
  const specks = Math.round(out.width * out.height * variant.speckle);
  const scale = variant.dpi / 300;
  for (let speck = 0; speck < specks; speck++) {
    const dark = next() < 0.8;
    const gray = dark ? Math.floor(next() * 90) : 235 + Math.floor(next() * 20);
    context.fillStyle = `rgb(${gray},${gray},${gray})`;
    const size = Math.max(1, Math.round((1 + next() * 2) * scale));
    context.fillRect(Math.floor(next() * out.width), Math.floor(next() * out.height), size, size);
  }
  return out;
}

const printer = new PdfPrinter({ Helvetica: { normal: 'Helvetica' } });

/** An image-only PDF: one JPEG per Letter-size page, no text layer (what a copier's scan-to-PDF makes). */
function imagePdf(jpegs: Buffer[]): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'LETTER',
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: 'Helvetica' },
    info: { title: 'Scan', creationDate: new Date(Date.UTC(2026, 0, 1)) } as never,
    content: jpegs.map(
      (jpeg, index) =>
        ({
          image: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
          width: 612,
          height: 792,
          ...(index > 0 ? { pageBreak: 'before' } : {}),
        }) as Content,
    ),
  };
  const doc = printer.createPdfKitDocument(definition);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * The scans of one letter in one variant: a file per page for images, one file for an image-only PDF.
 * `seed` varies the speckle between letters.
 */
export async function scanLetter(pdf: Buffer, variant: ScanVariant, seed: number): Promise<Buffer[]> {
  const pages = (await rasterise(pdf, variant.dpi)).map((page, index) => degrade(page, variant, seed * 31 + index));
  if (variant.format === 'png') return Promise.all(pages.map((page) => page.encode('png')));
  const jpegs = await Promise.all(pages.map((page) => page.encode('jpeg', variant.quality ?? 80)));
  return variant.format === 'jpeg' ? jpegs : [await imagePdf(jpegs)];
}

/**
 * The scan variants of letter `index`: every letter as a 300 dpi PNG and a 150 dpi JPEG, turned by
 * 0.5–1.5° one way or the other; the first two letters also as image-only PDFs.
 */
export function scanVariantsOf(index: number): ScanVariant[] {
  // Spread the angles over ±0.5–1.5° so both directions and both ends of the range occur.
  const angle = (step: number) => (index % 2 === 0 ? 1 : -1) * (0.5 + (((index + step) * 0.37) % 1));
  const variants: ScanVariant[] = [
    { name: 'scan300.png', dpi: 300, rotation: angle(0), speckle: 0.0008, format: 'png' },
    { name: 'scan150.jpg', dpi: 150, rotation: -angle(1), speckle: 0.0015, format: 'jpeg', quality: 75 },
  ];
  if (index < 2) {
    variants.push({ name: 'scan300.pdf', dpi: 300, rotation: angle(2), speckle: 0.0008, format: 'pdf', quality: 80 });
  }
  return variants;
}
