import { dayNumberOf, isoDateFromDayNumber } from '../dates/calendar-date';
import { deadlinesForNotice } from '../deadlines/notice-deadlines';
import { requireNoticeKind, requireTaxType, rulesOrDefault } from '../deadlines/input-validation';
import { DomainValidationError } from '../errors/domain-validation-error';
import { ZERO, maxMoney, parseMoney, type Money } from '../money/money';
import type { RuleRow, RuleTables } from '../rules/rule-types';
import type { Exposure } from '../risk/risk-types';
import {
  DEADLINE_KINDS,
  RESPONSE_STATUSES,
  isOneOf,
  type DeadlineKind,
  type NoticeKind,
  type ResolutionOption,
  type ResponseStatus,
  type TaxType,
} from '../vocabulary/vocabulary';
import type { ResolutionAssessment, ResolutionCaseInput } from './resolution-types';

/** The validated facts every option's assessment reads. */
export interface ResolutionCase {
  readonly noticeKind: NoticeKind;
  readonly taxType: TaxType;
  readonly noticeDay: number;
  readonly asOfDay: number;
  readonly balance: Money;
  readonly penaltyAmount: Money;
  readonly unpaidTaxAndInterest: Money;
  readonly deadlines: readonly { readonly kind: DeadlineKind; readonly dueDay: number }[];
  readonly exposure: Exposure;
  readonly unfiledReturns: boolean;
  readonly withCollectionAgency: boolean;
  readonly hasWarrant: boolean;
  /** Why each of the two flags above is set when the case itself said so (not the caller). */
  readonly inferred: { readonly withCollectionAgency?: string; readonly hasWarrant?: string };
  readonly status: ResponseStatus;
  readonly rules: RuleTables;
}

function optionalFlag(value: unknown, field: string): boolean | undefined {
  return value === undefined || value === null ? undefined : requireFlag(value, field);
}

/** An R-859 past its referral date: the seed says the liability is then with the private collection agency. */
function referredToAgency(noticeKind: NoticeKind, noticeDay: number, asOfDay: number, rules: RuleTables): string | undefined {
  if (noticeKind !== 'r859_referral') return undefined;
  const referral = deadlinesForNotice({ kind: noticeKind, noticeDate: isoDateFromDayNumber(noticeDay), rules }).find(
    (deadline) => deadline.kind === 'private_collection_referral',
  );
  if (!referral || dayNumberOf(referral.dueDate, 'referral') >= asOfDay) return undefined;
  return `the R-859 referral date ${referral.dueDate} has passed, so the account is with a private collection agency`;
}

function requireFlag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new DomainValidationError(field, 'must be true or false');
  return value;
}

export function parseResolutionCase(input: ResolutionCaseInput): ResolutionCase {
  const rules = rulesOrDefault(input.rules);
  const noticeKind = requireNoticeKind(input.noticeKind);
  const taxType = requireTaxType(input.taxType);
  const noticeDay = dayNumberOf(input.noticeDate, 'noticeDate');
  const asOfDay = dayNumberOf(input.asOf, 'asOf');
  if (asOfDay < noticeDay) throw new DomainValidationError('asOf', 'must not be before noticeDate');
  if (!isOneOf(RESPONSE_STATUSES, input.responseStatus)) {
    throw new DomainValidationError('responseStatus', `must be one of ${RESPONSE_STATUSES.join(', ')}`);
  }
  const exposure = input.exposure as Exposure | null | undefined;
  if (exposure === null || typeof exposure !== 'object') throw new DomainValidationError('exposure', 'must be an object');
  requireFlag(exposure.inBankruptcy, 'exposure.inBankruptcy');
  requireFlag(exposure.underCriminalInvestigation, 'exposure.underCriminalInvestigation');

  let deadlines: ResolutionCase['deadlines'];
  if (input.deadlines === undefined || input.deadlines === null) {
    deadlines = deadlinesForNotice({ kind: noticeKind, noticeDate: isoDateFromDayNumber(noticeDay), taxType, rules }).map(
      (deadline) => ({ kind: deadline.kind, dueDay: dayNumberOf(deadline.dueDate, 'deadlines') }),
    );
  } else {
    if (!Array.isArray(input.deadlines)) throw new DomainValidationError('deadlines', 'must be a list of { kind, dueDate }');
    deadlines = input.deadlines.map((deadline, index) => {
      if (!isOneOf(DEADLINE_KINDS, deadline?.kind)) {
        throw new DomainValidationError(`deadlines[${index}].kind`, `must be one of ${DEADLINE_KINDS.join(', ')}`);
      }
      return { kind: deadline.kind, dueDay: dayNumberOf(deadline.dueDate, `deadlines[${index}].dueDate`) };
    });
  }

  const balance = parseMoney(input.balance, 'balance');
  const penaltyAmount = parseMoney(input.penaltyAmount, 'penaltyAmount');
  const unpaidTaxAndInterest =
    input.unpaidTaxAndInterest === undefined || input.unpaidTaxAndInterest === null
      ? maxMoney(balance.minus(penaltyAmount), ZERO)
      : parseMoney(input.unpaidTaxAndInterest, 'unpaidTaxAndInterest');
  // The caller's flags override; left out, the case's own facts decide.
  const agencyFlag = optionalFlag(input.withCollectionAgency, 'withCollectionAgency');
  const warrantFlag = optionalFlag(input.hasWarrant, 'hasWarrant');
  const agencyReason = agencyFlag === undefined ? referredToAgency(noticeKind, noticeDay, asOfDay, rules) : undefined;
  const warrantReason =
    warrantFlag === undefined && rules.general.enforcement.warrantServedBy.value.includes(noticeKind)
      ? 'a levy or wage-execution notice is served under a tax warrant (Conn. Gen. Stat. §12-35)'
      : undefined;
  return {
    noticeKind,
    taxType,
    noticeDay,
    asOfDay,
    balance,
    penaltyAmount,
    unpaidTaxAndInterest,
    deadlines,
    exposure,
    unfiledReturns: requireFlag(input.unfiledReturns, 'unfiledReturns'),
    withCollectionAgency: agencyFlag ?? agencyReason !== undefined,
    hasWarrant: warrantFlag ?? warrantReason !== undefined,
    inferred: {
      ...(agencyReason ? { withCollectionAgency: agencyReason } : {}),
      ...(warrantReason ? { hasWarrant: warrantReason } : {}),
    },
    status: input.responseStatus,
    rules,
  };
}

export function plainDays(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/** Nothing left to resolve: paid, or no balance. */
export function nothingOwed(facts: ResolutionCase): string | undefined {
  if (facts.status === 'paid') return 'the notice is marked paid';
  if (!facts.balance.gt(0)) return 'no balance is due';
  return undefined;
}

/** The earliest written-protest deadline of the case, if one exists. */
export function protestWindow(facts: ResolutionCase): { readonly dueDay: number; readonly daysLeft: number } | undefined {
  const protest = facts.deadlines
    .filter((deadline) => deadline.kind === 'written_protest')
    .sort((a, b) => a.dueDay - b.dueDay)[0];
  return protest ? { dueDay: protest.dueDay, daysLeft: protest.dueDay - facts.asOfDay } : undefined;
}

export function describeProtestWindow(window: { readonly dueDay: number; readonly daysLeft: number }): string {
  const date = isoDateFromDayNumber(window.dueDay);
  return window.daysLeft >= 0
    ? `protest window open until ${date} (${plainDays(window.daysLeft)} left)`
    : `protest window closed ${plainDays(-window.daysLeft)} ago (${date})`;
}

/** Assembles an assessment with the option's routing (form, where to send) from its rule row. */
export function assessment(
  option: ResolutionOption,
  row: RuleRow<{ readonly form: string | null; readonly sendTo: string | null }>,
  parts: {
    readonly open: boolean;
    readonly reasons: readonly string[];
    readonly needs: readonly string[];
    readonly warnings: readonly string[];
    readonly ruleIds?: readonly string[];
  },
): ResolutionAssessment {
  return {
    option,
    open: parts.open,
    reasons: parts.reasons,
    needs: parts.needs,
    ...(row.value.form ? { form: row.value.form } : {}),
    ...(row.value.sendTo ? { sendTo: row.value.sendTo } : {}),
    warnings: parts.warnings,
    citation: row.citation,
    ruleIds: [row.id, ...(parts.ruleIds ?? [])],
  };
}
