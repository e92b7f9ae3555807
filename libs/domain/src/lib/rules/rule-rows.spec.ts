import { DEFAULT_RULES } from './default-rules';
import { effectiveRules } from './effective-rules';
import { listRuleRows } from './rule-rows';

describe('listRuleRows', () => {
  it('flattens every row with its path, value and citation', () => {
    const rows = listRuleRows();
    const sales = rows.find((row) => row.id === 'tax.sales.late_payment_penalty');
    expect(sales).toEqual({
      id: 'tax.sales.late_payment_penalty',
      path: 'taxTypes.sales.latePaymentPenalty',
      value: { rate: '0.15', minimum: '50.00' },
      citation: DEFAULT_RULES.taxTypes.sales.latePaymentPenalty.citation,
      note: expect.any(String),
      overridden: false,
    });
    const r859 = rows.find((row) => row.id === 'notice.r859_referral.private_collection_referral');
    expect(r859?.label).toMatch(/private collection agency/);
    expect(r859?.conflict).toMatch(/no public DRS source/);
    expect(rows.length).toBeGreaterThan(60);
  });

  it('shows which rows a firm overrode, and caches per table', () => {
    const rules = effectiveRules({ taxTypes: { sales: { latePaymentPenalty: { value: { rate: '0.20' } } } } });
    const rows = listRuleRows(rules);
    expect(rows.filter((row) => row.overridden).map((row) => row.id)).toEqual(['tax.sales.late_payment_penalty']);
    expect(listRuleRows(rules)).toBe(rows);
    expect(Object.isFrozen(rows)).toBe(true);
  });
});
