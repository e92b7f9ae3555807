/**
 * The accrual of libs/domain redone in plain `number` arithmetic, for the benchmark's comparison only: the
 * same input checks, the same month boundaries and constant-time month count and one multiplication per run of months, the same
 * output fields and strings, and the domain's own date helpers (so only the money arithmetic differs).
 * Floats are rounded to cents with Math.round at the same two points. Never use this for money: it is here
 * to price what exact decimals cost, and the bench counts the cents it gets wrong.
 */
// The baseline borrows the domain's internal month calendar on purpose, so that only the money arithmetic
// differs between the two sides of the comparison; nothing outside this benchmark reaches these internals.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { MonthBoundaries } from '../../../libs/domain/src/lib/accrual/accrual-ledger';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dayNumberOf, isoDateFromDayNumber } from '../../../libs/domain/src/lib/dates/calendar-date';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { compiledTaxRules } from '../../../libs/domain/src/lib/rules/compiled-rules';
import type { TaxType } from '@nutmeg/domain';

const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const cents = (value: number) => Math.round(value * 100) / 100;

export interface NumberAccrualInput {
  readonly taxType: TaxType;
  readonly tax: string;
  readonly dueDate: string;
  readonly asOf: string;
  readonly penaltyRate: number;
  readonly penaltyMinimum: number | null;
  readonly interestRate: number;
}

export interface NumberQuote {
  readonly dueDate: string;
  readonly timelyThrough: string;
  readonly asOf: string;
  readonly monthsLate: number;
  readonly tax: string;
  readonly penalty: string;
  readonly interest: string;
  readonly paid: string;
  readonly total: string;
  readonly credit: string;
  readonly unpaid: { readonly tax: string; readonly penalty: string; readonly interest: string };
}

interface Run {
  readonly quote: NumberQuote;
  readonly boundaries: MonthBoundaries;
  readonly taxText: string;
  readonly chargeText: string;
}

function run(input: NumberAccrualInput): Run {
  if (!AMOUNT.test(input.tax)) throw new Error('bad tax');
  const tax = Number(input.tax);
  const dueDay = dayNumberOf(input.dueDate, 'dueDate');
  const asOfDay = dayNumberOf(input.asOf, 'asOf');
  // The same calendar as the domain: month ends and the §12-39a roll of a due date on a closed day.
  const boundaries = MonthBoundaries.of(dueDay, compiledTaxRules(input.taxType));
  const monthsLate = tax > 0 && asOfDay >= boundaries.lateFromDay ? boundaries.countBefore(asOfDay) : 0;
  let penalty = 0;
  let charge = 0;
  if (monthsLate > 0) {
    const computed = cents(tax * input.penaltyRate);
    penalty = input.penaltyMinimum === null ? computed : Math.max(computed, input.penaltyMinimum);
    charge = cents(tax * input.interestRate);
  }
  const interest = cents(charge * monthsLate);
  const taxText = tax.toFixed(2);
  const penaltyText = penalty.toFixed(2);
  const interestText = interest.toFixed(2);
  return {
    quote: {
      dueDate: input.dueDate,
      timelyThrough: boundaries.timelyThroughDay === dueDay ? input.dueDate : isoDateFromDayNumber(boundaries.timelyThroughDay),
      asOf: input.asOf,
      monthsLate,
      tax: taxText,
      penalty: penaltyText,
      interest: interestText,
      paid: '0.00',
      total: cents(tax + penalty + interest).toFixed(2),
      credit: '0.00',
      unpaid: { tax: taxText, penalty: penaltyText, interest: interestText },
    },
    boundaries,
    taxText,
    chargeText: charge.toFixed(2),
  };
}

export function quoteWithNumbers(input: NumberAccrualInput): NumberQuote {
  return run(input).quote;
}

export function accrueWithNumbers(input: NumberAccrualInput) {
  const { quote, boundaries, taxText, chargeText } = run(input);
  const breakdown = [];
  for (let month = 1; month <= quote.monthsLate; month += 1) {
    breakdown.push({
      month,
      from: isoDateFromDayNumber(boundaries.boundary(month - 1) + 1),
      through: isoDateFromDayNumber(boundaries.boundary(month)),
      unpaidTax: taxText,
      interest: chargeText,
    });
  }
  return { ...quote, breakdown };
}
