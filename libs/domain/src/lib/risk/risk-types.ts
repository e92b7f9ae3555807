import type { IsoDate } from '../dates/calendar-date';
import type { MoneyInput } from '../money/money';
import type { AppliedRule, RuleTables } from '../rules/rule-types';
import type { NoticeKind, ResponseStatus, RiskLevel, RiskMechanism } from '../vocabulary/vocabulary';

/** What DRS could reach: the client's exposure to each enforcement tool. */
export interface Exposure {
  readonly hasW2Wages: boolean;
  readonly employerName?: string | null;
  readonly knownBankAccounts: number;
  readonly ownsRealProperty: boolean;
  readonly expectsFederalRefund: boolean;
  readonly holdsCtBusinessRegistration: boolean;
  readonly inBankruptcy: boolean;
  readonly underCriminalInvestigation: boolean;
}

export interface EscalationRiskInput {
  readonly noticeKind: NoticeKind;
  readonly noticeDate: IsoDate;
  /** The tax's original due date: a warrant is possible once tax is unpaid 30 days after it (§12-35(a)(3)). */
  readonly taxDueDate: IsoDate;
  readonly asOf: IsoDate;
  readonly nextHardDeadline?: IsoDate | null;
  /** The amount owed (tax, penalty and interest). */
  readonly balance: MoneyInput;
  readonly responseStatus: ResponseStatus;
  readonly exposure: Exposure;
  readonly rules?: RuleTables | null;
}

export interface MechanismRisk {
  readonly mechanism: RiskMechanism;
  /** 0–100, integer. */
  readonly score: number;
  readonly level: RiskLevel;
  /** Why, in plain English ("R859 dated 8 days ago, 2 days left", "owns real property"). */
  readonly reasons: readonly string[];
}

export interface EscalationRisk {
  /** The highest mechanism score. */
  readonly score: number;
  readonly level: RiskLevel;
  readonly topMechanism: RiskMechanism;
  readonly mechanisms: Readonly<Record<RiskMechanism, MechanismRisk>>;
  readonly rulesApplied: readonly AppliedRule[];
}
