import type { IsoDate } from '../dates/calendar-date';
import type { MoneyInput } from '../money/money';
import type { Citation, RuleTables } from '../rules/rule-types';
import type { Exposure } from '../risk/risk-types';
import type { DeadlineKind, NoticeKind, ResolutionOption, ResponseStatus, TaxType } from '../vocabulary/vocabulary';

export interface ResolutionCaseInput {
  readonly noticeKind: NoticeKind;
  readonly taxType: TaxType;
  readonly noticeDate: IsoDate;
  readonly asOf: IsoDate;
  /** Everything owed (tax, penalty and interest). */
  readonly balance: MoneyInput;
  /** The case's deadlines; computed from the notice when omitted. */
  readonly deadlines?: readonly { readonly kind: DeadlineKind; readonly dueDate: IsoDate }[] | null;
  readonly exposure: Exposure;
  readonly unfiledReturns: boolean;
  /**
   * Overrides what the case says. Left out, an R-859 past its referral date means the account is with a
   * collection agency (seed), and a levy or wage-execution notice means a warrant is out (§12-35).
   */
  readonly withCollectionAgency?: boolean | null;
  readonly hasWarrant?: boolean | null;
  readonly responseStatus: ResponseStatus;
  /** The penalty on the account (what a waiver could remove). */
  readonly penaltyAmount: MoneyInput;
  /** Tax and interest still unpaid; left out, everything owed but the penalty. */
  readonly unpaidTaxAndInterest?: MoneyInput | null;
  readonly rules?: RuleTables | null;
}

/** Whether an option is open for the case, why, what it needs and where it goes. */
export interface ResolutionAssessment {
  readonly option: ResolutionOption;
  readonly open: boolean;
  readonly reasons: readonly string[];
  /** Documents and information to gather. */
  readonly needs: readonly string[];
  readonly form?: string;
  readonly sendTo?: string;
  readonly warnings: readonly string[];
  readonly citation: Citation;
  /** Every rule row the assessment used. */
  readonly ruleIds: readonly string[];
}
