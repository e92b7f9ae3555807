import * as vm from 'node:vm';
import { createIsomorphicCanvasFactory, getDocumentProxy, renderPageAsImage } from 'unpdf';
import { ensurePdfjs } from '../pdfjs';

/**
 * Draws the pages of a PDF without a text layer (a scan saved as PDF) as PNG images for OCR, with PDF.js
 * (bundled in unpdf) on a @napi-rs/canvas (Skia, prebuilt binary from npm). PDF.js draws on the calling
 * thread, the PNG encoding runs on libuv's pool; a page at 300 dpi takes a few hundred milliseconds.
 */

/** Resolution pages are drawn at: what Tesseract is trained for (text about 20–30 px high). */
export const RENDER_DPI = 300;
/** The longest side a page is drawn with, so an oversized page (A3, a poster) stays within memory. */
const MAX_SIDE_PX = 4400;

// @napi-rs/canvas is CommonJS, so a plain require keeps it external to webpack and works under Jest.
const canvasImport = async () => require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');

export interface RenderedPage {
  page: number;
  png: Buffer;
  /** PDF points (1/72 in) per pixel of `png`. */
  pointsPerPixel: number;
}

/**
 * PDF.js 5 packs font data with ArrayBuffer.prototype.transferToFixedLength, which Node has only from 21 on;
 * on Node 20 a page with any text (a fax header, a stamp) stops drawing at the first font, images after it
 * included. A copy serves PDF.js's purpose (it never touches the old buffer again).
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

/**
 * PDF.js draws with the global ImageData, Path2D and DOMMatrix, which unpdf sets from @napi-rs/canvas on
 * the global it sees. Under Jest that is the test's sandbox while PDF.js runs in Node's main context (see
 * importPdfjs), so they are set there too; in the api both are the one global and this changes nothing.
 */
function shareCanvasGlobals(): void {
  const canvas = require('@napi-rs/canvas') as Record<string, unknown>;
  const mainGlobal = new vm.Script('globalThis').runInThisContext() as Record<string, unknown>;
  for (const name of ['ImageData', 'Path2D', 'DOMMatrix']) mainGlobal[name] ??= canvas[name];
}

export type OpenedPdf = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Opens a PDF for drawing; PDF.js errors pass through (the caller has read the text layer already). */
export async function openPdfForRendering(pdf: Uint8Array): Promise<OpenedPdf> {
  await ensurePdfjs();
  polyfillTransferToFixedLength();
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasImport);
  shareCanvasGlobals();
  return getDocumentProxy(new Uint8Array(pdf), {
    CanvasFactory,
    // Uploaded files are untrusted: never compile font programs from them into functions.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  } as Parameters<typeof getDocumentProxy>[1]);
}

/**
 * Draws one page at RENDER_DPI (less for a page bigger than MAX_SIDE_PX allows) as a PNG. Unpainted areas
 * stay transparent; prepareForOcr puts the page on white.
 */
export async function renderPage(document: OpenedPdf, page: number): Promise<RenderedPage> {
  const viewport = (await document.getPage(page)).getViewport({ scale: 1 });
  const scale = Math.min(RENDER_DPI / 72, MAX_SIDE_PX / Math.max(viewport.width, viewport.height));
  const png = await renderPageAsImage(document, page, { canvasImport, scale });
  return { page, png: Buffer.from(png), pointsPerPixel: 1 / scale };
}
