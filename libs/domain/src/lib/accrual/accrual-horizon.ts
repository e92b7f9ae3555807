import { isoDateFromDayNumber, type IsoDate } from '../dates/calendar-date';
import { parseAccrualInput } from './accrual-input';
import type { AccrualInput } from './accrual-types';

/**
 * The last day on which the balance stays what it is on `input.asOf`, at most `maxDays` ahead: the day
 * before the next month of interest is charged (any part of a month counts as a month, so a month's charge
 * lands the day after each monthly boundary; the penalty, the day after the due date), or before a payment
 * already recorded for a later day. Found from the calendar alone, without running the ledger: it may end a
 * day early (a month charges nothing once the tax is paid), never late.
 */
export function accrualStableUntil(input: AccrualInput, maxDays = 60): IsoDate {
  const parsed = parseAccrualInput(input);
  const from = parsed.asOfDay;
  const boundaries = parsed.boundaries;
  // While a payment is still timely (§12-39a), the first change is the penalty the day after.
  const nextCharge =
    from < boundaries.lateFromDay ? boundaries.lateFromDay : boundaries.boundary(boundaries.countBefore(from)) + 1;
  // With an extension (§12-723) the penalty may land the day after the extended due date.
  const extended = boundaries.extendedThroughDay;
  const harbourEnds = extended !== undefined && from <= extended ? extended + 1 : Number.POSITIVE_INFINITY;
  const nextPayment = parsed.payments.find((payment) => payment.day > from)?.day ?? Number.POSITIVE_INFINITY;
  return isoDateFromDayNumber(Math.min(from + maxDays, nextCharge - 1, nextPayment - 1, harbourEnds - 1));
}
