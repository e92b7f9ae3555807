import { effectiveRules } from './effective-rules';
import { appliedRule, compiledTaxRules } from './compiled-rules';
import { DEFAULT_RULES } from './default-rules';

describe('compiledTaxRules', () => {
  it('parses the money rules once per table and tax type', () => {
    const sales = compiledTaxRules('sales');
    expect(sales.penaltyRate.toString()).toBe('0.15');
    expect(sales.penaltyMinimum?.toFixed(2)).toBe('50.00');
    expect(sales.interestRate.toString()).toBe('0.01');
    expect(sales.applicationOrder).toEqual(['tax', 'interest', 'penalty']);
    expect(compiledTaxRules('sales')).toBe(sales);
    expect(compiledTaxRules('individual_income').penaltyMinimum).toBeNull();
  });

  it('summarises the rules it applies in plain English', () => {
    expect(compiledTaxRules('sales').appliedRules.map((rule) => rule.summary)).toEqual([
      'Late-payment penalty: 15% of the tax unpaid at the due date or $50.00, whichever is greater',
      'Interest: 1% per month on unpaid tax, simple',
      "Months counted from the day after the due date; any part of a month counts as a whole month; due on a month's last day, each month ends on the same day number (clamped)",
      'Payments applied to tax, then interest, then penalty',
    ]);
  });

  it('recompiles for a firm table', () => {
    const rules = effectiveRules({ taxTypes: { sales: { monthCounting: { value: { method: 'completed_months_only' } } } } });
    expect(compiledTaxRules('sales', rules).monthCounting).toBe('completed_months_only');
    expect(compiledTaxRules('sales', rules).appliedRules[2].summary).toMatch(/only completed months/);
  });
});

describe('appliedRule', () => {
  it('pairs a row id and citation with a summary', () => {
    const row = DEFAULT_RULES.general.enforcement.warrantAfterDays;
    expect(appliedRule(row, 'Warrant after 30 days')).toEqual({ id: row.id, summary: 'Warrant after 30 days', citation: row.citation });
  });
});
