import { tryDayNumber } from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import {
  CITATION_SOURCES,
  DEADLINE_BASES,
  DEADLINE_KINDS,
  DEADLINE_ROLLS,
  MONTH_COUNTING_METHODS,
  MONTH_END_RULES,
  NOTICE_KINDS,
  PAYMENT_COMPONENTS,
  PERIOD_ORDERS,
  RESOLUTION_OPTIONS,
  TAX_TYPES,
  isOneOf,
} from '../vocabulary/vocabulary';
import type { DeadlineRule, RuleRow, RuleTables } from './rule-types';

const RATE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;
const MONEY = /^\d{1,15}(\.\d{1,2})?$/;

function fail(field: string, message: string): never {
  throw new DomainValidationError(field, message);
}

function requireBoolean(value: unknown, field: string): void {
  if (typeof value !== 'boolean') fail(field, 'must be true or false');
}

function requireInteger(value: unknown, field: string, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(field, `must be a whole number from ${min} to ${max}`);
  }
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '') fail(field, 'must be non-empty text');
}

function requireOptionalText(value: unknown, field: string): void {
  if (value !== null && (typeof value !== 'string' || value.trim() === '')) fail(field, 'must be non-empty text or null');
}

function requireMoney(value: unknown, field: string): void {
  if (typeof value !== 'string' || !MONEY.test(value)) fail(field, 'must be an amount with at most 2 decimals, e.g. "50.00"');
}

function requireRate(value: unknown, field: string): void {
  if (typeof value !== 'string' || !RATE.test(value)) fail(field, 'must be a decimal rate from "0" to "1", e.g. "0.15"');
}

function requireRow(row: RuleRow<unknown> | undefined, id: string, path: string): void {
  if (row === undefined || row === null || typeof row !== 'object') fail(path, 'must be a rule row');
  if (row.id !== id) fail(`${path}.id`, `must be ${id}`);
  const citation = row.citation as unknown;
  if (citation === null || typeof citation !== 'object') fail(`${path}.citation`, 'must be a citation');
  const { source, reference, url } = row.citation;
  if (!isOneOf(CITATION_SOURCES, source)) fail(`${path}.citation.source`, `must be one of ${CITATION_SOURCES.join(', ')}`);
  requireText(reference, `${path}.citation.reference`);
  if (url !== undefined) requireText(url, `${path}.citation.url`);
  if (row.note !== undefined) requireText(row.note, `${path}.note`);
  if (row.conflict !== undefined) requireText(row.conflict, `${path}.conflict`);
}

function requireDeadlineRule(row: DeadlineRule, id: string, path: string, kind?: string): void {
  requireRow(row, id, path);
  if (!isOneOf(DEADLINE_KINDS, row.kind) || (kind !== undefined && row.kind !== kind)) {
    fail(`${path}.kind`, kind ? `must be ${kind}` : `must be one of ${DEADLINE_KINDS.join(', ')}`);
  }
  requireText(row.label, `${path}.label`);
  const value = row.value as unknown;
  if (value === null || typeof value !== 'object') fail(`${path}.value`, 'must be an object');
  requireInteger(row.value.count, `${path}.value.count`, 0, 3650);
  if (row.value.unit !== 'days' && row.value.unit !== 'months') fail(`${path}.value.unit`, 'must be days or months');
  if (!isOneOf(DEADLINE_BASES, row.value.basis)) fail(`${path}.value.basis`, `must be one of ${DEADLINE_BASES.join(', ')}`);
  requireBoolean(row.value.hard, `${path}.value.hard`);
  if (!isOneOf(DEADLINE_ROLLS, row.value.roll)) fail(`${path}.value.roll`, `must be one of ${DEADLINE_ROLLS.join(', ')}`);
}

function validateTaxTypes(rules: RuleTables): void {
  for (const taxType of TAX_TYPES) {
    const path = `rules.taxTypes.${taxType}`;
    const table = rules.taxTypes[taxType];
    if (table === undefined) fail(path, 'is missing');
    requireText(table.label, `${path}.label`);
    const penalty = table.latePaymentPenalty;
    requireRow(penalty, `tax.${taxType}.late_payment_penalty`, `${path}.latePaymentPenalty`);
    requireRate(penalty.value.rate, `${path}.latePaymentPenalty.value.rate`);
    if (penalty.value.minimum !== null) requireMoney(penalty.value.minimum, `${path}.latePaymentPenalty.value.minimum`);
    requireRow(table.interest, `tax.${taxType}.interest`, `${path}.interest`);
    requireRate(table.interest.value.ratePerMonth, `${path}.interest.value.ratePerMonth`);
    requireRow(table.monthCounting, `tax.${taxType}.month_counting`, `${path}.monthCounting`);
    if (!isOneOf(MONTH_COUNTING_METHODS, table.monthCounting.value.method)) {
      fail(`${path}.monthCounting.value.method`, `must be one of ${MONTH_COUNTING_METHODS.join(', ')}`);
    }
    if (table.monthCounting.value.countFrom !== 'day_after_due_date') {
      fail(`${path}.monthCounting.value.countFrom`, 'must be day_after_due_date');
    }
    if (!isOneOf(MONTH_END_RULES, table.monthCounting.value.dueOnLastDayOfMonth)) {
      fail(`${path}.monthCounting.value.dueOnLastDayOfMonth`, `must be one of ${MONTH_END_RULES.join(', ')}`);
    }
    const due = table.returnDueDate;
    requireRow(due, `tax.${taxType}.return_due_date`, `${path}.returnDueDate`);
    for (const length of ['annual', 'quarterly', 'monthly'] as const) {
      const rule = due.value?.[length];
      const rulePath = `${path}.returnDueDate.value.${length}`;
      if (rule === null || typeof rule !== 'object') fail(rulePath, 'must be { monthsAfterPeriodEnd, day }');
      requireInteger(rule.monthsAfterPeriodEnd, `${rulePath}.monthsAfterPeriodEnd`, 0, 24);
      if (rule.day !== 'last') requireInteger(rule.day, `${rulePath}.day`, 1, 31);
    }
    for (const name of ['penaltyWaivable', 'interestWaivable', 'irsHolidaysCount'] as const) {
      const snake = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      requireRow(table[name], `tax.${taxType}.${snake}`, `${path}.${name}`);
      requireBoolean(table[name].value, `${path}.${name}.value`);
    }
  }
}

function validateNoticeKinds(rules: RuleTables): void {
  for (const noticeKind of NOTICE_KINDS) {
    const path = `rules.noticeKinds.${noticeKind}`;
    const table = rules.noticeKinds[noticeKind];
    if (table === undefined) fail(path, 'is missing');
    requireText(table.label, `${path}.label`);
    for (const [kind, row] of Object.entries(table.deadlines)) {
      if (!row) continue;
      const rowPath = `${path}.deadlines.${kind}`;
      requireDeadlineRule(row, `notice.${noticeKind}.${kind}`, rowPath, kind);
      // A notice's deadlines can only count from the notice itself: its date, or when it was received.
      if (row.value.basis !== 'notice_date' && row.value.basis !== 'received_date') {
        fail(`${rowPath}.value.basis`, 'must be notice_date or received_date');
      }
    }
  }
}

function validateGeneral(rules: RuleTables): void {
  const general = rules.general;
  const path = 'rules.general';

  const penalties = general.penalties;
  requireRow(penalties.lateFilingNoTaxDue, 'penalty.late_filing_no_tax_due', `${path}.penalties.lateFilingNoTaxDue`);
  requireMoney(penalties.lateFilingNoTaxDue.value, `${path}.penalties.lateFilingNoTaxDue.value`);
  for (const [name, id] of [
    ['commissionerReturn', 'penalty.commissioner_return'],
    ['negligence', 'penalty.deficiency_negligence'],
    ['fraud', 'penalty.deficiency_fraud'],
  ] as const) {
    requireRow(penalties[name], id, `${path}.penalties.${name}`);
    requireRate(penalties[name].value?.rate, `${path}.penalties.${name}.value.rate`);
    if (penalties[name].value.minimum !== null) requireMoney(penalties[name].value.minimum, `${path}.penalties.${name}.value.minimum`);
  }
  const harbour = general.extensionSafeHarbour;
  requireRow(harbour, 'penalty.extension_safe_harbour', `${path}.extensionSafeHarbour`);
  requireRate(harbour.value?.maxUnpaidShare, `${path}.extensionSafeHarbour.value.maxUnpaidShare`);
  if (!Array.isArray(harbour.value.taxTypes) || !harbour.value.taxTypes.every((taxType) => isOneOf(TAX_TYPES, taxType))) {
    fail(`${path}.extensionSafeHarbour.value.taxTypes`, `must be a list of tax types (${TAX_TYPES.join(', ')})`);
  }
  requireRow(general.paymentPeriodOrder, 'payment.period_order', `${path}.paymentPeriodOrder`);
  if (!isOneOf(PERIOD_ORDERS, general.paymentPeriodOrder.value)) {
    fail(`${path}.paymentPeriodOrder.value`, `must be one of ${PERIOD_ORDERS.join(', ')}`);
  }
  const order = general.paymentApplicationOrder;
  requireRow(order, 'payment.application_order', `${path}.paymentApplicationOrder`);
  const components = order.value as unknown;
  if (
    !Array.isArray(components) ||
    components.length !== PAYMENT_COMPONENTS.length ||
    !PAYMENT_COMPONENTS.every((component) => components.includes(component))
  ) {
    fail(`${path}.paymentApplicationOrder.value`, 'must list tax, penalty and interest, each once');
  }

  const calendar = general.calendar;
  requireRow(calendar.weekendHolidayRoll, 'calendar.weekend_holiday_roll', `${path}.calendar.weekendHolidayRoll`);
  requireBoolean(calendar.weekendHolidayRoll.value, `${path}.calendar.weekendHolidayRoll.value`);
  requireRow(calendar.paymentDueDateRoll, 'calendar.payment_due_date_roll', `${path}.calendar.paymentDueDateRoll`);
  requireBoolean(calendar.paymentDueDateRoll.value, `${path}.calendar.paymentDueDateRoll.value`);
  for (const [name, id] of [
    ['ctLegalHolidays', 'calendar.ct_legal_holidays'],
    ['irsLegalHolidays', 'calendar.irs_legal_holidays'],
  ] as const) {
    requireRow(calendar[name], id, `${path}.calendar.${name}`);
    requireBoolean(calendar[name].value.observeSaturdayHolidayOnFriday, `${path}.calendar.${name}.value.observeSaturdayHolidayOnFriday`);
    requireBoolean(calendar[name].value.observeSundayHolidayOnMonday, `${path}.calendar.${name}.value.observeSundayHolidayOnMonday`);
  }
  requireRow(calendar.additionalClosures, 'calendar.additional_closures', `${path}.calendar.additionalClosures`);
  const closures = calendar.additionalClosures.value as unknown;
  if (!Array.isArray(closures)) fail(`${path}.calendar.additionalClosures.value`, 'must be a list');
  closures.forEach((closure: { date?: unknown; name?: unknown } | null, index) => {
    const closurePath = `${path}.calendar.additionalClosures.value[${index}]`;
    if (closure === null || typeof closure !== 'object') fail(closurePath, 'must be { date, name }');
    if (tryDayNumber(closure.date) === undefined) fail(`${closurePath}.date`, 'must be a calendar date written YYYY-MM-DD');
    requireText(closure.name, `${closurePath}.name`);
  });

  requireDeadlineRule(general.appeals.appellateDecisionFinal, 'appeal.appellate_decision_final', `${path}.appeals.appellateDecisionFinal`, 'appellate_decision_final');
  requireDeadlineRule(general.appeals.superiorCourtAppeal, 'appeal.superior_court_appeal', `${path}.appeals.superiorCourtAppeal`, 'superior_court_appeal');
  requireDeadlineRule(general.installmentPayment, 'installment.payment_date', `${path}.installmentPayment`, 'installment_payment');
  requireDeadlineRule(general.poa.expiry, 'poa.expiry', `${path}.poa.expiry`, 'poa_expiry');
  requireRow(general.poa.renewalLeadDays, 'poa.renewal_lead_days', `${path}.poa.renewalLeadDays`);
  requireInteger(general.poa.renewalLeadDays.value, `${path}.poa.renewalLeadDays.value`, 0, 365);
  requireDeadlineRule(general.followUp, 'follow_up.default', `${path}.followUp`, 'follow_up');

  const fromService = general.protestFromService;
  requireRow(fromService, 'deadlines.protest_from_service', `${path}.protestFromService`);
  if (!Array.isArray(fromService.value) || !fromService.value.every((taxType) => isOneOf(TAX_TYPES, taxType))) {
    fail(`${path}.protestFromService.value`, `must be a list of tax types (${TAX_TYPES.join(', ')})`);
  }

  const alerts = general.alerts;
  requireRow(alerts.hardDeadlineDays, 'alerts.hard_deadline_days', `${path}.alerts.hardDeadlineDays`);
  const days = alerts.hardDeadlineDays.value as unknown;
  if (!Array.isArray(days) || days.length === 0 || days.length > 10) fail(`${path}.alerts.hardDeadlineDays.value`, 'must be a list of 1 to 10 day counts');
  days.forEach((count, index) => requireInteger(count, `${path}.alerts.hardDeadlineDays.value[${index}]`, 0, 365));
  requireRow(alerts.staleAfterDays, 'alerts.stale_after_days', `${path}.alerts.staleAfterDays`);
  requireInteger(alerts.staleAfterDays.value, `${path}.alerts.staleAfterDays.value`, 1, 365);
  requireRow(alerts.possibleScamUntouchedDays, 'alerts.possible_scam_untouched_days', `${path}.alerts.possibleScamUntouchedDays`);
  requireInteger(alerts.possibleScamUntouchedDays.value, `${path}.alerts.possibleScamUntouchedDays.value`, 1, 365);

  const plan = general.installmentPlan;
  requireRow(plan.termMonths, 'installment.term_months', `${path}.installmentPlan.termMonths`);
  requireInteger(plan.termMonths.value.min, `${path}.installmentPlan.termMonths.value.min`, 1, 120);
  requireInteger(plan.termMonths.value.max, `${path}.installmentPlan.termMonths.value.max`, plan.termMonths.value.min, 120);
  for (const [name, id] of [
    ['allReturnsFiled', 'installment.all_returns_filed'],
    ['notInBankruptcy', 'installment.not_in_bankruptcy'],
    ['notWithCollectionAgency', 'installment.not_with_collection_agency'],
    ['noWarrant', 'installment.no_warrant'],
    ['notUnderCriminalInvestigation', 'installment.not_under_criminal_investigation'],
  ] as const) {
    requireRow(plan[name], id, `${path}.installmentPlan.${name}`);
    requireBoolean(plan[name].value, `${path}.installmentPlan.${name}.value`);
  }
  requireRow(plan.maxBalance, 'installment.max_balance', `${path}.installmentPlan.maxBalance`);
  if (plan.maxBalance.value !== null) requireMoney(plan.maxBalance.value, `${path}.installmentPlan.maxBalance.value`);

  const waiver = general.penaltyWaiver;
  requireRow(waiver.committeeThreshold, 'penalty_waiver.committee_threshold', `${path}.penaltyWaiver.committeeThreshold`);
  requireMoney(waiver.committeeThreshold.value, `${path}.penaltyWaiver.committeeThreshold.value`);
  requireRow(waiver.auditPenaltiesProtested, 'penalty_waiver.audit_penalties_protested', `${path}.penaltyWaiver.auditPenaltiesProtested`);
  requireBoolean(waiver.auditPenaltiesProtested.value, `${path}.penaltyWaiver.auditPenaltiesProtested.value`);
  requireRow(waiver.taxAndInterestFirst, 'penalty_waiver.tax_and_interest_first', `${path}.penaltyWaiver.taxAndInterestFirst`);
  requireBoolean(waiver.taxAndInterestFirst.value, `${path}.penaltyWaiver.taxAndInterestFirst.value`);
  requireRow(waiver.complianceFirst, 'penalty_waiver.compliance_first', `${path}.penaltyWaiver.complianceFirst`);
  requireBoolean(waiver.complianceFirst.value, `${path}.penaltyWaiver.complianceFirst.value`);

  const offer = general.offerOfCompromise.doesNotStopEnforcement;
  requireRow(offer, 'offer_of_compromise.does_not_stop_enforcement', `${path}.offerOfCompromise.doesNotStopEnforcement`);
  requireBoolean(offer.value, `${path}.offerOfCompromise.doesNotStopEnforcement.value`);

  requireRow(general.enforcement.warrantAfterDays, 'enforcement.warrant_after_days', `${path}.enforcement.warrantAfterDays`);
  requireInteger(general.enforcement.warrantAfterDays.value, `${path}.enforcement.warrantAfterDays.value`, 0, 3650);
  const served = general.enforcement.warrantServedBy;
  requireRow(served, 'enforcement.warrant_served_by', `${path}.enforcement.warrantServedBy`);
  if (!Array.isArray(served.value) || !served.value.every((kind) => isOneOf(NOTICE_KINDS, kind))) {
    fail(`${path}.enforcement.warrantServedBy.value`, `must be a list of notice kinds (${NOTICE_KINDS.join(', ')})`);
  }
  requireRow(general.enforcement.bankruptcyStay, 'enforcement.bankruptcy_stay', `${path}.enforcement.bankruptcyStay`);
  requireBoolean(general.enforcement.bankruptcyStay.value, `${path}.enforcement.bankruptcyStay.value`);

  const thresholds = general.risk.levelThresholds;
  requireRow(thresholds, 'risk.level_thresholds', `${path}.risk.levelThresholds`);
  requireInteger(thresholds.value.elevated, `${path}.risk.levelThresholds.value.elevated`, 1, 98);
  requireInteger(thresholds.value.high, `${path}.risk.levelThresholds.value.high`, thresholds.value.elevated + 1, 99);
  requireInteger(thresholds.value.critical, `${path}.risk.levelThresholds.value.critical`, thresholds.value.high + 1, 100);

  for (const option of RESOLUTION_OPTIONS) {
    const row = general.resolution[option];
    requireRow(row, `resolution.${option}`, `${path}.resolution.${option}`);
    requireOptionalText(row.value.form, `${path}.resolution.${option}.value.form`);
    requireOptionalText(row.value.sendTo, `${path}.resolution.${option}.value.sendTo`);
  }
}

/** Checks every value of a complete rule table; throws a DomainValidationError naming the first bad one. */
export function validateRuleTables(rules: RuleTables): void {
  requireText(rules.version, 'rules.version');
  validateTaxTypes(rules);
  validateNoticeKinds(rules);
  validateGeneral(rules);
}
