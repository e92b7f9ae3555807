import { formatMoney, type Money } from '../money/money';
import { isoDateFromDayNumber } from '../dates/calendar-date';
import { parseAccrualInput, runLedger, type ParsedAccrual } from './accrual-input';
import type { AccrualLedger } from './accrual-ledger';
import type { AccrualInput, AccrualQuote, AccrualResult, AppliedPayment } from './accrual-types';

const ZERO_TEXT = '0.00';

function text(amount: Money): string {
  return amount.isZero() ? ZERO_TEXT : formatMoney(amount);
}

/** The JSON-facing fields of a ledger run. Built field by field so every result has the same shape. */
function quoteOf(parsed: ParsedAccrual, asOfDay: number, ledger: AccrualLedger, applied: readonly AppliedPayment[]): AccrualQuote {
  const penalty = text(ledger.penaltyAssessed);
  const interest = text(ledger.interestCharged);
  const tax = parsed.taxText;
  return {
    taxType: parsed.taxType,
    dueDate: parsed.dueDate,
    timelyThrough: timelyThroughDate(parsed),
    asOf: asOfDay === parsed.asOfDay ? parsed.asOf : isoDateFromDayNumber(asOfDay),
    monthsLate: ledger.monthsLate,
    tax,
    penalty,
    penaltyWaived: text(ledger.penaltyWaived),
    interest,
    paid: text(ledger.paid),
    total: text(ledger.balance),
    credit: text(ledger.credit),
    // With no payments nothing has been paid off, so the unpaid parts are the charged ones.
    unpaid:
      applied.length === 0
        ? { tax, penalty, interest }
        : { tax: text(ledger.tax), penalty: text(ledger.penalty), interest: text(ledger.interest) },
    payments: applied,
    rulesApplied: rulesAppliedOf(parsed),
  };
}

function rulesAppliedOf(parsed: ParsedAccrual): AccrualQuote['rulesApplied'] {
  const rules = parsed.boundaries.timelyThroughDay === parsed.dueDay ? parsed.rules.appliedRules : parsed.rules.appliedRulesWhenDueDateRolled;
  return parsed.boundaries.extendedThroughDay === undefined ? rules : [...rules, parsed.rules.safeHarbourRule];
}

function timelyThroughDate(parsed: ParsedAccrual): string {
  const day = parsed.boundaries.timelyThroughDay;
  return day === parsed.dueDay ? parsed.dueDate : isoDateFromDayNumber(day);
}

export function accrualQuote(parsed: ParsedAccrual, asOfDay: number): AccrualQuote {
  const { ledger, applied } = runLedger(parsed, asOfDay, false);
  return quoteOf(parsed, asOfDay, ledger, applied);
}

export function accrualResult(parsed: ParsedAccrual, asOfDay: number): AccrualResult {
  const { ledger, applied } = runLedger(parsed, asOfDay, true);
  const quote = quoteOf(parsed, asOfDay, ledger, applied);
  return {
    taxType: quote.taxType,
    dueDate: quote.dueDate,
    timelyThrough: quote.timelyThrough,
    asOf: quote.asOf,
    monthsLate: quote.monthsLate,
    tax: quote.tax,
    penalty: quote.penalty,
    penaltyWaived: quote.penaltyWaived,
    interest: quote.interest,
    paid: quote.paid,
    total: quote.total,
    credit: quote.credit,
    unpaid: quote.unpaid,
    breakdown: ledger.monthRows(),
    payments: quote.payments,
    rulesApplied: quote.rulesApplied,
  };
}

/**
 * Penalty and interest on a late Connecticut tax as of `asOf`, with the month-by-month breakdown.
 *
 * - A due date on a Saturday, Sunday or legal holiday is met by a payment on the next business day (§12-39a):
 *   payments up to that day count as made on the due date.
 * - Penalty: the tax type's rate × the tax unpaid at the due date (payments on or before the due date reduce
 *   it; later ones do not), or the minimum where the chapter has one; none if paid by the due date.
 * - Interest: simple, the monthly rate × the tax unpaid in each month, month by month from the day after the
 *   due date; any part of a month counts as a whole month; never on penalty or interest.
 * - Payments are applied in the payment-application-order rule's order.
 *
 * Seed example: $2,000 income tax due 2026-04-15, asOf 2026-10-15 → 6 months, $200 + $120 = $2,320.00.
 */
export function accrue(input: AccrualInput): AccrualResult {
  const parsed = parseAccrualInput(input);
  return accrualResult(parsed, parsed.asOfDay);
}

/**
 * The same calculation as `accrue` without the month rows, for lists, dashboards and bulk refreshes that
 * show totals only; building the rows is most of the cost of a long-overdue notice's quote.
 */
export function quoteAccrual(input: AccrualInput): AccrualQuote {
  const parsed = parseAccrualInput(input);
  return accrualQuote(parsed, parsed.asOfDay);
}
