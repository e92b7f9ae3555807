import type { CorpusLetter } from './letters';
import { plain } from './format';

/** The intake fields a letter should yield, in the shape of POST /api/notices (values only). */
export interface ExpectedFields {
  kind: string;
  taxType: string;
  taxPeriods: Array<{
    year: number;
    quarter?: number;
    month?: number;
    tax?: string;
    penalty?: string;
    interest?: string;
    dueDate?: string;
  }>;
  noticeDate: string;
  accountNumber: string;
  correspondenceId: string;
  stated: { tax: string; penalty: string; interest: string; credits: string; balanceDue: string; asOf?: string };
  taxpayerName: string;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export function balanceCents(letter: CorpusLetter): number {
  const gross = sum(letter.periods.map((p) => p.tax + p.penalty + p.interest));
  return gross - (letter.credits ?? 0);
}

/**
 * What the letter states, derived from the same data the renderer prints. Per-period amounts and due
 * dates are expected only where the letter itemizes periods in a table.
 */
export function expectedFieldsOf(letter: CorpusLetter): ExpectedFields {
  const itemized = letter.amountsLayout !== 'summary';
  return {
    kind: letter.kind,
    taxType: letter.taxType,
    taxPeriods: letter.periods.map((p) => ({
      year: p.year,
      ...(p.quarter ? { quarter: p.quarter } : {}),
      ...(p.month ? { month: p.month } : {}),
      ...(itemized
        ? { tax: plain(p.tax), penalty: plain(p.penalty), interest: plain(p.interest), dueDate: p.dueDate }
        : {}),
    })),
    noticeDate: letter.noticeDate,
    accountNumber: letter.accountNumber,
    correspondenceId: letter.letterId.toUpperCase(),
    stated: {
      tax: plain(sum(letter.periods.map((p) => p.tax))),
      penalty: plain(sum(letter.periods.map((p) => p.penalty))),
      interest: plain(sum(letter.periods.map((p) => p.interest))),
      credits: plain(letter.credits ?? 0),
      balanceDue: plain(balanceCents(letter)),
      ...(letter.asOf ? { asOf: letter.asOf } : {}),
    },
    taxpayerName: letter.taxpayer.name,
  };
}
