import { dayNumberOf, isoDateFromDayNumber, type IsoDate } from '../dates/calendar-date';
import { requireTaxType, rulesOrDefault } from '../deadlines/input-validation';
import { DomainValidationError } from '../errors/domain-validation-error';
import { ZERO, formatMoney, parseMoney, type Money, type MoneyInput } from '../money/money';
import { appliedRule } from '../rules/compiled-rules';
import type { AppliedRule, RuleTables } from '../rules/rule-types';
import type { PenaltyKind, TaxType } from '../vocabulary/vocabulary';
import { parseAccrualInput, parsePayments, type ParsedAccrual } from './accrual-input';
import { AccrualLedger } from './accrual-ledger';
import type { AccrualQuote, AppliedPayment, PaymentInput } from './accrual-types';

/** One period a notice bills: its own tax and due date (DRS bills each period separately). */
export interface LiabilityPeriod {
  /** How the notice names it: "2025-Q1". */
  readonly label: string;
  readonly tax: MoneyInput;
  readonly dueDate: IsoDate;
  /** The return's extended due date, when an extension was granted for this period (§12-723). */
  readonly extendedDueDate?: IsoDate | null;
}

export interface NoticeAccrualInput {
  readonly taxType: TaxType;
  readonly periods: readonly LiabilityPeriod[];
  /** Payments toward the notice as a whole; spread across the periods by payment.period_order. */
  readonly payments?: readonly PaymentInput[] | null;
  /** Penalty DRS waived on the notice, taken off the periods' penalties in the same order. */
  readonly penaltyWaived?: MoneyInput | null;
  /** The penalty the notice assesses (late payment unless it says otherwise), the same on every period. */
  readonly penaltyKind?: PenaltyKind | null;
  readonly asOf: IsoDate;
  readonly rules?: RuleTables | null;
}

/** One period's share of a notice's figures: the quote's own fields, and what of the payments reached it. */
export type PeriodQuote = Pick<
  AccrualQuote,
  | 'dueDate'
  | 'timelyThrough'
  | 'monthsLate'
  | 'tax'
  | 'penalty'
  | 'penaltyWaived'
  | 'interest'
  | 'paid'
  | 'total'
  | 'unpaid'
> & {
  readonly label: string;
};

/** The notice's figures: the periods' sums (months late: the longest), and each period's own. */
export interface NoticeAccrualQuote extends AccrualQuote {
  readonly periods: readonly PeriodQuote[];
}

const text = (amount: Money): string => (amount.isZero() ? '0.00' : formatMoney(amount));

interface PeriodRun {
  readonly label: string;
  readonly parsed: ParsedAccrual;
  readonly ledger: AccrualLedger;
  paid: Money;
}

/**
 * Penalty and interest on a notice that bills several periods, each accrued from its own due date (by the
 * same ledger `accrue` uses), with each payment applied to the periods in payment.period_order (earliest
 * due first by default) and, within a period, in payment.application_order. A payment larger than
 * everything owed leaves a credit. One period gives exactly `quoteAccrual`'s figures.
 */
export function quoteNoticeAccrual(input: NoticeAccrualInput): NoticeAccrualQuote {
  if (input === null || typeof input !== 'object') throw new DomainValidationError('input', 'must be an object');
  const taxType = requireTaxType(input.taxType);
  const rules = rulesOrDefault(input.rules);
  const asOfDay = dayNumberOf(input.asOf, 'asOf');
  if (!Array.isArray(input.periods) || input.periods.length === 0) {
    throw new DomainValidationError('periods', 'must list at least one period with its tax and due date');
  }
  const order = rules.general.paymentPeriodOrder;
  const runs: PeriodRun[] = input.periods.map((period, index) => {
    const field = `periods[${index}]`;
    if (period === null || typeof period !== 'object')
      throw new DomainValidationError(field, 'must be { label, tax, dueDate }');
    const parsed = parseAccrualInput(
      {
        taxType,
        tax: period.tax,
        dueDate: period.dueDate,
        extendedDueDate: period.extendedDueDate,
        penaltyKind: input.penaltyKind,
        asOf: input.asOf,
        rules,
      },
      'asOf',
    );
    return {
      label: typeof period.label === 'string' ? period.label : String(index + 1),
      parsed,
      ledger: new AccrualLedger(parsed.rules, parsed.boundaries, { tax: parsed.tax }, false),
      paid: ZERO,
    };
  });
  const byDue = [...runs].sort((a, b) => a.parsed.dueDay - b.parsed.dueDay);
  const applyOrder = order.value === 'oldest_first' ? byDue : [...byDue].reverse();
  const payments = parsePayments(input.payments);

  let credit = ZERO;
  let paid = ZERO;
  const applied: AppliedPayment[] = [];
  for (const payment of payments) {
    if (payment.day > asOfDay) break;
    for (const run of runs) run.ledger.accrueThrough(payment.day);
    let left = payment.amount;
    const parts = { tax: ZERO, interest: ZERO, penalty: ZERO };
    for (const run of applyOrder) {
      if (!left.gt(0)) break;
      const owed = run.ledger.balance;
      const take = owed.lte(left) ? owed : left;
      if (take.isZero()) continue;
      const share = run.ledger.pay(payment.day, take, payment.cashBond);
      parts.tax = parts.tax.plus(share.toTax);
      parts.interest = parts.interest.plus(share.toInterest);
      parts.penalty = parts.penalty.plus(share.toPenalty);
      run.paid = run.paid.plus(take);
      left = left.minus(take);
    }
    credit = credit.plus(left);
    paid = paid.plus(payment.amount);
    applied.push({
      date: isoDateFromDayNumber(payment.day),
      amount: formatMoney(payment.amount),
      toTax: formatMoney(parts.tax),
      toInterest: formatMoney(parts.interest),
      toPenalty: formatMoney(parts.penalty),
      toCredit: formatMoney(left),
    });
  }
  for (const run of runs) run.ledger.accrueThrough(asOfDay);
  let waiver =
    input.penaltyWaived === undefined || input.penaltyWaived === null
      ? ZERO
      : parseMoney(input.penaltyWaived, 'penaltyWaived');
  for (const run of applyOrder) {
    if (!waiver.gt(0)) break;
    waiver = waiver.minus(run.ledger.waivePenalty(waiver));
  }

  let tax = ZERO;
  let penalty = ZERO;
  let penaltyWaived = ZERO;
  let interest = ZERO;
  let total = ZERO;
  let unpaidTax = ZERO;
  let unpaidPenalty = ZERO;
  let unpaidInterest = ZERO;
  let monthsLate = 0;
  let rolled = false;
  const periods: PeriodQuote[] = runs.map((run) => {
    const { ledger, parsed } = run;
    credit = credit.plus(ledger.credit);
    tax = tax.plus(parsed.tax);
    penalty = penalty.plus(ledger.penaltyAssessed);
    penaltyWaived = penaltyWaived.plus(ledger.penaltyWaived);
    interest = interest.plus(ledger.interestCharged);
    total = total.plus(ledger.balance);
    unpaidTax = unpaidTax.plus(ledger.tax);
    unpaidPenalty = unpaidPenalty.plus(ledger.penalty);
    unpaidInterest = unpaidInterest.plus(ledger.interest);
    monthsLate = Math.max(monthsLate, ledger.monthsLate);
    rolled = rolled || parsed.boundaries.timelyThroughDay !== parsed.dueDay;
    return {
      label: run.label,
      dueDate: parsed.dueDate,
      timelyThrough: isoDateFromDayNumber(parsed.boundaries.timelyThroughDay),
      monthsLate: ledger.monthsLate,
      tax: text(parsed.tax),
      penalty: text(ledger.penaltyAssessed),
      penaltyWaived: text(ledger.penaltyWaived),
      interest: text(ledger.interestCharged),
      paid: text(run.paid),
      total: text(ledger.balance),
      unpaid: { tax: text(ledger.tax), penalty: text(ledger.penalty), interest: text(ledger.interest) },
    };
  });
  const earliest = byDue[0].parsed;
  const compiled = earliest.rules;
  const rulesApplied: AppliedRule[] = [
    ...(rolled ? compiled.appliedRulesWhenDueDateRolled : compiled.appliedRules),
    ...(runs.length > 1
      ? [
          appliedRule(
            order,
            `Several periods: each accrues from its own due date; payments reach the ${order.value === 'oldest_first' ? 'earliest' : 'latest'}-due period first`,
          ),
        ]
      : []),
  ];
  return {
    taxType,
    dueDate: earliest.dueDate,
    timelyThrough: isoDateFromDayNumber(earliest.boundaries.timelyThroughDay),
    asOf: input.asOf,
    monthsLate,
    tax: text(tax),
    penalty: text(penalty),
    penaltyWaived: text(penaltyWaived),
    interest: text(interest),
    paid: text(paid),
    total: text(total),
    credit: text(credit),
    unpaid: { tax: text(unpaidTax), penalty: text(unpaidPenalty), interest: text(unpaidInterest) },
    payments: applied,
    rulesApplied,
    periods,
  };
}
