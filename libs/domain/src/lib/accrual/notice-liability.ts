import { addDays, compareIsoDates, dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import { formatMoney, parseMoney, type MoneyInput } from '../money/money';
import type { RuleTables } from '../rules/rule-types';
import type { PenaltyKind, TaxType } from '../vocabulary/vocabulary';
import { accrualStableUntil } from './accrual-horizon';
import type { AccrualInput, PaymentInput } from './accrual-types';
import { quoteAccrual } from './accrue';
import { quoteNoticeAccrual, type LiabilityPeriod, type NoticeAccrualQuote } from './notice-accrual';
import { costOfWaiting, projectPayoffByDay, type CostOfWaiting, type PayoffRun } from './payoff-projection';

/**
 * What a notice owes, as the case accrues it: one or several periods (liabilityPeriodsOf), the payments
 * toward the notice and the penalty DRS waived. Every figure of a case — its balance, the sweep's stored
 * figures, the what-if and the payoff chart — comes from these functions, so they agree.
 */
export interface NoticeLiability {
  readonly taxType: TaxType;
  readonly periods: readonly LiabilityPeriod[];
  readonly payments?: readonly PaymentInput[] | null;
  readonly penaltyWaived?: MoneyInput | null;
  /** Late payment unless the notice assesses another penalty (late filing, negligence, fraud...). */
  readonly penaltyKind?: PenaltyKind | null;
  readonly rules?: RuleTables | null;
}

// One period is the single-liability engine itself (its fast path, and exactly its figures).
function single(liability: NoticeLiability): Omit<AccrualInput, 'asOf'> | null {
  if (!Array.isArray(liability.periods) || liability.periods.length !== 1) return null;
  const [period] = liability.periods;
  return {
    taxType: liability.taxType,
    tax: period.tax,
    dueDate: period.dueDate,
    extendedDueDate: period.extendedDueDate,
    payments: liability.payments,
    penaltyWaived: liability.penaltyWaived,
    penaltyKind: liability.penaltyKind,
    rules: liability.rules,
  };
}

/** The notice's figures as of a day: the periods' sums, and each period's own. */
export function quoteLiability(liability: NoticeLiability, asOf: IsoDate): NoticeAccrualQuote {
  const one = single(liability);
  if (one) {
    const quote = quoteAccrual({ ...one, asOf });
    const { dueDate, timelyThrough, monthsLate, tax, penalty, penaltyWaived, interest, paid, total, unpaid } = quote;
    const label = liability.periods[0].label;
    return {
      ...quote,
      periods: [
        { label, dueDate, timelyThrough, monthsLate, tax, penalty, penaltyWaived, interest, paid, total, unpaid },
      ],
    };
  }
  return quoteNoticeAccrual({ ...liability, asOf });
}

/** One period as the single-liability engine reads it (without the notice's payments). */
function periodInput(liability: NoticeLiability, period: LiabilityPeriod): Omit<AccrualInput, 'asOf'> {
  return {
    taxType: liability.taxType,
    tax: period.tax,
    dueDate: period.dueDate,
    extendedDueDate: period.extendedDueDate,
    penaltyKind: liability.penaltyKind,
    rules: liability.rules,
  };
}

/** The days in (from, to] on which some period's charges may change (penalty, a new month of interest). */
function chargeDays(liability: NoticeLiability, from: IsoDate, to: IsoDate): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const period of liability.periods) {
    let day = from;
    // Calendar-only: a month that charges nothing (the period already paid) is a day evaluated for nothing.
    while (compareIsoDates(day, to) < 0) {
      const next = addDays(accrualStableUntil({ ...periodInput(liability, period), asOf: day }, 400), 1);
      if (compareIsoDates(next, to) > 0) break;
      days.add(next);
      day = next;
    }
  }
  return days;
}

/**
 * The last day the notice's figures stay as they are on `asOf`: the earliest of its periods' (each found
 * from the calendar, so it may end a day early, never late).
 */
export function liabilityStableUntil(liability: NoticeLiability, asOf: IsoDate, maxDays = 60): IsoDate {
  const one = single(liability);
  if (one) return accrualStableUntil({ ...one, asOf }, maxDays);
  return liability.periods
    .map((period) =>
      accrualStableUntil({ ...periodInput(liability, period), payments: liability.payments, asOf }, maxDays),
    )
    .sort()[0];
}

/** The payoff for every day of a range, as runs of equal value, for the whole notice. */
export function projectLiabilityPayoffByDay(
  liability: NoticeLiability,
  range: { readonly from: IsoDate; readonly to: IsoDate },
): PayoffRun[] {
  const one = single(liability);
  if (one) return projectPayoffByDay(one, range);
  dayNumberOf(range.from, 'from');
  if (dayNumberOf(range.to, 'to') < dayNumberOf(range.from, 'from'))
    throw new DomainValidationError('to', 'must not be before from');
  const changes = chargeDays(liability, range.from, range.to);
  for (const payment of liability.payments ?? []) {
    if (compareIsoDates(payment.date, range.from) > 0 && compareIsoDates(payment.date, range.to) <= 0)
      changes.add(payment.date);
  }
  const starts = [range.from, ...[...changes].sort()];
  const runs: PayoffRun[] = [];
  starts.forEach((start, index) => {
    const through = index + 1 < starts.length ? addDays(starts[index + 1], -1) : range.to;
    const quote = quoteNoticeAccrual({ ...liability, asOf: start });
    const previous = runs[runs.length - 1];
    if (previous && previous.payoff === quote.total && previous.monthsLate === quote.monthsLate) {
      runs[runs.length - 1] = { ...previous, through };
    } else {
      runs.push({ from: start, through, payoff: quote.total, monthsLate: quote.monthsLate });
    }
  });
  return runs;
}

/** How far ahead a several-period notice is searched for its next increase (a period's next month lies within). */
const WAITING_HORIZON_DAYS = 400;

/**
 * What waiting costs for the whole notice: the payoff on `payDate` against the first day it rises. Only
 * payments on or before `payDate` count, as in costOfWaiting.
 */
export function liabilityCostOfWaiting(liability: NoticeLiability, payDate: IsoDate): CostOfWaiting {
  const one = single(liability);
  if (one) return costOfWaiting(one, payDate);
  dayNumberOf(payDate, 'payDate');
  const paidBy = (liability.payments ?? []).filter((payment) => compareIsoDates(payment.date, payDate) <= 0);
  const known = { ...liability, payments: paidBy };
  const now = quoteNoticeAccrual({ ...known, asOf: payDate });
  const candidates = [...chargeDays(known, payDate, addDays(payDate, WAITING_HORIZON_DAYS))].sort();
  for (const day of candidates) {
    const later = quoteNoticeAccrual({ ...known, asOf: day });
    const extra = parseMoney(later.total, 'total').minus(parseMoney(now.total, 'total'));
    if (!extra.gt(0)) continue;
    const lastDay = addDays(day, -1);
    return {
      payDate,
      payoffOnPayDate: now.total,
      lastDayAtThisAmount: lastDay,
      nextIncreaseDate: day,
      payoffOnNextIncrease: later.total,
      extraCost: formatMoney(extra),
      explanation: `Paid by ${lastDay} the payoff is $${now.total}; from ${day} penalty or another month of interest on a period adds $${formatMoney(extra)}.`,
    };
  }
  return {
    payDate,
    payoffOnPayDate: now.total,
    payoffOnNextIncrease: now.total,
    extraCost: '0.00',
    explanation: 'No tax is left unpaid, so waiting adds no interest.',
  };
}
