import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { IntakePage } from '../intake-fields';
import { readNoticeFile, terminateOcr } from '../ocr';

export interface NoticeFileRead {
  pages: IntakePage[];
  method: 'text_layer' | 'ocr';
}

/**
 * A letter's text for intake: a PDF's own text layer when it has one (exact and instant), OCR of the page
 * images otherwise (a scan saved as PDF, a photo) on tesseract's worker thread, with a time limit per page
 * and per file. What cannot be read is refused with an IntakeFileError that says what to do.
 */
@Injectable()
export class NoticeFileReader implements OnApplicationShutdown {
  async read(buffer: Buffer, contentType: string): Promise<NoticeFileRead> {
    const text = await readNoticeFile(buffer, contentType);
    return { pages: text.pages, method: text.method };
  }

  /** The OCR worker thread would keep the process alive after the api closes. */
  async onApplicationShutdown(): Promise<void> {
    await terminateOcr();
  }
}
