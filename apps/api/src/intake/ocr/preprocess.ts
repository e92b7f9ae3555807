/**
 * Cleans a page image before OCR: flattens it onto white paper, scales it to the resolution Tesseract reads
 * best at, turns it gray and removes specks (dust on the scanner glass, toner, JPEG noise around nothing).
 * Tesseract glues a speck beside a word into the word ("L1836…" becomes "'L1836…", a line splits in two);
 * removing isolated dots smaller than a full stop is what lets a dusty scan read like a clean one.
 *
 * Decoding and scaling run in Skia (native); the gray pass and the speck pass are JavaScript loops, about
 * 0.2 s for a 300 dpi page on the calling thread. The result goes to Tesseract as PGM (a header and the
 * gray bytes), which Leptonica reads without decoding: encoding a PNG instead cost 0.5 s more per page.
 */

const canvasModule = () => require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');

export interface PreparedImage {
  /** Binary PGM (P5), 8-bit gray. */
  pgm: Buffer;
  width: number;
  height: number;
  /** The resolution the page was scaled to, taking the image's width as a Letter page's 8.5 in. */
  dpi: number;
  /** Specks removed. */
  specks: number;
}

export interface PrepareOptions {
  /** The resolution to scale to; a larger image is scaled down, a smaller one up (default 300). */
  targetDpi?: number;
  /** The image's own resolution when known (a drawn PDF page); otherwise its width is taken as 8.5 in. */
  sourceDpi?: number;
}

/** Dark means darker than this (0 black .. 255 white); anti-aliased stroke edges stay with their strokes. */
const DARK = 170;

export async function prepareForOcr(image: Buffer, options: PrepareOptions = {}): Promise<PreparedImage> {
  const { createCanvas, loadImage } = canvasModule();
  const source = await loadImage(image);
  const sourceDpi = options.sourceDpi ?? source.width / 8.5;
  const scale = (options.targetDpi ?? 300) / sourceDpi;
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  const dpi = sourceDpi * scale;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const pgm = Buffer.alloc(header.length + width * height);
  header.copy(pgm);
  const gray = pgm.subarray(header.length);
  toGray(canvas.data(), gray);
  const specks = despeckle(gray, width, height, Math.max(1, Math.floor((3 * dpi) / 300)));
  return { pgm, width, height, dpi, specks };
}

/**
 * Gray from Skia's raw pixels, opaque here (drawn on white). Skia's byte order is BGRA or RGBA by platform;
 * weighing red and blue alike makes the order irrelevant.
 */
function toGray(rgba: Uint8Array, gray: Uint8Array): void {
  for (let i = 0, p = 0; p < gray.length; i += 4, p++) gray[p] = (rgba[i] + 2 * rgba[i + 1] + rgba[i + 2]) >> 2;
}

/**
 * Whitens, in place, every dark blob of a gray image that fits inside a `size`×`size` square with a white
 * ring around it. A full stop at 9 pt is about 5 px across at 300 dpi, so `size` 3 keeps it.
 */
export function despeckle(gray: Uint8Array, width: number, height: number, size: number): number {
  let removed = 0;
  const span = size + 2;
  for (let y = 0; y + span <= height; y++) {
    const row = y * width;
    for (let x = 0; x + span <= width; x++) {
      // Only windows whose inner top-left pixel is dark (and the first dark one in its row of the window).
      const inner = row + width + x + 1;
      if (gray[inner] >= DARK || gray[inner - 1] < DARK) continue;
      if (!ringIsWhite(gray, width, x, y, span)) continue;
      for (let dy = 1; dy <= size; dy++) gray.fill(255, row + dy * width + x + 1, row + dy * width + x + 1 + size);
      removed++;
    }
  }
  return removed;
}

function ringIsWhite(gray: Uint8Array, width: number, x: number, y: number, span: number): boolean {
  const top = y * width + x;
  const bottom = (y + span - 1) * width + x;
  for (let dx = 0; dx < span; dx++) if (gray[top + dx] < DARK || gray[bottom + dx] < DARK) return false;
  for (let dy = 1; dy < span - 1; dy++) {
    const at = top + dy * width;
    if (gray[at] < DARK || gray[at + span - 1] < DARK) return false;
  }
  return true;
}
