import type { IsoDate } from '../dates/calendar-date';
import type {
  CitationSource,
  DeadlineBasis,
  DeadlineKind,
  DeadlineRoll,
  MonthCountingMethod,
  MonthEndRule,
  NoticeKind,
  PaymentComponent,
  PeriodOrder,
  ResolutionOption,
  TaxType,
} from '../vocabulary/vocabulary';

/** Where a rule's value comes from, so a practitioner can check it. */
export interface Citation {
  readonly source: CitationSource;
  /** Human reference, e.g. "Conn. Gen. Stat. §12-419(a)". */
  readonly reference: string;
  readonly url?: string;
}

/**
 * One row of a rule table: a value with its citation. `conflict` records disagreeing sources and the choice
 * made; `overridden` is set by `effectiveRules` when a firm changed the row.
 */
export interface RuleRow<V> {
  readonly id: string;
  readonly value: V;
  readonly citation: Citation;
  readonly note?: string;
  readonly conflict?: string;
  readonly overridden?: boolean;
}

export interface LatePaymentPenaltyValue {
  /** Fraction of the tax unpaid at the due date, as a decimal string ("0.15"). */
  readonly rate: string;
  /** "…or $50, whichever is greater"; null when the chapter sets no minimum. */
  readonly minimum: string | null;
}

export interface InterestValue {
  /** Simple interest per month on unpaid tax, as a decimal string ("0.01"). */
  readonly ratePerMonth: string;
}

export interface MonthCountingValue {
  readonly method: MonthCountingMethod;
  /** Months run from the day after the due date to the same day of the next month. */
  readonly countFrom: 'day_after_due_date';
  /** A due date on the last day of a month: each month ends on a month's last day, or on the same day number. */
  readonly dueOnLastDayOfMonth: MonthEndRule;
}

/** A return's due date: so many months after its period ends, on a day of that month (or its last day). */
export interface ReturnDueRule {
  readonly monthsAfterPeriodEnd: number;
  readonly day: number | 'last';
}

/** When a return for a year, a quarter or a month is due, for a tax type. */
export interface ReturnDueDateValue {
  readonly annual: ReturnDueRule;
  readonly quarterly: ReturnDueRule;
  readonly monthly: ReturnDueRule;
}

export interface TaxTypeRules {
  readonly label: string;
  readonly latePaymentPenalty: RuleRow<LatePaymentPenaltyValue>;
  readonly interest: RuleRow<InterestValue>;
  readonly monthCounting: RuleRow<MonthCountingValue>;
  readonly penaltyWaivable: RuleRow<boolean>;
  readonly interestWaivable: RuleRow<boolean>;
  /** §12-39a(b): IRS (District of Columbia) legal holidays also extend deadlines for this tax type. */
  readonly irsHolidaysCount: RuleRow<boolean>;
  /** When the return (and so the tax) for a period is due, used when a notice does not print the date. */
  readonly returnDueDate: RuleRow<ReturnDueDateValue>;
}

export interface DeadlineRuleValue {
  readonly count: number;
  readonly unit: 'days' | 'months';
  readonly basis: DeadlineBasis;
  /** Hard: missing it loses a right or triggers enforcement. Soft: a target the firm sets. */
  readonly hard: boolean;
  readonly roll: DeadlineRoll;
}

export interface DeadlineRule extends RuleRow<DeadlineRuleValue> {
  readonly kind: DeadlineKind;
  /** What must happen by the date, in plain English ("Written protest to the DRS Appellate Division"). */
  readonly label: string;
}

export interface NoticeKindRules {
  readonly label: string;
  readonly deadlines: Readonly<Partial<Record<DeadlineKind, DeadlineRule>>>;
}

export interface HolidayObservanceValue {
  readonly observeSaturdayHolidayOnFriday: boolean;
  readonly observeSundayHolidayOnMonday: boolean;
}

export interface AdditionalClosure {
  readonly date: IsoDate;
  readonly name: string;
}

export interface ResolutionRouting {
  readonly form: string | null;
  readonly sendTo: string | null;
}

export interface RiskThresholds {
  readonly elevated: number;
  readonly high: number;
  readonly critical: number;
}

export interface GeneralRules {
  readonly paymentApplicationOrder: RuleRow<readonly PaymentComponent[]>;
  /**
   * §12-723: with an extension, no late-payment penalty when the tax unpaid at the original due date is at
   * most `maxUnpaidShare` of the tax and the rest is paid by the extended due date (interest still runs).
   */
  /** Penalties other than late payment (`PenaltyKind`), each with its source. */
  readonly penalties: {
    /** A late return with no tax due: a flat amount. */
    readonly lateFilingNoTaxDue: RuleRow<string>;
    /** A return the Commissioner makes for a non-filer: rate or minimum, whichever is greater. */
    readonly commissionerReturn: RuleRow<LatePaymentPenaltyValue>;
    readonly negligence: RuleRow<LatePaymentPenaltyValue>;
    readonly fraud: RuleRow<LatePaymentPenaltyValue>;
  };
  readonly extensionSafeHarbour: RuleRow<{ readonly maxUnpaidShare: string; readonly taxTypes: readonly TaxType[] }>;
  /** Across the periods of one notice: which period a payment is applied to first. */
  readonly paymentPeriodOrder: RuleRow<PeriodOrder>;
  readonly calendar: {
    readonly weekendHolidayRoll: RuleRow<boolean>;
    /**
     * §12-39a applied to a tax's own due date: paid by the next business day after a due date on a weekend
     * or legal holiday, the tax is timely (no penalty, no interest); paid later, interest counts from the
     * original due date.
     */
    readonly paymentDueDateRoll: RuleRow<boolean>;
    readonly ctLegalHolidays: RuleRow<HolidayObservanceValue>;
    readonly irsLegalHolidays: RuleRow<HolidayObservanceValue>;
    readonly additionalClosures: RuleRow<readonly AdditionalClosure[]>;
  };
  readonly appeals: {
    readonly appellateDecisionFinal: DeadlineRule;
    readonly superiorCourtAppeal: DeadlineRule;
  };
  readonly installmentPayment: DeadlineRule;
  readonly poa: {
    readonly expiry: DeadlineRule;
    readonly renewalLeadDays: RuleRow<number>;
  };
  readonly followUp: DeadlineRule;
  /**
   * Tax types whose assessment protest counts from service of the notice (§12-418), so from the received
   * date when one is recorded, instead of from mailing.
   */
  readonly protestFromService: RuleRow<readonly TaxType[]>;
  /** When the sweep raises alerts; the POA lead is `poa.renewalLeadDays`. */
  readonly alerts: {
    /** Days before a hard deadline at which it is announced; only the tightest reached is raised. */
    readonly hardDeadlineDays: RuleRow<readonly number[]>;
    readonly staleAfterDays: RuleRow<number>;
    readonly possibleScamUntouchedDays: RuleRow<number>;
  };
  readonly installmentPlan: {
    readonly termMonths: RuleRow<{ readonly min: number; readonly max: number }>;
    readonly allReturnsFiled: RuleRow<boolean>;
    readonly notInBankruptcy: RuleRow<boolean>;
    readonly notWithCollectionAgency: RuleRow<boolean>;
    readonly noWarrant: RuleRow<boolean>;
    readonly notUnderCriminalInvestigation: RuleRow<boolean>;
    /** Largest balance DRS plans accept; null for no limit. */
    readonly maxBalance: RuleRow<string | null>;
  };
  readonly penaltyWaiver: {
    readonly committeeThreshold: RuleRow<string>;
    readonly auditPenaltiesProtested: RuleRow<boolean>;
    readonly taxAndInterestFirst: RuleRow<boolean>;
    /** No waiver while returns are unfiled or tax and interest unpaid, unless on a compliant plan or with a timely protest. */
    readonly complianceFirst: RuleRow<boolean>;
  };
  readonly offerOfCompromise: {
    readonly doesNotStopEnforcement: RuleRow<boolean>;
  };
  readonly enforcement: {
    readonly warrantAfterDays: RuleRow<number>;
    /** Notice kinds served under a tax warrant: the notice itself says one is out. */
    readonly warrantServedBy: RuleRow<readonly NoticeKind[]>;
    readonly bankruptcyStay: RuleRow<boolean>;
  };
  readonly risk: {
    readonly levelThresholds: RuleRow<RiskThresholds>;
  };
  readonly resolution: Readonly<Record<ResolutionOption, RuleRow<ResolutionRouting>>>;
}

/** Every rule the engine uses. The defaults are `DEFAULT_RULES`; a firm's are `effectiveRules(overrides)`. */
export interface RuleTables {
  readonly version: string;
  readonly taxTypes: Readonly<Record<TaxType, TaxTypeRules>>;
  readonly noticeKinds: Readonly<Record<NoticeKind, NoticeKindRules>>;
  readonly general: GeneralRules;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A firm's changes: any subset of the tables; arrays are replaced whole, objects merged. */
export type RuleOverrides = DeepPartial<RuleTables>;

export type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly U[]
  : T extends object
    ? { [K in keyof Mutable<T>]?: DeepPartial<T[K]> }
    : T;

/** A rule an output relied on, so the user sees which rule produced a number or a date. */
export interface AppliedRule {
  readonly id: string;
  readonly summary: string;
  readonly citation: Citation;
}
