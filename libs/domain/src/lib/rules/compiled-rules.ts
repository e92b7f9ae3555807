import { holidayScope, rollForwardDayNumber, type HolidayScope } from '../holidays/business-days';
import { money, type Money } from '../money/money';
import type { MonthCountingMethod, MonthEndRule, PaymentComponent, PenaltyKind, TaxType } from '../vocabulary/vocabulary';
import { DEFAULT_RULES } from './default-rules';
import type { AppliedRule, RuleRow, RuleTables } from './rule-types';

/** A tax type's money rules with their decimal values parsed once, for the hot accrual path. */
export interface CompiledTaxRules {
  readonly penaltyRate: Money;
  readonly penaltyMinimum: Money | null;
  /** A flat penalty when no tax is due (a late return with none owed); null otherwise. */
  readonly noTaxDuePenalty: Money | null;
  readonly interestRate: Money;
  readonly monthCounting: MonthCountingMethod;
  readonly monthEnd: MonthEndRule;
  /** §12-723's share for this tax type, or null when its safe harbour does not apply to it. */
  readonly safeHarbourShare: Money | null;
  /** The §12-723 row, for quotes that relied on it. */
  readonly safeHarbourRule: AppliedRule;
  readonly applicationOrder: readonly PaymentComponent[];
  readonly appliedRules: readonly AppliedRule[];
  /** `appliedRules` plus the §12-39a row, for a liability whose due date fell on a closed day. */
  readonly appliedRulesWhenDueDateRolled: readonly AppliedRule[];
  /**
   * The last day a payment of the tax due on `dueDay` is timely: `dueDay`, or the next business day when it
   * is a Saturday, Sunday or legal holiday of the tax type's calendars and the firm applies §12-39a to it.
   */
  readonly timelyThroughDay: (dueDay: number) => number;
}

/** The roll of a due date depends only on the day and the calendars: remembered per day, per compiled table. */
function timelyThroughDays(scope: HolidayScope, rolls: boolean): (dueDay: number) => number {
  if (!rolls) return (dueDay) => dueDay;
  const known = new Map<number, number>();
  return (dueDay) => {
    let day = known.get(dueDay);
    if (day === undefined) {
      day = rollForwardDayNumber(dueDay, scope).dayNumber;
      known.set(dueDay, day);
    }
    return day;
  };
}

function percent(rate: string): string {
  return `${money(rate).times(100).toString()}%`;
}

export function appliedRule(row: RuleRow<unknown>, summary: string): AppliedRule {
  return Object.freeze({ id: row.id, summary, citation: row.citation });
}

/** The penalty row a liability of `kind` carries: the tax type's late-payment row, or one of general.penalties. */
function penaltyRow(rules: RuleTables, taxType: TaxType, kind: PenaltyKind): RuleRow<{ readonly rate: string; readonly minimum: string | null }> {
  const { penalties } = rules.general;
  if (kind === 'commissioner_return') return penalties.commissionerReturn;
  if (kind === 'negligence') return penalties.negligence;
  if (kind === 'fraud') return penalties.fraud;
  return rules.taxTypes[taxType].latePaymentPenalty;
}

const PENALTY_SUMMARIES: Record<PenaltyKind, string> = {
  late_payment: 'Late-payment penalty',
  late_filing: 'Late-payment penalty',
  commissioner_return: 'Penalty on a return the Commissioner made',
  negligence: 'Deficiency penalty (negligence)',
  fraud: 'Deficiency penalty (fraud)',
};

function compileTaxType(rules: RuleTables, taxType: TaxType, kind: PenaltyKind): CompiledTaxRules {
  const table = rules.taxTypes[taxType];
  const penaltyRule = penaltyRow(rules, taxType, kind);
  const penalty = penaltyRule.value;
  const noTaxDue = kind === 'late_filing' ? rules.general.penalties.lateFilingNoTaxDue : null;
  const order = rules.general.paymentApplicationOrder;
  const minimumText = penalty.minimum === null ? '' : ` or $${money(penalty.minimum).toFixed(2)}, whichever is greater`;
  const roll = rules.general.calendar.paymentDueDateRoll;
  const months = table.monthCounting.value;
  const appliedRules: readonly AppliedRule[] = Object.freeze([
    appliedRule(penaltyRule, `${PENALTY_SUMMARIES[kind]}: ${percent(penalty.rate)} of the tax unpaid at the due date${minimumText}`),
    ...(noTaxDue ? [appliedRule(noTaxDue, `Late return with no tax due: $${money(noTaxDue.value).toFixed(2)}`)] : []),
    appliedRule(table.interest, `Interest: ${percent(table.interest.value.ratePerMonth)} per month on unpaid tax, simple`),
    appliedRule(
      table.monthCounting,
      (months.method === 'part_month_counts_as_whole'
        ? 'Months counted from the day after the due date; any part of a month counts as a whole month'
        : 'Months counted from the day after the due date; only completed months count') +
        (months.dueOnLastDayOfMonth === 'last_day_of_each_month'
          ? '; due on a month\'s last day, each month ends on a month\'s last day'
          : '; due on a month\'s last day, each month ends on the same day number (clamped)'),
    ),
    appliedRule(order, `Payments applied to ${order.value.join(', then ')}`),
  ]);
  return Object.freeze({
    penaltyRate: money(penalty.rate),
    penaltyMinimum: penalty.minimum === null ? null : money(penalty.minimum),
    noTaxDuePenalty: noTaxDue ? money(noTaxDue.value) : null,
    interestRate: money(table.interest.value.ratePerMonth),
    monthCounting: table.monthCounting.value.method,
    monthEnd: months.dueOnLastDayOfMonth,
    safeHarbourShare: rules.general.extensionSafeHarbour.value.taxTypes.includes(taxType)
      ? money(rules.general.extensionSafeHarbour.value.maxUnpaidShare)
      : null,
    safeHarbourRule: appliedRule(
      rules.general.extensionSafeHarbour,
      `Extension: no penalty if the tax unpaid at the due date is at most ${percent(rules.general.extensionSafeHarbour.value.maxUnpaidShare)} of the tax and paid by the extended due date`,
    ),
    applicationOrder: order.value,
    appliedRules,
    appliedRulesWhenDueDateRolled: Object.freeze([
      appliedRule(
        roll,
        'Due on a Saturday, Sunday or legal holiday: paid by the next business day, the tax is timely; paid later, interest counts from the original due date',
      ),
      ...appliedRules,
    ]),
    timelyThroughDay: timelyThroughDays(holidayScope({ taxType, rules }), roll.value && rules.general.calendar.weekendHolidayRoll.value),
  });
}

const cache = new WeakMap<RuleTables, Map<string, CompiledTaxRules>>();

/**
 * The compiled money rules of a tax type, cached per rule table (tables are frozen, so the cache can never
 * go stale). Parsing decimals once per table instead of once per quote keeps accrual fast.
 */
export function compiledTaxRules(taxType: TaxType, rules: RuleTables = DEFAULT_RULES, kind: PenaltyKind = 'late_payment'): CompiledTaxRules {
  let byTaxType = cache.get(rules);
  if (!byTaxType) {
    byTaxType = new Map();
    cache.set(rules, byTaxType);
  }
  // The everyday case keys by tax type alone, so the hot path builds no string.
  const key = kind === 'late_payment' ? taxType : `${taxType}:${kind}`;
  let compiled = byTaxType.get(key);
  if (!compiled) {
    compiled = compileTaxType(rules, taxType, kind);
    byTaxType.set(key, compiled);
  }
  return compiled;
}
