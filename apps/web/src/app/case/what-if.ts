import type { NoticeView, ResolutionView } from '@nutmeg/contracts';
import {
  addMonths,
  compareIsoDates,
  formatMoney,
  liabilityCostOfWaiting,
  liabilityPeriodsOf,
  parseMoney,
  type CostOfWaiting,
  isIsoDate,
  type IsoDate,
  type PaymentInput,
  type PayoffRun,
  type PenaltyKind,
  projectLiabilityPayoffByDay,
  quoteLiability,
  type NoticeAccrualQuote,
  type NoticeLiability,
  type RuleTables,
  type TaxType,
} from '@nutmeg/domain';
import { attempt } from '../calculator/field-errors';

/** How far past the pay-by date the chart runs, so the reader sees what waiting longer would cost. */
export const CHART_MONTHS_AFTER = 6;

export interface WhatIf {
  readonly quote: NoticeAccrualQuote;
  readonly waiting: CostOfWaiting;
  readonly runs: readonly PayoffRun[] | null;
  /** What paying on that day costs beyond paying today (the api's balance now). */
  readonly moreThanToday: string;
}

export type WhatIfOutcome = { ok: true; value: WhatIf } | { ok: false; message: string };

/**
 * Every payment the api counts against the notice (apps/api notice-payments.ts): single payments and the paid
 * installments of plans, so the browser accrues on the same facts as the server.
 */
export function paymentsOf(resolutions: readonly ResolutionView[]): PaymentInput[] {
  const payments: PaymentInput[] = [];
  for (const resolution of resolutions) {
    if (resolution.type === 'payment' && resolution.amount && resolution.date) {
      // Paid under protest is a cash-bond deposit (§12-39m): the engine splits it between tax and interest.
      const cashBond = resolution.details['payUnderProtest'] === true;
      payments.push({ date: resolution.date, amount: resolution.amount, ...(cashBond ? { cashBond } : {}) });
    }
    for (const installment of resolution.installments) {
      if (installment.status === 'paid' && installment.paidOn && installment.paidAmount) {
        payments.push({ date: installment.paidOn, amount: installment.paidAmount });
      }
    }
  }
  return payments.sort((a, b) => compareIsoDates(a.date, b.date));
}

/**
 * The balance if the whole notice is paid on `payDate`, under the firm's rules, from the figures the api
 * accrues on (the stated tax or each itemized period's, their due dates, the payments recorded, the penalty waived). Paying in the past is not a what-if.
 */
export function computeWhatIf(
  notice: NoticeView,
  resolutions: readonly ResolutionView[],
  payDate: string,
  rules: RuleTables,
): WhatIfOutcome {
  if (!isIsoDate(payDate)) return { ok: false, message: 'Enter the day it would be paid.' };
  const today = notice.figures.asOf;
  if (compareIsoDates(payDate, today) < 0) {
    return { ok: false, message: `Choose today (${today}) or a later day: a what-if looks ahead.` };
  }
  const liability: NoticeLiability = {
    taxType: notice.taxType as TaxType,
    periods: liabilityPeriodsOf({
      taxPeriods: notice.taxPeriods,
      statedTax: notice.stated.tax,
      taxDueDate: notice.taxDueDate,
      extendedDueDate: notice.extendedDueDate,
    }),
    penaltyKind: notice.penaltyKind as PenaltyKind,
    payments: paymentsOf(resolutions),
    // An approved waiver is already out of the api's balance: out of the what-if's too.
    penaltyWaived: notice.figures.penaltyWaived,
    rules,
  };
  const quote = attempt(() => quoteLiability(liability, payDate));
  if (!quote.ok) return { ok: false, message: quote.error.message };
  const waiting = attempt(() => liabilityCostOfWaiting(liability, payDate));
  if (!waiting.ok) return { ok: false, message: waiting.error.message };
  const moreThanToday = formatMoney(
    parseMoney(quote.value.total, 'total').minus(parseMoney(notice.figures.balanceNow, 'balanceNow')),
  );
  const to: IsoDate = addMonths(payDate, CHART_MONTHS_AFTER);
  const runs = attempt(() => projectLiabilityPayoffByDay(liability, { from: today, to }));
  return {
    ok: true,
    value: { quote: quote.value, waiting: waiting.value, runs: runs.ok ? runs.value : null, moreThanToday },
  };
}
