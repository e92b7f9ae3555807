import { DeadlineView, NoticeFigures } from '@nutmeg/contracts';
import {
  assessEscalationRisk,
  escalationRiskStableUntil,
  diffInDays,
  EscalationRisk,
  Exposure,
  IsoDate,
  liabilityPeriodsOf,
  liabilityStableUntil,
  NoticeKind,
  NoticeLiability,
  NoticePeriod,
  PaymentInput,
  PenaltyKind,
  quoteLiability,
  NoticeAccrualQuote,
  ResponseStatus,
  RISK_MECHANISMS,
  RiskLevel,
  RiskMechanism,
  RuleTables,
  TaxType,
} from '@nutmeg/domain';
import { Client } from '../clients/client.entity';
import { DeadlineRecord } from '../deadlines/deadline.entity';

/** What the balance and risk of a case rest on; the same for a read, a write and the sweep. */
export interface CaseFacts {
  kind: NoticeKind;
  taxType: TaxType;
  /** The periods billed; itemized ones (each with its tax and due date) accrue separately. */
  taxPeriods: NoticePeriod[];
  penaltyKind: PenaltyKind;
  extendedDueDate: string | null;
  noticeDate: string;
  taxDueDate: string;
  statedTax: string;
  responseStatus: ResponseStatus;
  exposure: Exposure;
  payments: PaymentInput[];
  /** Penalty taken off by approved waivers. */
  penaltyWaived: string;
  nextHardDeadline: string | null;
}

// Risk is measured from the notice; a notice dated "tomorrow" is read as of its own date.
const assessedDay = (facts: CaseFacts, today: IsoDate): IsoDate =>
  today < facts.noticeDate ? facts.noticeDate : today;

/** What the case owes, as the rules engine accrues it: one liability, or one per itemized period. */
export const liabilityOf = (facts: CaseFacts, rules: RuleTables): NoticeLiability => ({
  taxType: facts.taxType,
  periods: liabilityPeriodsOf({
    taxPeriods: facts.taxPeriods,
    statedTax: facts.statedTax,
    taxDueDate: facts.taxDueDate,
    extendedDueDate: facts.extendedDueDate,
  }),
  payments: facts.payments,
  penaltyWaived: facts.penaltyWaived,
  penaltyKind: facts.penaltyKind,
  rules,
});

/** The rules engine's escalation-risk input for the case as of a day, with its balance then. */
const riskInput = (facts: CaseFacts, rules: RuleTables, asOf: IsoDate, balance: string) => ({
  noticeKind: facts.kind,
  noticeDate: facts.noticeDate,
  taxDueDate: facts.taxDueDate,
  asOf,
  nextHardDeadline: facts.nextHardDeadline,
  balance,
  responseStatus: facts.responseStatus,
  exposure: facts.exposure,
  rules,
});

/**
 * The last day the figures assessCase gives for `today` stay the same (balance, every risk score and level),
 * so a sweep need not compute the case again before the day after it.
 */
export function figuresStableUntil(facts: CaseFacts, rules: RuleTables, today: IsoDate, balance: string): IsoDate {
  const asOf = assessedDay(facts, today);
  const balanceUntil = liabilityStableUntil(liabilityOf(facts, rules), asOf);
  const riskUntil = escalationRiskStableUntil(riskInput(facts, rules, asOf, balance));
  return balanceUntil < riskUntil ? balanceUntil : riskUntil;
}

/** Balance (from the rules engine's accrual) and escalation risk of a case as of a day. */
export function assessCase(
  facts: CaseFacts,
  rules: RuleTables,
  today: IsoDate,
): { asOf: IsoDate; now: NoticeAccrualQuote; risk: EscalationRisk } {
  const asOf = assessedDay(facts, today);
  const now = quoteLiability(liabilityOf(facts, rules), asOf);
  return { asOf, now, risk: assessEscalationRisk(riskInput(facts, rules, asOf, now.total)) };
}

/** Level per mechanism, as stored on the notice for the dashboard heatmap (from the engine's risk or a view's). */
export function mechanismLevelsOf(risk: EscalationRisk | NoticeFigures['risk']): Record<RiskMechanism, RiskLevel> {
  const levels = {} as Record<RiskMechanism, RiskLevel>;
  if (Array.isArray(risk.mechanisms)) {
    for (const { mechanism, level } of risk.mechanisms) levels[mechanism as RiskMechanism] = level as RiskLevel;
  } else {
    for (const mechanism of RISK_MECHANISMS) levels[mechanism] = (risk as EscalationRisk).mechanisms[mechanism].level;
  }
  return levels;
}

export function exposureOf(client: Client): Exposure {
  return {
    hasW2Wages: client.hasW2Wages,
    employerName: client.employerName,
    knownBankAccounts: client.knownBankAccounts,
    ownsRealProperty: client.ownsRealProperty,
    expectsFederalRefund: client.expectsFederalRefund,
    holdsCtBusinessRegistration: client.holdsCtBusinessRegistration,
    inBankruptcy: client.inBankruptcy,
    underCriminalInvestigation: client.underCriminalInvestigation,
  };
}

/** A deadline as the figures and views read it, whether from an entity or a case read: the view less what `today` adds. */
export type DeadlineFacts = Omit<DeadlineView, 'rolledForward' | 'daysLeft'>;

export function deadlineFactsOf(record: DeadlineRecord): DeadlineFacts {
  const { id, kind, dueDate, computedDate, rollReason, hard, status, metAt, ruleId, rule, citation } = record;
  return {
    id,
    kind,
    dueDate,
    computedDate,
    rollReason,
    hard,
    status,
    metAt: metAt?.toISOString() ?? null,
    ruleId,
    rule,
    citation,
  };
}

function openDeadlines(deadlines: readonly DeadlineFacts[]): DeadlineFacts[] {
  return deadlines.filter((deadline) => deadline.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The notice's own inputs to its figures (statedTax as exact decimal text). */
export type CaseBasics = Pick<
  CaseFacts,
  | 'kind'
  | 'taxType'
  | 'taxPeriods'
  | 'penaltyKind'
  | 'extendedDueDate'
  | 'noticeDate'
  | 'taxDueDate'
  | 'statedTax'
  | 'responseStatus'
  | 'penaltyWaived'
>;

/** What the figures of a case rest on: the notice, its client's exposure, its open deadlines and payments. */
export function caseFactsOf(
  basics: CaseBasics,
  exposure: Exposure,
  deadlines: readonly DeadlineFacts[],
  payments: PaymentInput[],
): CaseFacts {
  const {
    kind,
    taxType,
    taxPeriods,
    penaltyKind,
    extendedDueDate,
    noticeDate,
    taxDueDate,
    statedTax,
    responseStatus,
    penaltyWaived,
  } = basics;
  return {
    penaltyWaived,
    kind,
    taxType,
    taxPeriods,
    penaltyKind,
    extendedDueDate,
    noticeDate,
    taxDueDate,
    statedTax,
    responseStatus,
    exposure,
    payments,
    nextHardDeadline: openDeadlines(deadlines).find((deadline) => deadline.hard)?.dueDate ?? null,
  };
}

/**
 * The live figures of a case as of `today`: balance now and at the next deadline (accrued by the rules
 * engine from the stated tax, the tax's due date and the payments recorded), the next open deadline and the
 * escalation risk.
 */
export function computeFigures(
  facts: CaseFacts,
  deadlines: readonly DeadlineFacts[],
  rules: RuleTables,
  today: IsoDate,
): NoticeFigures {
  const next = openDeadlines(deadlines)[0] ?? null;
  const { asOf, now, risk } = assessCase(facts, rules, today);
  const atNext =
    next && next.dueDate > asOf
      ? quoteLiability(liabilityOf(facts, rules), next.dueDate).total
      : next
        ? now.total
        : null;
  return {
    asOf,
    balanceNow: now.total,
    penaltyNow: now.penalty,
    penaltyWaived: now.penaltyWaived,
    interestNow: now.interest,
    unpaid: { ...now.unpaid },
    paid: now.paid,
    monthsLate: now.monthsLate,
    nextDeadline: next ? toDeadlineView(next, today) : null,
    balanceAtNextDeadline: atNext,
    risk: {
      score: risk.score,
      level: risk.level,
      topMechanism: risk.topMechanism,
      mechanisms: RISK_MECHANISMS.map((mechanism) => {
        const { score, level, reasons } = risk.mechanisms[mechanism];
        return { mechanism, score, level, reasons: [...reasons] };
      }),
    },
  };
}

export function toDeadlineView(deadline: DeadlineFacts, today: IsoDate): DeadlineView {
  return {
    id: deadline.id,
    kind: deadline.kind,
    dueDate: deadline.dueDate,
    computedDate: deadline.computedDate,
    rolledForward: deadline.computedDate !== deadline.dueDate,
    rollReason: deadline.rollReason,
    hard: deadline.hard,
    status: deadline.status,
    metAt: deadline.metAt,
    ruleId: deadline.ruleId,
    rule: deadline.rule,
    citation: { ...deadline.citation },
    daysLeft: diffInDays(today, deadline.dueDate),
  };
}
