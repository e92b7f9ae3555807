import { isoDateFromDayNumber, type IsoDate } from '../dates/calendar-date';
import { accrualQuote } from './accrue';
import { parseAccrualInput } from './accrual-input';
import type { AccrualInput } from './accrual-types';

/**
 * The last day on which the balance stays what it is on `input.asOf`, at most `maxDays` ahead: the day
 * before the next month of interest starts, or before a payment already recorded for a later day. Until
 * then the balance only ever stays or grows (interest is charged by whole months, the penalty once), so
 * the first day it differs is found by halving the window.
 */
export function accrualStableUntil(input: AccrualInput, maxDays = 60): IsoDate {
  const parsed = parseAccrualInput(input);
  const from = parsed.asOfDay;
  const nextPayment = parsed.payments.find((payment) => payment.day > from);
  let last = Math.min(from + maxDays, nextPayment ? nextPayment.day - 1 : Number.POSITIVE_INFINITY);
  const total = accrualQuote(parsed, from).total;
  if (accrualQuote(parsed, last).total === total) return isoDateFromDayNumber(last);
  // total(from) = total, total(last) ≠ total: find the last day still equal.
  let same = from;
  while (last - same > 1) {
    const middle = Math.floor((same + last) / 2);
    if (accrualQuote(parsed, middle).total === total) same = middle;
    else last = middle;
  }
  return isoDateFromDayNumber(same);
}
