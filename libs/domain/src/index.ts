/**
 * @nutmeg/domain — the Connecticut DRS rules as pure TypeScript: money, rule tables with citations,
 * penalty and interest accrual, deadlines, escalation risk, resolution options and installment schedules.
 * No framework and no clock: every calculation takes its `asOf` date from the caller.
 */

// Vocabularies (const arrays for `@IsIn`, and their union types)
export {
  CITATION_SOURCES,
  DEADLINE_BASES,
  DEADLINE_KINDS,
  DEADLINE_ROLLS,
  MONTH_COUNTING_METHODS,
  MONTH_END_RULES,
  NOTICE_KINDS,
  PAYMENT_COMPONENTS,
  PENALTY_KINDS,
  PERIOD_ORDERS,
  RESOLUTION_OPTIONS,
  RESPONSE_STATUSES,
  RISK_LEVELS,
  RISK_MECHANISMS,
  TAX_TYPES,
  isOneOf,
} from './lib/vocabulary/vocabulary';
export type {
  CitationSource,
  DeadlineBasis,
  DeadlineKind,
  DeadlineRoll,
  MonthCountingMethod,
  MonthEndRule,
  NoticeKind,
  PaymentComponent,
  PenaltyKind,
  PeriodOrder,
  ResolutionOption,
  ResponseStatus,
  RiskLevel,
  RiskMechanism,
  TaxType,
} from './lib/vocabulary/vocabulary';

// Errors
export { DomainValidationError } from './lib/errors/domain-validation-error';

// Calendar dates
export {
  addDays,
  addMonths,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  diffInDays,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
} from './lib/dates/calendar-date';
export type { DayOfWeek, IsoDate } from './lib/dates/calendar-date';

// Money
export { DomainDecimal, ZERO, formatMoney, maxMoney, minMoney, parseMoney, roundToCents, sumMoney } from './lib/money/money';
export type { Money, MoneyInput, ParseMoneyOptions } from './lib/money/money';

// Rule tables
export { DEFAULT_RULES } from './lib/rules/default-rules';
export { effectiveRules } from './lib/rules/effective-rules';
export { listRuleRows } from './lib/rules/rule-rows';
export type { RuleRowView } from './lib/rules/rule-rows';
export type {
  AdditionalClosure,
  AppliedRule,
  Citation,
  DeadlineRule,
  DeadlineRuleValue,
  GeneralRules,
  HolidayObservanceValue,
  InterestValue,
  LatePaymentPenaltyValue,
  MonthCountingValue,
  NoticeKindRules,
  ResolutionRouting,
  ReturnDueDateValue,
  ReturnDueRule,
  RiskThresholds,
  RuleOverrides,
  RuleRow,
  RuleTables,
  TaxTypeRules,
} from './lib/rules/rule-types';

// Holidays and business days
export { easterSunday, goodFriday } from './lib/holidays/easter';
export { connecticutLegalHolidays, irsLegalHolidays } from './lib/holidays/legal-holidays';
export type { HolidayCalendar, LegalHoliday } from './lib/holidays/legal-holidays';
export { isBusinessDay, legalHolidayOn, rollToBusinessDay } from './lib/holidays/business-days';
export type { BusinessDayOptions } from './lib/holidays/business-days';

// Deadlines
export type { Deadline } from './lib/deadlines/deadline';
export { deadlinesForNotice, impliedTaxType } from './lib/deadlines/notice-deadlines';
export type { NoticeDeadlinesInput } from './lib/deadlines/notice-deadlines';
export { deadlinesForAppellateDecision } from './lib/deadlines/appellate-deadlines';
export type { AppellateDecisionInput } from './lib/deadlines/appellate-deadlines';
export { installmentPaymentDeadlines } from './lib/deadlines/installment-deadlines';
export type { InstallmentDeadlinesInput } from './lib/deadlines/installment-deadlines';
export { poaExpiryDeadlines } from './lib/deadlines/poa-deadlines';
export type { PoaExpiryInput } from './lib/deadlines/poa-deadlines';
export { followUpDeadline } from './lib/deadlines/follow-up-deadline';
export { assumedTaxDueDate, returnDueDate } from './lib/deadlines/return-due-date';
export type { AssumedTaxDueDate, AssumedTaxDueDateInput } from './lib/deadlines/return-due-date';
export type { FollowUpInput } from './lib/deadlines/follow-up-deadline';

// Powers of attorney (LGL-001): periods, coverage, revocation
export { isYearRange, POA_COVERAGE_CODES, POA_STATUSES } from './lib/poa/poa-types';
export type {
  PoaCoverageAnswer,
  PoaCoverageCode,
  PoaCoverageSummary,
  PoaPeriod,
  PoaPersonRef,
  PoaStatus,
  PoaYearRange,
  TaxPeriod,
} from './lib/poa/poa-types';
export {
  byStart,
  matterLabel,
  monthSpanOf,
  overlappingPeriods,
  parsePeriod,
  parsePeriodLabel,
  parsePeriods,
  periodLabel,
  periodsCover,
  periodsCoverSpan,
  spansOverlap,
  taxTypeLabel,
} from './lib/poa/poa-periods';
export type { MonthSpan } from './lib/poa/poa-periods';
export { decidePoaCoverage, inForceOn } from './lib/poa/poa-coverage';
export type { CoverageAuthorization, CoverageQuestion } from './lib/poa/poa-coverage';
export { planRevocations, sharedMatters } from './lib/poa/poa-revocation';
export type { MatterOverlap, RevocableAuthorization, RevocationPlan } from './lib/poa/poa-revocation';

// Alerts
export { alertThresholds, hardDeadlineThreshold } from './lib/alerts/alert-thresholds';
export type { AlertThresholds } from './lib/alerts/alert-thresholds';

// Accrual and projection
export { accrue, quoteAccrual } from './lib/accrual/accrue';
export { accrualStableUntil } from './lib/accrual/accrual-horizon';
export { quoteNoticeAccrual } from './lib/accrual/notice-accrual';
export type { LiabilityPeriod, NoticeAccrualInput, NoticeAccrualQuote, PeriodQuote } from './lib/accrual/notice-accrual';
export {
  liabilityCostOfWaiting,
  liabilityStableUntil,
  projectLiabilityPayoffByDay,
  quoteLiability,
} from './lib/accrual/notice-liability';
export type { NoticeLiability } from './lib/accrual/notice-liability';
export { liabilityPeriodsOf, resolveNoticePeriods } from './lib/accrual/notice-periods';
export type {
  NoticeLiabilityFacts,
  NoticePeriod,
  NoticePeriodsInput,
  ResolvedNoticePeriods,
} from './lib/accrual/notice-periods';
export { costOfWaiting, projectPayoff, projectPayoffByDay } from './lib/accrual/payoff-projection';
export type { CostOfWaiting, PayoffProjection, PayoffRun, ProjectionInput } from './lib/accrual/payoff-projection';
export type {
  AccrualInput,
  AccrualMonth,
  AccrualQuote,
  AccrualResult,
  AppliedPayment,
  PaymentInput,
  UnpaidParts,
} from './lib/accrual/accrual-types';

// Installment schedules
export { installmentSchedule } from './lib/installments/installment-schedule';
export type {
  InstallmentPayment,
  InstallmentSchedule,
  InstallmentScheduleInput,
} from './lib/installments/installment-schedule';

// Escalation risk
export { assessEscalationRisk, escalationRiskStableUntil } from './lib/risk/escalation-risk';
export { riskLevelFor } from './lib/risk/risk-level';
export type { EscalationRisk, EscalationRiskInput, Exposure, MechanismRisk } from './lib/risk/risk-types';

// Resolution options
export { resolutionOptions } from './lib/resolution/resolution-options';
export type { ResolutionAssessment, ResolutionCaseInput } from './lib/resolution/resolution-types';
