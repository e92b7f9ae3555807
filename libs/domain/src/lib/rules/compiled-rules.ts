import { money, type Money } from '../money/money';
import type { MonthCountingMethod, PaymentComponent, TaxType } from '../vocabulary/vocabulary';
import { DEFAULT_RULES } from './default-rules';
import type { AppliedRule, RuleRow, RuleTables } from './rule-types';

/** A tax type's money rules with their decimal values parsed once, for the hot accrual path. */
export interface CompiledTaxRules {
  readonly penaltyRate: Money;
  readonly penaltyMinimum: Money | null;
  readonly interestRate: Money;
  readonly monthCounting: MonthCountingMethod;
  readonly applicationOrder: readonly PaymentComponent[];
  readonly appliedRules: readonly AppliedRule[];
}

function percent(rate: string): string {
  return `${money(rate).times(100).toString()}%`;
}

export function appliedRule(row: RuleRow<unknown>, summary: string): AppliedRule {
  return Object.freeze({ id: row.id, summary, citation: row.citation });
}

function compileTaxType(rules: RuleTables, taxType: TaxType): CompiledTaxRules {
  const table = rules.taxTypes[taxType];
  const penalty = table.latePaymentPenalty.value;
  const order = rules.general.paymentApplicationOrder;
  const minimumText = penalty.minimum === null ? '' : ` or $${money(penalty.minimum).toFixed(2)}, whichever is greater`;
  return Object.freeze({
    penaltyRate: money(penalty.rate),
    penaltyMinimum: penalty.minimum === null ? null : money(penalty.minimum),
    interestRate: money(table.interest.value.ratePerMonth),
    monthCounting: table.monthCounting.value.method,
    applicationOrder: order.value,
    appliedRules: Object.freeze([
      appliedRule(table.latePaymentPenalty, `Late-payment penalty: ${percent(penalty.rate)} of the tax unpaid at the due date${minimumText}`),
      appliedRule(table.interest, `Interest: ${percent(table.interest.value.ratePerMonth)} per month on unpaid tax, simple`),
      appliedRule(
        table.monthCounting,
        table.monthCounting.value.method === 'part_month_counts_as_whole'
          ? 'Months counted from the day after the due date; any part of a month counts as a whole month'
          : 'Months counted from the day after the due date; only completed months count',
      ),
      appliedRule(order, `Payments applied to ${order.value.join(', then ')}`),
    ]),
  });
}

const cache = new WeakMap<RuleTables, Map<TaxType, CompiledTaxRules>>();

/**
 * The compiled money rules of a tax type, cached per rule table (tables are frozen, so the cache can never
 * go stale). Parsing decimals once per table instead of once per quote keeps accrual fast.
 */
export function compiledTaxRules(taxType: TaxType, rules: RuleTables = DEFAULT_RULES): CompiledTaxRules {
  let byTaxType = cache.get(rules);
  if (!byTaxType) {
    byTaxType = new Map();
    cache.set(rules, byTaxType);
  }
  let compiled = byTaxType.get(taxType);
  if (!compiled) {
    compiled = compileTaxType(rules, taxType);
    byTaxType.set(taxType, compiled);
  }
  return compiled;
}
