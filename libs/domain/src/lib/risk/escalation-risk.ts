import { dayNumberOf, isoDateFromDayNumber, type IsoDate } from '../dates/calendar-date';
import { deadlinesForNotice } from '../deadlines/notice-deadlines';
import { requireNoticeKind, rulesOrDefault } from '../deadlines/input-validation';
import { DomainValidationError } from '../errors/domain-validation-error';
import { formatDollars, parseMoney, type Money } from '../money/money';
import { appliedRule } from '../rules/compiled-rules';
import type { RuleTables } from '../rules/rule-types';
import {
  RESPONSE_STATUSES,
  RISK_MECHANISMS,
  isOneOf,
  type NoticeKind,
  type ResponseStatus,
  type RiskMechanism,
} from '../vocabulary/vocabulary';
import { exposureTerm } from './exposure-terms';
import { riskLevelFor } from './risk-level';
import {
  AGE_STEPS,
  AMOUNT_POINTS_PER_TIER,
  AMOUNT_TIERS,
  BANKRUPTCY_PERCENT,
  DEADLINE_POINTS,
  NOTICE_BASE_POINTS,
  NOTICE_REASONS,
  NOT_FINAL_CAP,
  REFERRAL_POINTS,
  STATUS_PERCENT,
  STATUS_REASONS,
  WARRANT_MECHANISMS,
  WARRANT_POINTS,
} from './risk-model';
import type { EscalationRisk, EscalationRiskInput, Exposure, MechanismRisk } from './risk-types';

interface Term {
  readonly points: number;
  readonly reason?: string;
}

const NONE: Term = { points: 0 };

const NOTHING_OWED = 'nothing is owed on this notice';

function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

function requireExposure(value: unknown): Exposure {
  if (value === null || typeof value !== 'object') throw new DomainValidationError('exposure', 'must be an object');
  const exposure = value as Record<string, unknown>;
  for (const flag of [
    'hasW2Wages',
    'ownsRealProperty',
    'expectsFederalRefund',
    'holdsCtBusinessRegistration',
    'inBankruptcy',
    'underCriminalInvestigation',
  ]) {
    if (typeof exposure[flag] !== 'boolean') throw new DomainValidationError(`exposure.${flag}`, 'must be true or false');
  }
  const accounts = exposure['knownBankAccounts'];
  if (typeof accounts !== 'number' || !Number.isInteger(accounts) || accounts < 0 || accounts > 1000) {
    throw new DomainValidationError('exposure.knownBankAccounts', 'must be a whole number from 0 to 1000');
  }
  const employer = exposure['employerName'];
  if (employer !== undefined && employer !== null && typeof employer !== 'string') {
    throw new DomainValidationError('exposure.employerName', 'must be text');
  }
  return value as Exposure;
}

function ageTerm(ageDays: number): Term {
  const step = AGE_STEPS.find((candidate) => ageDays >= candidate.days);
  return step ? { points: step.points, reason: `notice dated ${days(ageDays)} ago without resolution` } : NONE;
}

/** Days left at which the next hard deadline, and the R859's referral date, start to weigh more. */
const SOON_DAYS = 3;
const NEAR_DAYS = 10;

function deadlineTerm(daysLeft: number | undefined, date: string | undefined): Term {
  if (daysLeft === undefined) return NONE;
  if (daysLeft < 0) return { points: DEADLINE_POINTS.passed, reason: `hard deadline ${date} passed ${days(-daysLeft)} ago` };
  if (daysLeft <= SOON_DAYS) return { points: DEADLINE_POINTS.withinThreeDays, reason: `hard deadline ${date} in ${days(daysLeft)}` };
  if (daysLeft <= NEAR_DAYS) return { points: DEADLINE_POINTS.withinTenDays, reason: `hard deadline ${date} in ${days(daysLeft)}` };
  return NONE;
}

/** The R859's own referral clock, from the rule table (10 days by default, rolled per §12-39a). */
/** The day a notice's own deadline of `kind` falls on, from the rule table (rolled per §12-39a). */
function ownDeadline(noticeKind: NoticeKind, noticeDay: number, kind: string, rules: RuleTables): { dueDate: IsoDate } | undefined {
  return deadlinesForNotice({ kind: noticeKind, noticeDate: isoDateFromDayNumber(noticeDay), rules }).find((deadline) => deadline.kind === kind);
}

function referralTerm(noticeKind: NoticeKind, noticeDay: number, asOfDay: number, rules: RuleTables): Term {
  if (noticeKind !== 'r859_referral') return NONE;
  const referral = ownDeadline(noticeKind, noticeDay, 'private_collection_referral', rules);
  if (!referral) return NONE;
  const ageDays = asOfDay - noticeDay;
  const daysLeft = dayNumberOf(referral.dueDate, 'referral') - asOfDay;
  const dated = `R859 dated ${days(ageDays)} ago`;
  if (daysLeft < 0) {
    return {
      points: REFERRAL_POINTS.passed,
      reason: `${dated}; the referral date ${referral.dueDate} passed ${days(-daysLeft)} ago: expect a private collection agency and added collection costs`,
    };
  }
  if (daysLeft <= SOON_DAYS) return { points: REFERRAL_POINTS.withinThreeDays, reason: `${dated}, ${days(daysLeft)} left` };
  return { points: REFERRAL_POINTS.open, reason: `${dated}, ${days(daysLeft)} left` };
}

/**
 * A proposed assessment cannot be collected until it is final: until its protest window closes every tool
 * is capped low. The cap lifts (never falls) as time passes, so the model stays monotone in delay.
 */
function stageCap(noticeKind: NoticeKind, noticeDay: number, asOfDay: number, rules: RuleTables): { cap: number; reason?: string } {
  if (noticeKind !== 'proposed_assessment') return { cap: 100 };
  const protest = ownDeadline(noticeKind, noticeDay, 'written_protest', rules);
  if (!protest || dayNumberOf(protest.dueDate, 'protest') < asOfDay) return { cap: 100 };
  return {
    cap: NOT_FINAL_CAP,
    reason: `a proposed assessment is not final while it can be protested (until ${protest.dueDate}), so collection has not started`,
  };
}

function amountTier(balance: Money): number {
  return AMOUNT_TIERS.filter((tier) => balance.gte(tier)).length;
}

/** Why a warrant weighs on the case, or undefined when none is possible yet. */
function warrantReason(noticeKind: NoticeKind, taxDueDate: IsoDate, daysPastDue: number, rules: RuleTables): string | undefined {
  const enforcement = rules.general.enforcement;
  const warrantDays = enforcement.warrantAfterDays.value;
  if (enforcement.warrantServedBy.value.includes(noticeKind)) {
    return 'a levy or wage execution is served under a tax warrant, so one is already out (Conn. Gen. Stat. §12-35)';
  }
  if (daysPastDue < warrantDays) return undefined;
  return `tax due ${taxDueDate} unpaid for ${days(daysPastDue)}: DRS may issue a tax warrant once tax is ${warrantDays} days past due (Conn. Gen. Stat. §12-35(a)(3))`;
}

interface CaseFacts {
  readonly noticeKind: NoticeKind;
  readonly ageDays: number;
  readonly warrant: string | undefined;
  readonly deadline: Term;
  readonly referral: Term;
  readonly age: Term;
  readonly tier: number;
  readonly balance: Money;
  readonly status: ResponseStatus;
  readonly exposure: Exposure;
  readonly bankruptcyStay: boolean;
  readonly stage: { readonly cap: number; readonly reason?: string };
}

function scoreMechanism(mechanism: RiskMechanism, facts: CaseFacts, rules: RuleTables): MechanismRisk {
  if (facts.status === 'paid') {
    return { mechanism, score: 0, level: riskLevelFor(0, rules), reasons: [STATUS_REASONS.paid] };
  }
  // Nothing owed, nothing to enforce: a settled balance scores zero whatever the notice said.
  if (facts.balance.isZero()) {
    return { mechanism, score: 0, level: riskLevelFor(0, rules), reasons: [NOTHING_OWED] };
  }
  const reasons: string[] = [];
  const noticeReason = NOTICE_REASONS[facts.noticeKind]?.[mechanism];
  if (noticeReason) reasons.push(noticeReason);
  const terms: Term[] = [facts.age, facts.deadline];
  if (mechanism === 'private_collection') terms.unshift(facts.referral);
  if (facts.warrant && WARRANT_MECHANISMS.includes(mechanism)) terms.push({ points: WARRANT_POINTS, reason: facts.warrant });
  const amountPoints = facts.tier * AMOUNT_POINTS_PER_TIER[mechanism];
  if (amountPoints > 0) terms.push({ points: amountPoints, reason: `balance of ${formatDollars(facts.balance)}` });

  const exposure = exposureTerm(mechanism, facts.exposure);
  let raw = NOTICE_BASE_POINTS[facts.noticeKind][mechanism] + exposure.bonus;
  for (const term of terms) {
    raw += term.points;
    if (term.points > 0 && term.reason) reasons.push(term.reason);
  }
  reasons.push(...exposure.reasons);
  let capped = raw;
  if (capped > facts.stage.cap) {
    capped = facts.stage.cap;
    if (facts.stage.reason) reasons.unshift(facts.stage.reason);
  }
  if (capped > exposure.cap) {
    capped = exposure.cap;
    if (exposure.capReason) reasons.push(exposure.capReason);
  }
  let percent = STATUS_PERCENT[facts.status];
  if (facts.status !== 'none') reasons.push(STATUS_REASONS[facts.status]);
  if (facts.exposure.inBankruptcy && facts.bankruptcyStay) {
    percent = (percent * BANKRUPTCY_PERCENT) / 100;
    reasons.push('in bankruptcy: the automatic stay pauses enforcement (11 U.S.C. §362)');
  }
  const score = Math.max(0, Math.min(100, Math.round((capped * percent) / 100)));
  if (reasons.length === 0) reasons.push('nothing points to this tool yet');
  return { mechanism, score, level: riskLevelFor(score, rules), reasons };
}

/**
 * How likely each DRS enforcement tool is to reach the client soon, 0–100 with plain-English reasons.
 * Rests on exposure, the days the notice has been ignored, the days the tax has been past due (the warrant
 * clock), the notice kind, the amount and the response status; a bankruptcy stay damps everything and a paid
 * notice, or one with nothing owed, scores 0. Monotone: a later `asOf` (all
 * else equal) or more exposure never lowers a score.
 */
export function assessEscalationRisk(input: EscalationRiskInput): EscalationRisk {
  const rules = rulesOrDefault(input.rules);
  const noticeKind = requireNoticeKind(input.noticeKind);
  const noticeDay = dayNumberOf(input.noticeDate, 'noticeDate');
  const taxDueDay = dayNumberOf(input.taxDueDate, 'taxDueDate');
  const asOfDay = dayNumberOf(input.asOf, 'asOf');
  if (asOfDay < noticeDay) throw new DomainValidationError('asOf', 'must not be before noticeDate');
  const hardDay =
    input.nextHardDeadline === undefined || input.nextHardDeadline === null
      ? undefined
      : dayNumberOf(input.nextHardDeadline, 'nextHardDeadline');
  const balance = parseMoney(input.balance, 'balance');
  if (!isOneOf(RESPONSE_STATUSES, input.responseStatus)) {
    throw new DomainValidationError('responseStatus', `must be one of ${RESPONSE_STATUSES.join(', ')}`);
  }
  const exposure = requireExposure(input.exposure);
  const warrantDays = rules.general.enforcement.warrantAfterDays.value;
  const ageDays = asOfDay - noticeDay;

  const facts: CaseFacts = {
    noticeKind,
    ageDays,
    warrant: warrantReason(noticeKind, input.taxDueDate, asOfDay - taxDueDay, rules),
    deadline: deadlineTerm(hardDay === undefined ? undefined : hardDay - asOfDay, input.nextHardDeadline ?? undefined),
    referral: referralTerm(noticeKind, noticeDay, asOfDay, rules),
    age: ageTerm(ageDays),
    tier: amountTier(balance),
    balance,
    status: input.responseStatus,
    exposure,
    bankruptcyStay: rules.general.enforcement.bankruptcyStay.value,
    stage: stageCap(noticeKind, noticeDay, asOfDay, rules),
  };

  const mechanisms = {} as Record<RiskMechanism, MechanismRisk>;
  let top: MechanismRisk | undefined;
  for (const mechanism of RISK_MECHANISMS) {
    const risk = scoreMechanism(mechanism, facts, rules);
    mechanisms[mechanism] = risk;
    if (!top || risk.score > top.score) top = risk;
  }
  const best = top as MechanismRisk;
  const enforcement = rules.general.enforcement;
  return {
    score: best.score,
    level: riskLevelFor(best.score, rules),
    topMechanism: best.mechanism,
    mechanisms,
    rulesApplied: [
      appliedRule(enforcement.warrantAfterDays, `Tax warrant possible once tax is ${warrantDays} days past its due date`),
      appliedRule(enforcement.warrantServedBy, 'Levy and wage-execution notices are served under a tax warrant'),
      appliedRule(enforcement.bankruptcyStay, 'Bankruptcy\'s automatic stay pauses enforcement'),
      appliedRule(rules.general.risk.levelThresholds, 'Risk levels: low, elevated, high, critical by score'),
    ],
  };
}

/**
 * The last day on which every score (and so every level) stays what it is on `asOf`, the balance held
 * fixed: the day before the next day the model can move — an age step or the warrant threshold, the next
 * hard deadline coming within 10 or 3 days or passing, the R859's referral date coming within 3 days or
 * passing, a proposed assessment's protest window closing. Reasons that count days change daily and are
 * not part of this; a change of balance is the caller's to bound (see accrualStableUntil). At most
 * `maxDays` ahead.
 */
export function escalationRiskStableUntil(input: EscalationRiskInput, maxDays = 60): IsoDate {
  const rules = rulesOrDefault(input.rules);
  const noticeKind = requireNoticeKind(input.noticeKind);
  const noticeDay = dayNumberOf(input.noticeDate, 'noticeDate');
  const taxDueDay = dayNumberOf(input.taxDueDate, 'taxDueDate');
  const asOfDay = Math.max(dayNumberOf(input.asOf, 'asOf'), noticeDay);
  const changes: number[] = [asOfDay + maxDays + 1];
  for (const step of AGE_STEPS) changes.push(noticeDay + step.days);
  changes.push(taxDueDay + rules.general.enforcement.warrantAfterDays.value);
  if (input.nextHardDeadline) {
    const hardDay = dayNumberOf(input.nextHardDeadline, 'nextHardDeadline');
    changes.push(hardDay - NEAR_DAYS, hardDay - SOON_DAYS, hardDay + 1);
  }
  if (noticeKind === 'r859_referral') {
    const referral = ownDeadline(noticeKind, noticeDay, 'private_collection_referral', rules);
    if (referral) changes.push(dayNumberOf(referral.dueDate, 'referral') - SOON_DAYS, dayNumberOf(referral.dueDate, 'referral') + 1);
  }
  if (noticeKind === 'proposed_assessment') {
    const protest = ownDeadline(noticeKind, noticeDay, 'written_protest', rules);
    if (protest) changes.push(dayNumberOf(protest.dueDate, 'protest') + 1);
  }
  const next = Math.min(...changes.filter((day) => day > asOfDay));
  return isoDateFromDayNumber(next - 1);
}
