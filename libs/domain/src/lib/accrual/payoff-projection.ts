import { dayNumberOf, isoDateFromDayNumber, type IsoDate } from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import { formatMoney } from '../money/money';
import { parseAccrualInput, runLedger, type ParsedAccrual } from './accrual-input';
import { accrualResult } from './accrue';
import type { AccrualInput, AccrualResult } from './accrual-types';

/** An accrual input whose as-of date is supplied by the projection instead. */
export type ProjectionInput = Omit<AccrualInput, 'asOf'> & { readonly asOf?: IsoDate };

export interface PayoffProjection {
  readonly payDate: IsoDate;
  /** The amount that pays the liability in full on `payDate`. */
  readonly payoff: string;
  readonly accrual: AccrualResult;
}

function parseForProjection(input: ProjectionInput, date: IsoDate, field: string): ParsedAccrual {
  return parseAccrualInput({ ...input, asOf: date }, field);
}

/** "If paid on `payDate`, you owe X": the accrual as of that day, including that day's month. */
export function projectPayoff(input: ProjectionInput, payDate: IsoDate): PayoffProjection {
  const parsed = parseForProjection(input, payDate, 'payDate');
  const accrual = accrualResult(parsed, parsed.asOfDay);
  return { payDate: accrual.asOf, payoff: accrual.total, accrual };
}

/** A run of consecutive days on which paying in full costs the same. */
export interface PayoffRun {
  readonly from: IsoDate;
  readonly through: IsoDate;
  readonly payoff: string;
  readonly monthsLate: number;
}

/**
 * The payoff for every day of a range, as runs of equal value. The amount only changes when the penalty is
 * assessed, a new month of interest starts, or a recorded payment lands, so the work is per month, not per
 * day: a ten-year range is about 120 runs.
 */
export function projectPayoffByDay(input: ProjectionInput, range: { readonly from: IsoDate; readonly to: IsoDate }): PayoffRun[] {
  const parsed = parseForProjection(input, range.from, 'from');
  const toDay = dayNumberOf(range.to, 'to');
  if (toDay < parsed.asOfDay) throw new DomainValidationError('to', 'must not be before from');

  const changeDays = new Set<number>();
  for (const payment of parsed.payments) {
    if (payment.day > parsed.asOfDay && payment.day <= toDay) changeDays.add(payment.day);
  }
  // Walk the interest calendar once: each increase day of a payment-free run of the ledger.
  const probe = runLedger(parsed, parsed.asOfDay, false).ledger;
  let next = probe.nextIncreaseDay();
  while (next !== undefined && next <= toDay) {
    changeDays.add(next);
    probe.accrueThrough(next);
    next = probe.nextIncreaseDay();
  }
  // A recorded payment can only lower later charges, so evaluating at every candidate day stays exact.
  const starts = [parsed.asOfDay, ...[...changeDays].sort((a, b) => a - b)];
  const runs: PayoffRun[] = [];
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1] - 1 : toDay;
    const { ledger } = runLedger(parsed, start, false);
    const payoff = formatMoney(ledger.balance);
    const previous = runs[runs.length - 1];
    if (previous && previous.payoff === payoff && previous.monthsLate === ledger.monthsLate) {
      runs[runs.length - 1] = { ...previous, through: isoDateFromDayNumber(end) };
    } else {
      runs.push({ from: isoDateFromDayNumber(start), through: isoDateFromDayNumber(end), payoff, monthsLate: ledger.monthsLate });
    }
  });
  return runs;
}

export interface CostOfWaiting {
  readonly payDate: IsoDate;
  readonly payoffOnPayDate: string;
  /** The last day the payoff stays at `payoffOnPayDate`; undefined when it will never rise. */
  readonly lastDayAtThisAmount?: IsoDate;
  /** The first day it rises (penalty or a new month of interest). */
  readonly nextIncreaseDate?: IsoDate;
  readonly payoffOnNextIncrease: string;
  /** What waiting past `lastDayAtThisAmount` adds. */
  readonly extraCost: string;
  readonly explanation: string;
}

/**
 * What waiting costs: the payoff on `payDate` against the payoff on the first day it rises. Only payments
 * on or before `payDate` are counted; the question is "pay in full now or later".
 */
export function costOfWaiting(input: ProjectionInput, payDate: IsoDate): CostOfWaiting {
  const parsed = parseForProjection(input, payDate, 'payDate');
  const { ledger } = runLedger(parsed, parsed.asOfDay, false);
  const now = ledger.balance;
  const nextDay = ledger.nextIncreaseDay();
  const date = isoDateFromDayNumber(parsed.asOfDay);
  if (nextDay === undefined) {
    return {
      payDate: date,
      payoffOnPayDate: formatMoney(now),
      payoffOnNextIncrease: formatMoney(now),
      extraCost: '0.00',
      explanation: 'No tax is left unpaid, so waiting adds no interest.',
    };
  }
  const later = ledger.clone();
  later.accrueThrough(nextDay);
  const extra = later.balance.minus(now);
  const nextDate = isoDateFromDayNumber(nextDay);
  const lastDay = isoDateFromDayNumber(nextDay - 1);
  const what = ledger.penaltyPending ? 'the late-payment penalty and the first month of interest' : 'another month of interest';
  return {
    payDate: date,
    payoffOnPayDate: formatMoney(now),
    lastDayAtThisAmount: lastDay,
    nextIncreaseDate: nextDate,
    payoffOnNextIncrease: formatMoney(later.balance),
    extraCost: formatMoney(extra),
    explanation: `Paid by ${lastDay} the payoff is $${formatMoney(now)}; from ${nextDate} ${what} adds $${formatMoney(extra)}.`,
  };
}
