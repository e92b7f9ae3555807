import PdfPrinter from 'pdfmake';
import type { Content, ContentStack, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { balanceCents } from './expected';
import { dollars, printDate, printPeriod } from './format';
import type { CorpusLetter } from './letters';

/**
 * Renders a corpus letter to a PDF with a real text layer. Only the Standard 14 Helvetica faces are used,
 * so pdfkit embeds no font files and nothing is downloaded.
 */
const printer = new PdfPrinter({
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
});

const DRS_PHONE = '860-297-5962';

function letterhead(letter: CorpusLetter, index: number): Content {
  // Alternate between the one-line and the two-line street address DRS uses on different letters.
  const address =
    index % 2 === 0
      ? [
          { text: '450 Columbus Blvd Ste 1', fontSize: 8 },
          { text: 'Hartford CT 06103', fontSize: 8 },
        ]
      : [{ text: '450 Columbus Blvd Ste 1, Hartford CT 06103', fontSize: 8 }];
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: 'State of Connecticut', bold: true, fontSize: 13 },
          { text: 'Department of Revenue Services', bold: true, fontSize: 11 },
          ...address,
          { text: `portal.ct.gov/DRS   ${DRS_PHONE}`, fontSize: 8 },
        ],
      },
      {
        width: 120,
        stack: [
          { text: letter.formCode ? `Form ${letter.formCode}` : ' ', alignment: 'right', fontSize: 9, bold: true },
        ],
      },
    ],
    margin: [0, 0, 0, 18],
  };
}

function addressBlock(letter: CorpusLetter): ContentStack {
  return { stack: [letter.taxpayer.name, ...letter.taxpayer.address], fontSize: 10 };
}

function referenceRows(letter: CorpusLetter): Array<[string, string]> {
  const periodLabel = letter.periods.length > 1 ? 'Tax Periods' : 'Tax Period';
  return [
    [letter.noticeDateLabel, printDate(letter.noticeDate, letter.dateStyle)],
    ['Letter ID', letter.letterId],
    [letter.accountLabel, letter.accountNumber],
    ['Tax Type', letter.taxTypeLabel],
    // Several periods stack in the value cell, one per line, as DRS prints them.
    [periodLabel, letter.periods.map((p) => printPeriod(p, letter.periodStyle)).join('\n')],
  ];
}

function referenceBox(letter: CorpusLetter): ContentTable {
  return {
    table: {
      widths: [105, '*'],
      body: referenceRows(letter).map(([label, value]) => [
        { text: `${label}:`, bold: true, fontSize: 8.5 },
        { text: value, fontSize: 8.5 },
      ]),
    },
    layout: 'noBorders',
  };
}

function referenceHeaderRow(letter: CorpusLetter): Content {
  const rows = referenceRows(letter).map(([label, value]) => [
    // The header row uses short labels so none wraps onto a second line.
    label === letter.accountLabel ? 'Account No.' : label.replace('Tax Period', 'Period'),
    value,
  ]);
  return {
    table: {
      widths: [85, 80, 80, '*', 70],
      body: [
        rows.map(([label]) => ({ text: label, bold: true, fontSize: 8, fillColor: '#eeeeee' }) as TableCell),
        rows.map(([, value]) => ({ text: value, fontSize: 8.5 }) as TableCell),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 14, 0, 0],
  };
}

function headerBand(letter: CorpusLetter): Content[] {
  switch (letter.referenceLayout) {
    case 'beside':
      return [
        {
          columns: [
            { width: 230, ...addressBlock(letter) } as Content,
            { width: '*', ...referenceBox(letter) } as Content,
          ],
        },
      ];
    case 'stacked':
      return [addressBlock(letter), { ...referenceBox(letter), margin: [0, 14, 0, 0] } as Content];
    case 'header-row':
      return [addressBlock(letter), referenceHeaderRow(letter)];
  }
}

const money = (cents: number, bold = false): TableCell => ({ text: dollars(cents), alignment: 'right', bold });

function periodTable(letter: CorpusLetter): Content {
  const head = ['Period', 'Due Date', 'Tax', 'Penalty', 'Interest', 'Total'].map(
    (h, i) => ({ text: h, bold: true, alignment: i < 2 ? 'left' : 'right' }) as TableCell,
  );
  const rows = letter.periods.map((p) => [
    printPeriod(p, letter.periodStyle),
    printDate(p.dueDate, letter.dateStyle),
    money(p.tax),
    money(p.penalty),
    money(p.interest),
    money(p.tax + p.penalty + p.interest),
  ]);
  const total = (pick: (p: CorpusLetter['periods'][number]) => number) =>
    letter.periods.reduce((a, p) => a + pick(p), 0);
  const totals: TableCell[] = [
    { text: 'Total', bold: true },
    '',
    money(
      total((p) => p.tax),
      true,
    ),
    money(
      total((p) => p.penalty),
      true,
    ),
    money(
      total((p) => p.interest),
      true,
    ),
    money(
      total((p) => p.tax + p.penalty + p.interest),
      true,
    ),
  ];
  return {
    table: { headerRows: 1, widths: [120, 70, '*', '*', '*', '*'], body: [head, ...rows, totals] },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 6, 0, 8],
  };
}

function summaryRows(letter: CorpusLetter, index: number): Array<[string, string]> {
  const sum = (pick: (p: CorpusLetter['periods'][number]) => number) => letter.periods.reduce((a, p) => a + pick(p), 0);
  const styleA = index % 2 === 0;
  const balanceLabel = letter.asOf
    ? `Balance due as of ${printDate(letter.asOf, letter.dateStyle)}`
    : styleA
      ? 'Balance Due'
      : 'Total amount due';
  const credits = letter.credits;
  const rows: Array<[string, string]> = [];
  if (letter.amountsLayout !== 'period-table') {
    rows.push(
      [styleA ? 'Tax' : 'Tax due', dollars(sum((p) => p.tax))],
      ['Penalty', dollars(sum((p) => p.penalty))],
      ['Interest', dollars(sum((p) => p.interest))],
    );
  }
  if (credits !== undefined) {
    // DRS prints credits either in parentheses or with a minus sign.
    rows.push(
      styleA ? ['Payments/Credits', `(${dollars(credits)})`] : ['Less payments and credits', `-${dollars(credits)}`],
    );
  }
  rows.push([balanceLabel, dollars(balanceCents(letter))]);
  return rows;
}

function amounts(letter: CorpusLetter, index: number): Content[] {
  const out: Content[] = [];
  if (letter.amountsLayout !== 'summary') out.push(periodTable(letter));
  const rows = summaryRows(letter, index);
  out.push({
    table: {
      widths: [200, 90],
      body: rows.map(([label, value], i) => [
        { text: label, bold: i === rows.length - 1 },
        { text: value, alignment: 'right', bold: i === rows.length - 1 },
      ]),
    },
    layout: 'lightHorizontalLines',
    fontSize: 9.5,
    margin: [0, 4, 0, 8],
  });
  out.push({
    text: [
      { text: `Amount due if paid by ${printDate(letter.payBy.date, letter.dateStyle)}:   `, bold: true },
      { text: dollars(balanceCents(letter) + letter.payBy.extraInterest), bold: true },
    ],
    fontSize: 10,
    margin: [0, 2, 0, 10],
  });
  return out;
}

const LONG_FORM = [
  { text: 'What you should do', bold: true, margin: [0, 6, 0, 2] },
  'Review the information in this notice and compare it with your records. If you agree with the balance, pay the amount due in full. If you cannot pay in full, you may request an installment payment agreement through myconnect or by calling DRS. Interest continues to accrue on any unpaid tax until the tax is paid in full.',
  { text: 'Your rights as a taxpayer', bold: true, margin: [0, 6, 0, 2] },
  'You have the right to be informed, to receive courteous service, and to have your tax matters kept confidential. The Taxpayer Bill of Rights explains these rights and the procedures for protesting a decision of the Department. A copy is available on the DRS website.',
  { text: 'Payment options', bold: true, margin: [0, 6, 0, 2] },
  'Pay online through myconnect at portal.ct.gov/DRS-myconnect, by credit card through the official payment service provider, or by check or money order made payable to Commissioner of Revenue Services. Write your Letter ID and Connecticut Tax Registration Number or account number on your check.',
  'Penalty waiver requests must be made in writing on Form DRS-PW, Request for Waiver of Civil Penalty, and must explain why the failure to pay was due to reasonable cause and not to willful neglect.',
  'If you have questions about this notice, call the DRS Collections Unit at 860-297-4775 Monday through Friday, 8:30 a.m. to 4:30 p.m. Have this notice available when you call.',
  'Failure to pay may result in additional collection actions permitted under Connecticut law, including liens on real and personal property, bank levies, wage executions, referral to a collection agency and the offset of state and federal refunds.',
] as Content[];

function coupon(letter: CorpusLetter, index: number): Content[] {
  const first = letter.periods[0];
  const periodText =
    letter.periods.length > 1 ? 'See notice' : first ? printPeriod(first, letter.periodStyle) : 'See notice';
  return [
    {
      text: '- - - - - - - - - - - - - - - - Detach and return this portion with your payment - - - - - - - - - - - - - - - -',
      fontSize: 7.5,
      alignment: 'center',
      margin: [0, 14, 0, 8],
      ...(letter.longForm ? { pageBreak: 'before' as const } : {}),
    },
    {
      text: `Payment Coupon${letter.formCode ? `  Form ${letter.formCode}` : ''}`,
      bold: true,
      fontSize: 10,
      margin: [0, 0, 0, 6],
    },
    {
      columns: [
        { width: 230, ...addressBlock(letter) } as Content,
        {
          width: '*',
          table: {
            widths: [95, '*'],
            body: [
              ['Letter ID:', letter.letterId],
              [`${index % 2 === 0 ? letter.accountLabel : 'Account'}:`, letter.accountNumber],
              ['Tax period:', periodText],
              ['Amount due:', dollars(balanceCents(letter))],
              ['Amount enclosed:', '$ ______________'],
            ].map(([l, v]) => [
              { text: l, bold: true, fontSize: 8.5 },
              { text: v, fontSize: 8.5 },
            ]),
          },
          layout: 'noBorders',
        } as Content,
      ],
    },
    {
      stack: [
        'Make check payable to: Commissioner of Revenue Services',
        'Department of Revenue Services',
        'PO Box 5088',
        'Hartford CT 06102-5088',
      ],
      fontSize: 8.5,
      margin: [0, 10, 0, 0],
    },
  ];
}

export function docDefinitionOf(letter: CorpusLetter, index: number): TDocumentDefinitions {
  const title: Content = {
    text: letter.formCode ? `${letter.title} (${letter.formCode})` : letter.title,
    bold: true,
    fontSize: 13,
    margin: [0, 18, 0, 10],
  };
  return {
    pageSize: 'LETTER',
    pageMargins: [50, 45, 50, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, lineHeight: 1.15 },
    // Fixed metadata so the same letter always renders to the same bytes.
    info: {
      title: `${letter.title} ${letter.letterId}`,
      author: 'Connecticut Department of Revenue Services',
      creationDate: new Date(Date.UTC(2026, 0, 1)),
    } as never,
    footer: (currentPage: number, pageCount: number) => ({
      text: `${letter.formCode ? `Form ${letter.formCode} (Rev. 07/26)   ` : ''}Page ${currentPage} of ${pageCount}`,
      fontSize: 7,
      alignment: 'right',
      margin: [50, 10, 50, 0],
    }),
    content: [
      letterhead(letter, index),
      ...headerBand(letter),
      title,
      ...letter.body.map((p) => ({ text: p, margin: [0, 0, 0, 6] }) as Content),
      ...amounts(letter, index),
      ...(letter.longForm
        ? LONG_FORM.map((c) => (typeof c === 'string' ? { text: c, margin: [0, 0, 0, 5] } : c) as Content)
        : []),
      ...(letter.coupon ? coupon(letter, index) : []),
    ],
  };
}

export function renderLetter(letter: CorpusLetter, index: number): Promise<Buffer> {
  const doc = printer.createPdfKitDocument(docDefinitionOf(letter, index));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
