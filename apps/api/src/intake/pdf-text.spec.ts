import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { extractPdfText, layoutLines, PdfTextError } from './pdf-text';

const printer = new PdfPrinter({ Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold' } });

function pdfOf(definition: Omit<TDocumentDefinitions, 'defaultStyle'>): Promise<Buffer> {
  const doc = printer.createPdfKitDocument({ ...definition, defaultStyle: { font: 'Helvetica', fontSize: 10 } });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

describe('extractPdfText', () => {
  it('reads each page into lines, keeping table columns apart', async () => {
    const pdf = await pdfOf({
      content: [
        'State of Connecticut',
        {
          columns: [
            { width: 200, text: 'Margaret A. Kowalski' },
            { width: '*', text: 'Letter ID:    L1836502947' },
          ],
        },
        {
          table: {
            widths: [100, 80],
            body: [
              ['Tax', '$1,842.50'],
              ['Penalty', '$184.25'],
            ],
          },
          layout: 'noBorders',
        },
        { text: 'Payment Coupon', pageBreak: 'before' },
      ],
    });
    const text = await extractPdfText(pdf);
    expect(text.pageCount).toBe(2);
    expect(text.pages.map((p) => p.page)).toEqual([1, 2]);
    const lines = text.pages[0].text.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('State of Connecticut');
    expect(lines[1]).toMatch(/^Margaret A\. Kowalski {2,}Letter ID: +L1836502947$/);
    expect(lines[2]).toMatch(/^Tax {2,}\$1,842\.50$/);
    expect(lines[3]).toMatch(/^Penalty {2,}\$184\.25$/);
    expect(text.pages[1].text.trim()).toBe('Payment Coupon');
    expect(text.textChars).toBeGreaterThan(40);
  });

  it('reads no more pages than asked', async () => {
    const pdf = await pdfOf({
      content: ['one', { text: 'two', pageBreak: 'before' }, { text: 'three', pageBreak: 'before' }],
    });
    const text = await extractPdfText(pdf, { maxPages: 2 });
    expect(text.pageCount).toBe(3);
    expect(text.pages).toHaveLength(2);
  });

  it('refuses a file that is not a PDF', async () => {
    await expect(extractPdfText(Buffer.from('hello, not a pdf'))).rejects.toBeInstanceOf(PdfTextError);
    await expect(extractPdfText(Buffer.from('hello, not a pdf'))).rejects.toMatchObject({ reason: 'invalid_pdf' });
  });
});

describe('layoutLines', () => {
  it('puts runs with close baselines on one line and aligns columns by position', () => {
    const lines = layoutLines([
      { x: 300, y: 700.5, width: 40, size: 8, str: 'Value' },
      { x: 60, y: 701, width: 50, size: 10, str: 'Label' },
      { x: 60, y: 688, width: 30, size: 10, str: 'Next' },
      { x: 92, y: 688, width: 30, size: 10, str: 'word' },
    ]);
    expect(lines).toEqual([`${' '.repeat(20)}Label${' '.repeat(100 - 25)}Value`, `${' '.repeat(20)}Next word`]);
  });
});
