import { dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { assumedTaxDueDate } from '../deadlines/return-due-date';
import { requireTaxType, rulesOrDefault } from '../deadlines/input-validation';
import { DomainValidationError } from '../errors/domain-validation-error';
import { ZERO, formatMoney, parseMoney, type Money } from '../money/money';
import { periodLabel } from '../poa/poa-periods';
import type { TaxPeriod } from '../poa/poa-types';
import type { RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';
import type { LiabilityPeriod } from './notice-accrual';

/**
 * A period a notice bills, with what the letter states for it. DRS prints a table of periods on a notice
 * that bills several; each period's tax then accrues from its own due date. The amounts are given for every
 * period or for none (a letter either itemizes or it does not).
 */
export interface NoticePeriod extends TaxPeriod {
  /** The period's tax as the letter states it ("1200.00"). */
  tax?: string;
  penalty?: string;
  interest?: string;
  /** The period's original due date: as the letter prints it, or assumed from the period (dueDateAssumed). */
  dueDate?: IsoDate;
  dueDateAssumed?: boolean;
}

export interface NoticePeriodsInput {
  readonly taxType: TaxType;
  readonly periods: readonly NoticePeriod[];
  readonly noticeDate: IsoDate;
  /** The notice's own due date when the letter prints one; with itemized periods it must be the earliest. */
  readonly taxDueDate?: IsoDate | null;
  readonly stated: { readonly tax: string; readonly penalty: string; readonly interest: string };
  /** The return's extended due date (§12-723), when the notice's one return was extended. */
  readonly extendedDueDate?: IsoDate | null;
  readonly rules?: RuleTables | null;
}

export interface ResolvedNoticePeriods {
  /** The periods as stored: itemized ones carry their due date (given or assumed). */
  readonly periods: NoticePeriod[];
  /** The date accrual and the warrant clock start from: the earliest period's when itemized. */
  readonly taxDueDate: IsoDate;
  readonly taxDueDateAssumed: boolean;
}

const given = (value: unknown): boolean => value !== undefined && value !== null;

// The period as TaxPeriod alone: what assumedTaxDueDate and the labels read.
const periodOnly = ({ year, quarter, month }: NoticePeriod): TaxPeriod => ({
  year,
  ...(given(quarter) ? { quarter } : {}),
  ...(given(month) ? { month } : {}),
});

/** The sum of one amount over the periods, or null when not every period gives it. */
function sumWhenAllGiven(periods: readonly NoticePeriod[], key: 'tax' | 'penalty' | 'interest'): Money | null {
  if (!periods.every((period) => given(period[key]))) return null;
  return periods.reduce((sum, period, index) => sum.plus(parseMoney(period[key], `taxPeriods.${index}.${key}`)), ZERO);
}

/**
 * Checks a notice's periods against its stated amounts and fills in what the notice's figures need: each
 * itemized period's due date (the one printed, or the period's statutory due date by the tax type's
 * return schedule, never after the notice date) and the notice's own due date. Throws naming the field:
 * amounts given for some periods only, per-period amounts that do not add up to the stated totals, a due
 * date that contradicts the periods'.
 */
export function resolveNoticePeriods(input: NoticePeriodsInput): ResolvedNoticePeriods {
  const resolved = resolvePeriods(input);
  if (given(input.extendedDueDate)) {
    dayNumberOf(input.extendedDueDate, 'extendedDueDate');
    if ((input.extendedDueDate as IsoDate) <= resolved.taxDueDate) {
      throw new DomainValidationError('extendedDueDate', `must be after the tax due date (${resolved.taxDueDate})`);
    }
  }
  return resolved;
}

function resolvePeriods(input: NoticePeriodsInput): ResolvedNoticePeriods {
  const taxType = requireTaxType(input.taxType);
  const rules = rulesOrDefault(input.rules);
  if (!Array.isArray(input.periods) || input.periods.length === 0) {
    throw new DomainValidationError('taxPeriods', 'must list at least one period');
  }
  const periods = input.periods;
  if (given(input.extendedDueDate) && periods.length > 1) {
    throw new DomainValidationError(
      'extendedDueDate',
      "is one return's extension: take in a notice per period when a period's return was extended",
    );
  }
  const itemized = periods.some((period) => given(period.tax));
  if (!itemized) {
    const stray = periods.findIndex(
      (period) => given(period.dueDate) || given(period.penalty) || given(period.interest),
    );
    if (stray >= 0) {
      throw new DomainValidationError(`taxPeriods.${stray}.tax`, "is needed with the period's own due date or amounts");
    }
    const taxDueDate =
      input.taxDueDate ??
      assumedTaxDueDate({ taxType, periods: periods.map(periodOnly), noticeDate: input.noticeDate, rules }).dueDate;
    return { periods: periods.map(periodOnly), taxDueDate, taxDueDateAssumed: !given(input.taxDueDate) };
  }
  const missing = periods.findIndex((period) => !given(period.tax));
  if (missing >= 0) {
    throw new DomainValidationError(`taxPeriods.${missing}.tax`, "must be given: give every period's tax, or none");
  }
  for (const key of ['tax', 'penalty', 'interest'] as const) {
    const sum = sumWhenAllGiven(periods, key);
    if (sum !== null && !sum.eq(parseMoney(input.stated[key], `stated.${key}`))) {
      throw new DomainValidationError(`stated.${key}`, `must equal the periods' ${key} added up (${formatMoney(sum)})`);
    }
  }
  const resolved = periods.map((period, index): NoticePeriod => {
    const dueDate = given(period.dueDate)
      ? (dayNumberOf(period.dueDate, `taxPeriods.${index}.dueDate`), period.dueDate as IsoDate)
      : assumedTaxDueDate({ taxType, periods: [periodOnly(period)], noticeDate: input.noticeDate, rules }).dueDate;
    return {
      ...periodOnly(period),
      tax: formatMoney(parseMoney(period.tax, `taxPeriods.${index}.tax`)),
      ...(given(period.penalty)
        ? { penalty: formatMoney(parseMoney(period.penalty, `taxPeriods.${index}.penalty`)) }
        : {}),
      ...(given(period.interest)
        ? { interest: formatMoney(parseMoney(period.interest, `taxPeriods.${index}.interest`)) }
        : {}),
      dueDate,
      dueDateAssumed: !given(period.dueDate),
    };
  });
  const earliest = resolved.map((period) => period.dueDate as IsoDate).sort()[0];
  if (given(input.taxDueDate) && input.taxDueDate !== earliest) {
    throw new DomainValidationError(
      'taxDueDate',
      `must be the earliest period's due date (${earliest}) when each period gives its own tax; leave it out or correct the periods`,
    );
  }
  return {
    periods: resolved,
    taxDueDate: earliest,
    taxDueDateAssumed: resolved.every((period) => period.dueDateAssumed),
  };
}

/** What a case's figures accrue on: its periods, or the notice as one liability when it is not itemized. */
export interface NoticeLiabilityFacts {
  readonly taxPeriods: readonly NoticePeriod[];
  readonly statedTax: string;
  readonly taxDueDate: IsoDate;
  /** The return's extended due date (§12-723), for a notice billing one liability. */
  readonly extendedDueDate?: IsoDate | null;
}

/**
 * The liabilities a case accrues: each itemized period from its own due date, or — when the letter gives
 * one total — the stated tax from the notice's due date (the earliest period's, so never understated).
 */
export function liabilityPeriodsOf(notice: NoticeLiabilityFacts): LiabilityPeriod[] {
  const periods = notice.taxPeriods;
  if (periods.length > 1 && periods.every((period) => given(period.tax) && given(period.dueDate))) {
    return periods.map((period) => ({
      label: periodLabel(periodOnly(period)),
      tax: period.tax as string,
      dueDate: period.dueDate as IsoDate,
    }));
  }
  const label = periods.map((period) => periodLabel(periodOnly(period))).join(', ') || 'notice';
  return [
    {
      label,
      tax: notice.statedTax,
      dueDate: notice.taxDueDate,
      ...(given(notice.extendedDueDate) ? { extendedDueDate: notice.extendedDueDate } : {}),
    },
  ];
}
