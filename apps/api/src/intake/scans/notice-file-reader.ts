import { Injectable } from '@nestjs/common';
import type { IntakePage } from '../intake-fields';
import { extractPdfText, PdfTextError } from '../pdf-text';
import { IntakeFileError } from './intake-file-error';

export const MAX_PAGES = 20;

export interface NoticeFileRead {
  pages: IntakePage[];
  method: 'text_layer' | 'ocr';
}

/**
 * A letter's text: a PDF's own text layer when it has one (exact and instant), OCR of the page images
 * otherwise (a scan saved as PDF, a photo). Refuses, saying what to do, what cannot be read.
 */
@Injectable()
export class NoticeFileReader {
  async read(buffer: Buffer, contentType: string): Promise<NoticeFileRead> {
    if (contentType !== 'application/pdf') return this.ocr(buffer, contentType);
    let text;
    try {
      text = await extractPdfText(buffer, { maxPages: MAX_PAGES });
    } catch (error) {
      if (error instanceof PdfTextError) throw pdfRefusal(error);
      throw error;
    }
    if (text.pageCount > MAX_PAGES) {
      throw new IntakeFileError(
        'too_many_pages',
        `The PDF has ${text.pageCount} pages; a DRS letter has a few. Split out the letter (at most ${MAX_PAGES} pages) and drop that.`,
      );
    }
    if (text.textChars === 0) return this.ocr(buffer, contentType);
    return { pages: text.pages, method: 'text_layer' };
  }

  private async ocr(buffer: Buffer, contentType: string): Promise<NoticeFileRead> {
    throw new IntakeFileError('no_text', `No text layer in this ${contentType} file, and OCR is not set up yet.`);
  }
}

function pdfRefusal(error: PdfTextError): IntakeFileError {
  switch (error.reason) {
    case 'encrypted':
      return new IntakeFileError(
        'encrypted',
        'The PDF is password-protected. Save or print it without the password (or scan the paper letter) and drop it again.',
      );
    case 'invalid_pdf':
      return new IntakeFileError(
        'invalid_pdf',
        'The file is not a readable PDF (it may be damaged or cut short). Download or scan the letter again and drop the new file.',
      );
    default:
      return new IntakeFileError(
        'invalid_pdf',
        `The PDF could not be read (${error.message}). Scan the paper letter and drop the scan instead.`,
      );
  }
}
