import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Page, type Worker } from 'tesseract.js';
import { IntakeFileError } from '../scans/intake-file-error';

/**
 * One tesseract.js worker (a worker_thread running Tesseract compiled to WebAssembly), created on first use
 * and kept for the next letter: starting one costs about half a second (loading the core and the English
 * model). Pages are recognised one at a time, because the machine has two cores and the api needs the
 * other. Everything tesseract loads comes from node_modules: the core from tesseract.js-core, the model
 * from @tesseract.js-data/eng; nothing is fetched and nothing is cached to disk.
 */

/**
 * Node's own resolver: webpack turns a plain require.resolve() into a module number even for packages it
 * leaves external (all of node_modules, for the api), and these paths must be real files at run time.
 */
const nodeRequire = createRequire(__filename);
/** Where the English LSTM model lies (gzipped), as the @tesseract.js-data/eng package ships it. */
export const ENG_LANG_PATH = join(
  dirname(nodeRequire.resolve('@tesseract.js-data/eng/package.json')),
  '4.0.0_best_int',
);
/** The worker script that tesseract.js runs in a worker_thread, resolved here so a bundled api finds it too. */
export const WORKER_PATH = nodeRequire.resolve('tesseract.js/src/worker-script/node/index.js');

export interface OcrWord {
  text: string;
  /** 0..100, tesseract's confidence in the word. */
  confidence: number;
  /** Pixels of the (deskewed) image: left, top, right, bottom. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Tesseract's line the word is on (an index over the page), with its vertical middle and height in pixels. */
  line: number;
  lineMiddle: number;
  lineHeight: number;
}

export interface OcrImageResult {
  text: string;
  words: OcrWord[];
  /** 0..100, mean word confidence over the page. */
  confidence: number;
  /** The rotation tesseract found and undid, in degrees. */
  rotationDegrees: number;
}

export interface RecognizeOptions {
  /** Rejects with IntakeFileError('timeout') when the page takes longer; the worker is then replaced. */
  timeoutMs: number;
  /** 0..1 within this page, as tesseract reports it while recognising. */
  onProgress?: (fraction: number) => void;
  /**
   * Page segmentation: 3 (automatic, the default) finds blocks and columns; 6 (a single block) reads
   * every line across the page; 11 (sparse text) finds lone words. See tools/bench/intake for the choice.
   */
  psm?: PSM;
  /** The image's resolution, when known, so Tesseract need not guess it from the letters' size. */
  dpi?: number;
  /** Whether tesseract straightens a skewed page and reads it again (default true). */
  deskew?: boolean;
}

/** The page segmentation mode the bench found best on DRS letters (see docs/benchmarks.md, Notice intake). */
export const DEFAULT_PSM = PSM.AUTO;

type Job = () => Promise<void>;

export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  private progress: ((fraction: number) => void) | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** The parameters last set on each worker, so a page sets only what changed. */
  private readonly settings = new WeakMap<Worker, { psm?: PSM; dpi?: string }>();

  /** Recognises one image (PNG, JPEG or PGM bytes); queued behind any page already being read. */
  recognize(image: Buffer, options: RecognizeOptions): Promise<OcrImageResult> {
    return new Promise<OcrImageResult>((resolve, reject) => {
      const job: Job = () => this.run(image, options).then(resolve, reject);
      // A failed job must not stop the queue: each job settles its own promise.
      this.queue = this.queue.then(job, job);
    });
  }

  /** Stops the worker thread (shutdown, tests); the next recognize() starts a new one. */
  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.then((w) => w.terminate()).catch(() => undefined);
  }

  private getWorker(): Promise<Worker> {
    this.worker ??= createWorker('eng', OEM.LSTM_ONLY, {
      langPath: ENG_LANG_PATH,
      workerPath: WORKER_PATH,
      gzip: true,
      // 'none': read the model from langPath every start and never write the unpacked model to the
      // working directory (tesseract.js's default cache), which in production is read-only anyway.
      cacheMethod: 'none',
      logger: (message) => {
        if (message.status === 'recognizing text') this.progress?.(message.progress);
      },
      // Without a handler tesseract.js rethrows a failed job inside its message listener, which would
      // be an uncaught exception in the api; the job's own promise rejects either way.
      errorHandler: () => undefined,
    }).then(
      async (worker) => {
        await worker.setParameters({
          // Keep runs of spaces between words: they carry the letter's columns.
          preserve_interword_spaces: '1',
          // Tesseract's notes ("Estimating resolution as 300", "Detected 12 diacritics") go nowhere.
          debug_file: '/dev/null',
        });
        return worker;
      },
      (error: unknown) => {
        this.worker = null;
        throw new Error(`The OCR engine could not start: ${String(error)}`);
      },
    );
    return this.worker;
  }

  private async run(image: Buffer, options: RecognizeOptions): Promise<OcrImageResult> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new IntakeFileError(
            'timeout',
            `Reading a page of the scan took longer than ${Math.round(options.timeoutMs / 1000)} s. Try again in a minute; if it fails again, scan the letter at 300 dpi in black and white (or upload the PDF DRS sent) and drop that.`,
          ),
        );
      }, options.timeoutMs);
    });
    this.progress = options.onProgress;
    try {
      return await Promise.race([this.recognizeNow(image, options), timedOut]);
    } catch (error) {
      // Tesseract cannot be interrupted inside a page: the only way to stop it is to end its thread.
      if (error instanceof IntakeFileError) await this.terminate();
      throw error;
    } finally {
      clearTimeout(timer);
      this.progress = undefined;
    }
  }

  private async recognizeNow(image: Buffer, options: RecognizeOptions): Promise<OcrImageResult> {
    const current = this.getWorker();
    const worker = await current;
    // A page that timed out keeps running here until its worker is gone; it must not touch the next one.
    const stale = () => {
      if (this.worker !== current) throw new Error('The OCR worker was stopped');
    };
    stale();
    const settings = this.settings.get(worker) ?? {};
    this.settings.set(worker, settings);
    const psm = options.psm ?? DEFAULT_PSM;
    if (settings.psm !== psm) {
      await worker.setParameters({ tessedit_pageseg_mode: psm });
      settings.psm = psm;
      stale();
    }
    const dpi = options.dpi ? String(Math.round(options.dpi)) : '0';
    if (settings.dpi !== dpi) {
      await worker.setParameters({ user_defined_dpi: dpi });
      settings.dpi = dpi;
      stale();
    }
    // rotateAuto: tesseract measures the skew of the text lines and, above ~0.3°, reads the page again
    // turned straight, so a slightly crooked scan still gives level lines.
    const { data } = await worker.recognize(image, { rotateAuto: options.deskew ?? true }, { text: true, blocks: true });
    return toResult(data);
  }
}

function toResult(page: Page): OcrImageResult {
  const words: OcrWord[] = [];
  let lineIndex = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        // The line's box, not each word's: a word's own box moves with its ascenders and descenders
        // ("Registration" reaches lower than "No.:"), which would split one printed line in two.
        const lineMiddle = (line.bbox.y0 + line.bbox.y1) / 2;
        const lineHeight = line.bbox.y1 - line.bbox.y0;
        lineIndex++;
        for (const word of line.words) {
          words.push({
            text: word.text,
            confidence: word.confidence,
            x0: word.bbox.x0,
            y0: word.bbox.y0,
            x1: word.bbox.x1,
            y1: word.bbox.y1,
            line: lineIndex,
            lineMiddle,
            lineHeight,
          });
        }
      }
    }
  }
  const confidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  const radians = (page as Page & { rotateRadians?: number | null }).rotateRadians ?? 0;
  return { text: page.text, words, confidence, rotationDegrees: (radians * 180) / Math.PI };
}
