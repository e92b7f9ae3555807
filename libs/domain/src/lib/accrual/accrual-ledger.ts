import {
  dayNumberFromParts,
  daysInMonth,
  isoDateFromDayNumber,
  monthIndexOfDayNumber,
  partsFromDayNumber,
} from '../dates/calendar-date';
import { DomainDecimal, ZERO, formatMoney, maxMoney, roundToCents, type Money } from '../money/money';
import type { CompiledTaxRules } from '../rules/compiled-rules';
import type { MonthEndRule, PaymentComponent } from '../vocabulary/vocabulary';
import type { AccrualMonth, AppliedPayment } from './accrual-types';

/**
 * The calendar of a liability: its month boundaries and the last day a payment is timely.
 *
 * boundary(j) is the due date plus j calendar months, always counted from the due date itself; month j runs
 * from the day after boundary(j − 1) through boundary(j). A due date on the last day of a month under the
 * `last_day_of_each_month` rule ends every month on a month's last day (April 30 → May 31, June 30); otherwise
 * the day number is kept, clamped to the end of a shorter month (Jan 31 → Feb 28, Mar 31; April 30 → May 30).
 *
 * `timelyThroughDay` is the due date moved past a Saturday, Sunday or legal holiday (§12-39a): payments up to
 * it are on time, and nothing accrues before the day after it; months still count from the due date itself.
 */
export class MonthBoundaries {
  private readonly year: number;
  private readonly month: number;
  private readonly day: number;
  private readonly endsOnMonthEnd: boolean;
  readonly timelyThroughDay: number;
  /** With an extension (§12-723): the last day the balance may be paid without penalty; else undefined. */
  readonly extendedThroughDay: number | undefined;

  constructor(
    readonly dueDay: number,
    monthEnd: MonthEndRule = 'same_day_clamped',
    timelyThroughDay: number = dueDay,
    extendedThroughDay?: number,
  ) {
    [this.year, this.month, this.day] = partsFromDayNumber(dueDay);
    this.endsOnMonthEnd = monthEnd === 'last_day_of_each_month' && this.day === daysInMonth(this.year, this.month);
    this.timelyThroughDay = timelyThroughDay;
    this.extendedThroughDay = extendedThroughDay;
  }

  /** The boundaries of a tax due on `dueDay` (extended to `extendedDueDay`, if any) under a tax type's compiled rules. */
  static of(dueDay: number, rules: CompiledTaxRules, extendedDueDay?: number): MonthBoundaries {
    const extended = extendedDueDay === undefined || rules.safeHarbourShare === null ? undefined : rules.timelyThroughDay(extendedDueDay);
    return new MonthBoundaries(dueDay, rules.monthEnd, rules.timelyThroughDay(dueDay), extended);
  }

  /** The first day anything accrues: the day after the last day a payment is timely. */
  get lateFromDay(): number {
    return this.timelyThroughDay + 1;
  }

  boundary(months: number): number {
    if (months === 0) return this.dueDay;
    const monthIndex = this.year * 12 + this.month - 1 + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    const last = daysInMonth(year, month);
    return dayNumberFromParts(year, month, this.endsOnMonthEnd ? last : Math.min(this.day, last));
  }

  /**
   * How many boundaries (from boundary(0), the due date) fall before `day`, in constant time: boundary(j)
   * lies in the j-th month after the due date's month, so only the one in `day`'s own month needs a look.
   */
  countBefore(day: number): number {
    if (day <= this.dueDay) return 0;
    const months = monthIndexOfDayNumber(day) - (this.year * 12 + this.month - 1);
    return this.boundary(months) < day ? months + 1 : months;
  }
}

/** A run of months charged on the same unpaid tax; expanded into month rows only when read. */
interface ChargedRun {
  readonly first: number;
  last: number;
  readonly unpaidTax: Money;
  readonly interest: Money;
}

function plus(a: Money, b: Money): Money {
  return a.isZero() ? b : b.isZero() ? a : a.plus(b);
}

function minus(a: Money, b: Money): Money {
  return b.isZero() ? a : a.minus(b);
}

/**
 * The running state of one liability, advanced event by event in date order. On any one day the penalty is
 * assessed first, then the month's interest is charged, then that day's payments are applied — so a
 * payment on the first day of a new month still owes that month's interest ("any part of a month").
 *
 * Rounding points (docs/rules.md): the penalty is rounded half-up to cents when assessed, and each month's
 * interest charge when charged. Nothing else is rounded; payments are whole cents already.
 *
 * Months with the same unpaid tax are charged in one step (charge × months) rather than one by one, and
 * zero terms are skipped: a quote for a notice two years late costs the same as one two months late.
 */
export class AccrualLedger {
  /** Unpaid tax: what interest is charged on. */
  tax: Money;
  penaltyAssessed: Money = ZERO;
  /** The part of the assessed penalty an approved waiver took off. */
  penaltyWaived: Money = ZERO;
  interestCharged: Money = ZERO;
  private penaltyPaid: Money = ZERO;
  private interestPaid: Money = ZERO;
  paid: Money = ZERO;
  credit: Money = ZERO;
  /** The penalty is assessed once, the day after the last day a payment is timely. */
  penaltyPending = true;
  /** The tax unpaid at the due date, kept while §12-723 may still spare the penalty. */
  private deferredPenaltyBase: Money | undefined;
  /** The next month whose interest has not been charged. */
  nextMonth = 1;
  monthsLate = 0;
  private readonly runs: ChargedRun[] | null;
  /** The tax the ledger opened with (the tax shown, for §12-723's share). */
  private readonly opening: Money;

  // The monthly charge depends only on the unpaid tax; keep it while the tax is unchanged.
  private chargeTax: Money | null = null;
  private charge: Money = ZERO;

  constructor(
    private readonly rules: CompiledTaxRules,
    private readonly boundaries: MonthBoundaries,
    opening: { readonly tax: Money },
    recordMonths: boolean,
  ) {
    this.tax = opening.tax;
    this.opening = opening.tax;
    this.runs = recordMonths ? [] : null;
  }

  clone(): AccrualLedger {
    const copy = new AccrualLedger(this.rules, this.boundaries, { tax: this.tax }, false);
    copy.penaltyAssessed = this.penaltyAssessed;
    copy.penaltyWaived = this.penaltyWaived;
    copy.interestCharged = this.interestCharged;
    copy.penaltyPaid = this.penaltyPaid;
    copy.interestPaid = this.interestPaid;
    copy.paid = this.paid;
    copy.credit = this.credit;
    copy.penaltyPending = this.penaltyPending;
    copy.deferredPenaltyBase = this.deferredPenaltyBase;
    copy.nextMonth = this.nextMonth;
    copy.monthsLate = this.monthsLate;
    return copy;
  }

  /** Unpaid penalty. */
  get penalty(): Money {
    return minus(this.penaltyAssessed, this.penaltyPaid);
  }

  /** Unpaid interest. */
  get interest(): Money {
    return minus(this.interestCharged, this.interestPaid);
  }

  /** Everything still owed. */
  get balance(): Money {
    return plus(plus(this.tax, this.penalty), this.interest);
  }

  /**
   * The day month `month`'s interest is charged: its first day, or the day after it ends when only completed
   * months count — but never while a payment is still timely (a due date rolled by §12-39a), when the first
   * month is charged the day after, still counted from the due date.
   */
  chargeDay(month: number): number {
    const day =
      this.rules.monthCounting === 'part_month_counts_as_whole'
        ? this.boundaries.boundary(month - 1) + 1
        : this.boundaries.boundary(month) + 1;
    return Math.max(day, this.boundaries.lateFromDay);
  }

  /** How many months' interest is due by `day` (inclusive). */
  private monthsDueBy(day: number): number {
    if (day < this.boundaries.lateFromDay) return 0;
    const started = this.boundaries.countBefore(day);
    return this.rules.monthCounting === 'part_month_counts_as_whole' ? started : Math.max(0, started - 1);
  }

  /** The next day the amount owed goes up, or undefined when no tax is left to bear interest. */
  nextIncreaseDay(): number | undefined {
    if (!this.tax.gt(0)) {
      const flatPenaltyAhead = this.penaltyPending && this.rules.noTaxDuePenalty !== null && !this.opening.gt(0);
      return flatPenaltyAhead ? this.boundaries.lateFromDay : undefined;
    }
    const nextCharge = this.chargeDay(this.nextMonth);
    if (!this.penaltyPending) return nextCharge;
    const penaltyDay =
      this.deferredPenaltyBase !== undefined && this.boundaries.extendedThroughDay !== undefined
        ? this.boundaries.extendedThroughDay + 1
        : this.boundaries.lateFromDay;
    return Math.min(penaltyDay, nextCharge);
  }

  /** Assesses the penalty and charges every month's interest due on or before `day` (before that day's payments). */
  accrueThrough(day: number): void {
    if (this.penaltyPending && this.boundaries.lateFromDay <= day) this.assessPenalty(day);
    if (!this.tax.gt(0)) return;
    const due = this.monthsDueBy(day);
    if (due >= this.nextMonth) this.chargeMonths(due - this.nextMonth + 1);
  }

  /**
   * The penalty, on the tax unpaid at the due date. With an extension and at most §12-723's share unpaid,
   * it waits for the extended due date and is charged only if tax is still unpaid after it.
   */
  private assessPenalty(day: number): void {
    const extendedThrough = this.boundaries.extendedThroughDay;
    if (this.deferredPenaltyBase === undefined) {
      const share = this.rules.safeHarbourShare;
      if (extendedThrough !== undefined && share !== null && this.tax.gt(0) && this.tax.lte(this.opening.times(share))) {
        this.deferredPenaltyBase = this.tax;
      }
    }
    let base = this.tax;
    if (this.deferredPenaltyBase !== undefined) {
      if (day <= (extendedThrough as number)) return;
      base = this.tax.gt(0) ? this.deferredPenaltyBase : ZERO;
    }
    this.penaltyPending = false;
    if (!base.gt(0)) {
      // A late return with no tax due still owes its flat penalty.
      if (this.rules.noTaxDuePenalty && !this.opening.gt(0)) this.penaltyAssessed = plus(this.penaltyAssessed, this.rules.noTaxDuePenalty);
      return;
    }
    const computed = roundToCents(base.times(this.rules.penaltyRate));
    const penalty = this.rules.penaltyMinimum ? maxMoney(computed, this.rules.penaltyMinimum) : computed;
    this.penaltyAssessed = plus(this.penaltyAssessed, penalty);
  }

  private chargeMonths(count: number): void {
    if (this.chargeTax !== this.tax) {
      this.chargeTax = this.tax;
      this.charge = roundToCents(this.tax.times(this.rules.interestRate));
    }
    const first = this.nextMonth;
    const last = first + count - 1;
    this.interestCharged = plus(this.interestCharged, count === 1 ? this.charge : this.charge.times(count));
    this.monthsLate += count;
    this.nextMonth = last + 1;
    if (this.runs) {
      const previous = this.runs[this.runs.length - 1];
      if (previous && previous.last === first - 1 && previous.unpaidTax === this.tax) previous.last = last;
      else this.runs.push({ first, last, unpaidTax: this.tax, interest: this.charge });
    }
  }

  /** The month-by-month breakdown of the interest charged so far. */
  monthRows(): AccrualMonth[] {
    const rows: AccrualMonth[] = [];
    for (const run of this.runs ?? []) {
      const unpaidTax = formatMoney(run.unpaidTax);
      const interest = formatMoney(run.interest);
      for (let month = run.first; month <= run.last; month += 1) {
        rows.push({
          month,
          from: isoDateFromDayNumber(this.boundaries.boundary(month - 1) + 1),
          through: isoDateFromDayNumber(this.boundaries.boundary(month)),
          unpaidTax,
          interest,
        });
      }
    }
    return rows;
  }

  private owed(component: PaymentComponent): Money {
    return component === 'tax' ? this.tax : component === 'penalty' ? this.penalty : this.interest;
  }

  private settle(component: PaymentComponent, amount: Money): void {
    if (component === 'tax') this.tax = this.tax.minus(amount);
    else if (component === 'penalty') this.penaltyPaid = plus(this.penaltyPaid, amount);
    else this.interestPaid = plus(this.interestPaid, amount);
  }

  /**
   * Applies a payment to the parts owed in the rule's order; anything left over is a credit. A cash bond
   * (§12-39m(b)) first goes to tax in the ratio of the unpaid tax to tax plus interest that day — rounded
   * down to the cent, so the tax it stops interest on is never overstated — and to interest, then the rule's order.
   */
  pay(day: number, amount: Money, cashBond = false): AppliedPayment {
    let left = amount;
    const applied: Record<PaymentComponent, Money> = { tax: ZERO, penalty: ZERO, interest: ZERO };
    if (cashBond && this.tax.gt(0)) {
      const share = amount.times(this.tax).dividedBy(this.tax.plus(this.interest)).toDecimalPlaces(2, DomainDecimal.ROUND_DOWN);
      const toTax = share.gt(this.tax) ? this.tax : share;
      this.settle('tax', toTax);
      applied.tax = toTax;
      left = left.minus(toTax);
      const interest = this.interest;
      const toInterest = interest.lte(left) ? interest : left;
      if (toInterest.gt(0)) {
        this.settle('interest', toInterest);
        applied.interest = toInterest;
        left = left.minus(toInterest);
      }
    }
    for (const component of this.rules.applicationOrder) {
      if (!left.gt(0)) break;
      const owed = this.owed(component);
      const take = owed.lte(left) ? owed : left;
      if (take.isZero()) continue;
      this.settle(component, take);
      applied[component] = plus(applied[component], take);
      left = left.minus(take);
    }
    this.credit = plus(this.credit, left);
    this.paid = plus(this.paid, amount);
    return {
      date: isoDateFromDayNumber(day),
      amount: formatMoney(amount),
      toTax: formatMoney(applied.tax),
      toInterest: formatMoney(applied.interest),
      toPenalty: formatMoney(applied.penalty),
      toCredit: formatMoney(left),
    };
  }

  /**
   * Takes up to `amount` off the penalty assessed (an approved waiver: never interest, never more than the
   * penalty) and returns what it took. Penalty already paid beyond what is left becomes a credit.
   */
  waivePenalty(amount: Money): Money {
    const take = amount.gt(this.penaltyAssessed) ? this.penaltyAssessed : amount;
    if (take.isZero()) return ZERO;
    this.penaltyWaived = plus(this.penaltyWaived, take);
    this.penaltyAssessed = this.penaltyAssessed.minus(take);
    if (this.penaltyPaid.gt(this.penaltyAssessed)) {
      this.credit = plus(this.credit, this.penaltyPaid.minus(this.penaltyAssessed));
      this.penaltyPaid = this.penaltyAssessed;
    }
    return take;
  }

  /**
   * Replaces the penalty and interest owed with an amount known only as one sum (an installment plan's
   * "penalty and interest already due"). It is held as whichever of the two the payment order pays first,
   * so payments reach it at the same point they would reach either part.
   */
  setPenaltyAndInterest(amount: Money): void {
    const first = this.rules.applicationOrder.find((component) => component !== 'tax') as 'penalty' | 'interest';
    this.penaltyAssessed = first === 'penalty' ? amount : ZERO;
    this.interestCharged = first === 'interest' ? amount : ZERO;
    this.penaltyPaid = ZERO;
    this.interestPaid = ZERO;
  }
}

/** Turns whole cents into money, for solvers that search over cents. */
export function moneyFromCents(cents: number): Money {
  return new DomainDecimal(cents).dividedBy(100);
}
