import { addMonthsToDayNumber, dayNumberOf, isoDateFromDayNumber, type IsoDate } from '../dates/calendar-date';
import { AccrualLedger, MonthBoundaries, moneyFromCents } from '../accrual/accrual-ledger';
import { requirePlanMonths } from '../deadlines/installment-deadlines';
import { requireTaxType, rulesOrDefault } from '../deadlines/input-validation';
import { DomainValidationError } from '../errors/domain-validation-error';
import { ZERO, formatMoney, parseMoney, sumMoney, type Money, type MoneyInput } from '../money/money';
import { appliedRule, compiledTaxRules } from '../rules/compiled-rules';
import type { AppliedRule, RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';

export interface InstallmentScheduleInput {
  readonly taxType: TaxType;
  /** The unpaid tax (not penalty or interest) when the plan starts; interest keeps accruing on it. */
  readonly balance: MoneyInput;
  /** Penalty and interest owed on `penaltyAndInterestAsOf`, if known; otherwise computed as if `balance` was unpaid since `dueDate`. */
  readonly penaltyAndInterestAlreadyDue?: MoneyInput | null;
  /**
   * The day `penaltyAndInterestAlreadyDue` was owed (a case's figures are as of today); interest from then to
   * the start is added to it. Left out, the figure is taken as owed on the start date.
   */
  readonly penaltyAndInterestAsOf?: IsoDate | null;
  /** The tax's original due date: interest months are counted from it. */
  readonly dueDate: IsoDate;
  readonly months: number;
  /** The first payment's date; the others fall on the same day of each following month. */
  readonly startDate: IsoDate;
  readonly rules?: RuleTables | null;
}

export interface InstallmentPayment {
  readonly number: number;
  readonly date: IsoDate;
  readonly amount: string;
  /** Interest charged since the previous payment (or since the plan started, for the first). */
  readonly interestCharged: string;
  readonly toTax: string;
  readonly toInterest: string;
  readonly toPenalty: string;
  readonly remainingTax: string;
  /** Tax + penalty + interest still owed after this payment. */
  readonly remainingBalance: string;
}

export interface InstallmentSchedule {
  readonly taxType: TaxType;
  readonly dueDate: IsoDate;
  readonly startDate: IsoDate;
  readonly months: number;
  readonly opening: { readonly tax: string; readonly penaltyAndInterest: string; readonly total: string };
  /** The level monthly payment that clears everything in `months` payments; the last payment absorbs the rounding. */
  readonly monthlyAmountForTargetPayoff: string;
  readonly payments: readonly InstallmentPayment[];
  readonly payoffTotal: string;
  readonly interestDuringPlan: string;
  readonly rulesApplied: readonly AppliedRule[];
}

interface Plan {
  readonly opening: AccrualLedger;
  readonly paymentDays: readonly number[];
}

/** The balance left just before the last payment when every earlier payment is `amount`. */
function remainingBeforeLastPayment(plan: Plan, amount: Money): Money {
  const ledger = plan.opening.clone();
  const last = plan.paymentDays.length - 1;
  for (let index = 0; index < last; index += 1) {
    ledger.accrueThrough(plan.paymentDays[index]);
    ledger.pay(plan.paymentDays[index], amount);
  }
  ledger.accrueThrough(plan.paymentDays[last]);
  return ledger.balance;
}

/**
 * The smallest level payment, in whole cents, whose last payment is not larger than the others. More paid
 * each month never leaves more owed, so the remainder falls as the amount rises and a binary search over
 * cents finds the exact answer (about 30 runs of at most 12 months).
 */
function solveMonthlyAmount(plan: Plan): number {
  const ceiling = remainingBeforeLastPayment(plan, ZERO).times(100).ceil().toNumber();
  let low = 0; // never enough: the balance is positive
  let high = ceiling; // always enough: one payment of everything
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (remainingBeforeLastPayment(plan, moneyFromCents(middle)).lte(moneyFromCents(middle))) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * A dated installment schedule: monthly on the start date's day (clamped at month ends), interest still
 * accruing at the monthly rate on unpaid tax, each payment applied per the payment-application-order rule,
 * and the level monthly amount that pays everything off in `months` payments.
 */
export function installmentSchedule(input: InstallmentScheduleInput): InstallmentSchedule {
  const rules = rulesOrDefault(input.rules);
  const taxType = requireTaxType(input.taxType);
  const balance = parseMoney(input.balance, 'balance', { positive: true });
  const alreadyDue =
    input.penaltyAndInterestAlreadyDue === undefined || input.penaltyAndInterestAlreadyDue === null
      ? undefined
      : parseMoney(input.penaltyAndInterestAlreadyDue, 'penaltyAndInterestAlreadyDue');
  const dueDay = dayNumberOf(input.dueDate, 'dueDate');
  const months = requirePlanMonths(input.months, rules);
  const startDay = dayNumberOf(input.startDate, 'startDate');
  if (startDay <= dueDay) {
    throw new DomainValidationError('startDate', 'must be after dueDate (a plan pays a balance already past due)');
  }
  const alreadyDueDay =
    input.penaltyAndInterestAsOf === undefined || input.penaltyAndInterestAsOf === null
      ? startDay
      : dayNumberOf(input.penaltyAndInterestAsOf, 'penaltyAndInterestAsOf');
  if (alreadyDueDay > startDay) throw new DomainValidationError('penaltyAndInterestAsOf', 'must not be after startDate');

  const compiled = compiledTaxRules(taxType, rules);
  const opening = new AccrualLedger(compiled, MonthBoundaries.of(dueDay, compiled), { tax: balance }, false);
  // The known figure replaces what accrued up to its own day; the months from then to the start still accrue.
  opening.accrueThrough(alreadyDue === undefined ? startDay : alreadyDueDay);
  if (alreadyDue !== undefined) {
    opening.setPenaltyAndInterest(alreadyDue);
    opening.accrueThrough(startDay);
  }
  const openingBalance = opening.balance;

  const paymentDays = Array.from({ length: months }, (_, index) => addMonthsToDayNumber(startDay, index));
  const plan: Plan = { opening, paymentDays };
  const monthlyCents = solveMonthlyAmount(plan);
  const monthly = moneyFromCents(monthlyCents);

  const ledger = opening.clone();
  const payments: InstallmentPayment[] = [];
  const amounts: Money[] = [];
  let interestBefore = ledger.interestCharged;
  paymentDays.forEach((day, index) => {
    ledger.accrueThrough(day);
    const amount = index === months - 1 ? ledger.balance : monthly;
    const applied = ledger.pay(day, amount);
    amounts.push(amount);
    payments.push({
      number: index + 1,
      date: isoDateFromDayNumber(day),
      amount: applied.amount,
      interestCharged: formatMoney(ledger.interestCharged.minus(interestBefore)),
      toTax: applied.toTax,
      toInterest: applied.toInterest,
      toPenalty: applied.toPenalty,
      remainingTax: formatMoney(ledger.tax),
      remainingBalance: formatMoney(ledger.balance),
    });
    interestBefore = ledger.interestCharged;
  });

  const term = rules.general.installmentPlan.termMonths;
  return {
    taxType,
    dueDate: isoDateFromDayNumber(dueDay),
    startDate: isoDateFromDayNumber(startDay),
    months,
    opening: {
      tax: formatMoney(balance),
      penaltyAndInterest: formatMoney(openingBalance.minus(balance)),
      total: formatMoney(openingBalance),
    },
    monthlyAmountForTargetPayoff: formatMoney(monthly),
    payments,
    payoffTotal: formatMoney(sumMoney(amounts)),
    interestDuringPlan: formatMoney(ledger.interestCharged.minus(opening.interestCharged)),
    rulesApplied: [
      ...compiled.appliedRules,
      appliedRule(term, `Installment plans run ${term.value.min}–${term.value.max} months`),
      appliedRule(rules.general.installmentPayment, 'Payments fall monthly on the start date\'s day, clamped to the end of shorter months'),
    ],
  };
}
