import type { IsoDate } from '../dates/calendar-date';
import type { MoneyInput } from '../money/money';
import type { AppliedRule, RuleTables } from '../rules/rule-types';
import type { PenaltyKind, TaxType } from '../vocabulary/vocabulary';

export interface PaymentInput {
  readonly date: IsoDate;
  readonly amount: MoneyInput;
  /**
   * A deposit in the nature of a cash bond (§12-39m, Form APL-004): paid while the assessment is contested.
   * It goes to tax and interest in the ratio of the tax to tax plus interest on the day DRS receives it,
   * not in payment.application_order; the tax share stops interest from that day.
   */
  readonly cashBond?: boolean | null;
}

export interface AccrualInput {
  readonly taxType: TaxType;
  /** The tax originally due (before any payment), e.g. "2000.00". */
  readonly tax: MoneyInput;
  /** The original due date of the tax; an extension does not move it. */
  readonly dueDate: IsoDate;
  /** Payments toward this liability. Those dated after `asOf` have not happened yet and are ignored. */
  readonly payments?: readonly PaymentInput[] | null;
  /** Which penalty the liability carries (late payment by default; see `PenaltyKind`). */
  readonly penaltyKind?: PenaltyKind | null;
  /**
   * The extended due date of the return, when an extension was granted: for income tax, §12-723 spares the
   * penalty when at most 10% was unpaid at the due date and the rest is paid by this day. Interest still
   * runs from `dueDate`.
   */
  readonly extendedDueDate?: IsoDate | null;
  /** Penalty DRS has waived (an approved DRS-PW): taken off the penalty when it is assessed. Never interest. */
  readonly penaltyWaived?: MoneyInput | null;
  readonly asOf: IsoDate;
  readonly rules?: RuleTables | null;
}

/** One month of interest: the period it covers, the tax it was charged on, and the charge. */
export interface AccrualMonth {
  /** 1 for the first month after the due date. */
  readonly month: number;
  readonly from: IsoDate;
  readonly through: IsoDate;
  readonly unpaidTax: string;
  readonly interest: string;
}

/** How one payment was applied, per the payment application order rule. */
export interface AppliedPayment {
  readonly date: IsoDate;
  readonly amount: string;
  readonly toTax: string;
  readonly toInterest: string;
  readonly toPenalty: string;
  /** More than everything owed at the time: a credit (overpayment). */
  readonly toCredit: string;
}

export interface UnpaidParts {
  readonly tax: string;
  readonly penalty: string;
  readonly interest: string;
}

/**
 * What a liability has become by `asOf`, without the month rows: what lists, dashboards and the sweep need.
 * Money is in JSON form (2-decimal strings). Always: `tax + penalty + interest − paid = total − credit`.
 */
export interface AccrualQuote {
  readonly taxType: TaxType;
  readonly dueDate: IsoDate;
  /**
   * The last day a payment is on time: the due date, or the next business day when the due date is a
   * Saturday, Sunday or legal holiday (§12-39a).
   */
  readonly timelyThrough: IsoDate;
  readonly asOf: IsoDate;
  /** Months in which some tax was unpaid (each part month counted whole); 0 when paid by the due date. */
  readonly monthsLate: number;
  readonly tax: string;
  /** Late-payment penalty assessed (whether or not since paid), less any penalty waived. */
  readonly penalty: string;
  /** Penalty taken off by an approved waiver (at most the penalty assessed). */
  readonly penaltyWaived: string;
  /** Interest charged to date (whether or not since paid). */
  readonly interest: string;
  readonly paid: string;
  /** Owed as of `asOf`: the amount that pays the liability in full that day. */
  readonly total: string;
  readonly credit: string;
  readonly unpaid: UnpaidParts;
  readonly payments: readonly AppliedPayment[];
  readonly rulesApplied: readonly AppliedRule[];
}

/** The quote plus its month-by-month breakdown of interest. */
export interface AccrualResult extends AccrualQuote {
  readonly breakdown: readonly AccrualMonth[];
}
