import { getDocumentProxy } from 'unpdf';
import { ensurePdfjs } from './pdfjs';

/** The text layer of one page, rebuilt into lines in reading order (top to bottom, left to right). */
export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  /**
   * The page's lines joined by "\n". Each line keeps its columns apart by runs of two or more spaces placed
   * roughly where the text sits on the page (like `pdftotext -layout`), so a label and its value in a
   * table, or the address block beside a reference box, stay distinguishable.
   */
  text: string;
}

export interface PdfText {
  pages: PdfPageText[];
  /** Pages in the file (more than `pages.length` when the file was longer than `maxPages`). */
  pageCount: number;
  /** Non-whitespace characters found; 0 means a scan without a text layer (a case for OCR). */
  textChars: number;
}

export type PdfTextFailure = 'invalid_pdf' | 'encrypted' | 'unreadable';

export class PdfTextError extends Error {
  constructor(
    readonly reason: PdfTextFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PdfTextError';
  }
}

export interface PdfTextOptions {
  /** Pages read at most; a notice is a few pages, and a huge upload should not tie up the process. */
  maxPages?: number;
}

/** The part of a PDF.js text item this module reads. */
interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

// One character column of the rebuilt line stands for this many PDF points (1/72 in).
const POINTS_PER_COLUMN = 3;

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && typeof (item as TextItemLike).str === 'string';
}

interface PlacedText {
  x: number;
  y: number;
  width: number;
  size: number;
  str: string;
}

/** Groups text runs into lines by baseline and lays each line out in character columns. */
export function layoutLines(items: readonly PlacedText[]): string[] {
  const runs = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    // Runs share a line when their baselines are closer than half the smaller font size: table cells
    // in one row with different font sizes still sit on one line, the next row (a line height away) does not.
    if (line && Math.abs(line[0].y - run.y) < 0.5 * Math.min(line[0].size, run.size)) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let out = '';
    let lastEnd = Number.NEGATIVE_INFINITY;
    for (const run of line) {
      const text = run.str.replace(/\s+/g, ' ');
      const gap = run.x - lastEnd;
      if (out === '') {
        out = ' '.repeat(Math.max(0, Math.round(run.x / POINTS_PER_COLUMN)));
      } else if (gap > 0.9 * run.size) {
        // A gap wider than about a character is a column break: at least two spaces, and as far
        // right as the run really sits, so columns of different lines line up.
        const column = Math.round(run.x / POINTS_PER_COLUMN);
        out = out.trimEnd();
        out += ' '.repeat(Math.max(2, column - out.length));
      } else if (gap > 0.15 * run.size && !out.endsWith(' ') && !text.startsWith(' ')) {
        out += ' ';
      }
      out += text;
      lastEnd = Math.max(lastEnd, run.x + run.width);
    }
    return out.trimEnd();
  });
}

/** Extracts the text layer of a PDF, page by page. Throws PdfTextError when the file cannot be read. */
export async function extractPdfText(pdf: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const maxPages = options.maxPages ?? 20;
  await ensurePdfjs();
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy, because PDF.js may take ownership of (detach) the buffer it is given.
    document = await getDocumentProxy(new Uint8Array(pdf), {
      // Uploaded files are untrusted: never compile font programs from them into functions.
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfTextError('encrypted', 'The PDF is password-protected');
    if (name === 'InvalidPDFException') throw new PdfTextError('invalid_pdf', 'The file is not a valid PDF');
    throw new PdfTextError('unreadable', `The PDF could not be read: ${(error as Error).message}`);
  }
  try {
    const pages: PdfPageText[] = [];
    let textChars = 0;
    const last = Math.min(document.numPages, maxPages);
    for (let page = 1; page <= last; page++) {
      const content = await (await document.getPage(page)).getTextContent();
      const placed = (content.items as unknown[]).filter(isTextItem).map((item) => ({
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        // The font size is the length of the text matrix's vertical axis.
        size: Math.hypot(item.transform[2], item.transform[3]) || item.height || 10,
        str: item.str,
      }));
      const text = layoutLines(placed).join('\n');
      textChars += text.replace(/\s/g, '').length;
      pages.push({ page, text });
    }
    return { pages, pageCount: document.numPages, textChars };
  } finally {
    await document.destroy();
  }
}
