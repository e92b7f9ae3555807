import { CITATION_SOURCES, NOTICE_KINDS, TAX_TYPES } from '../vocabulary/vocabulary';
import { DEFAULT_RULES } from './default-rules';
import { listRuleRows } from './rule-rows';
import { validateRuleTables } from './validate-rule-tables';

describe('DEFAULT_RULES', () => {
  it('is a valid, frozen table', () => {
    expect(() => validateRuleTables(DEFAULT_RULES)).not.toThrow();
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RULES.taxTypes.sales.latePaymentPenalty.value)).toBe(true);
  });

  it('gives every row a unique id and a citation', () => {
    const rows = listRuleRows(DEFAULT_RULES);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(CITATION_SOURCES).toContain(row.citation.source);
      expect(row.citation.reference.length).toBeGreaterThan(5);
      if (row.citation.url) expect(row.citation.url).toMatch(/^https:\/\//);
    }
  });

  it('has a table for every tax type and notice kind', () => {
    expect(Object.keys(DEFAULT_RULES.taxTypes).sort()).toEqual([...TAX_TYPES].sort());
    expect(Object.keys(DEFAULT_RULES.noticeKinds).sort()).toEqual([...NOTICE_KINDS].sort());
  });

  it('holds the penalty rates and minimums of the statutes', () => {
    const penalty = (taxType: (typeof TAX_TYPES)[number]) => DEFAULT_RULES.taxTypes[taxType].latePaymentPenalty.value;
    expect(penalty('individual_income')).toEqual({ rate: '0.10', minimum: null });
    expect(penalty('individual_use')).toEqual({ rate: '0.10', minimum: null });
    expect(penalty('business_withholding')).toEqual({ rate: '0.10', minimum: null });
    expect(penalty('sales')).toEqual({ rate: '0.15', minimum: '50.00' });
    expect(penalty('business_use')).toEqual({ rate: '0.15', minimum: '50.00' });
    expect(penalty('corporation')).toEqual({ rate: '0.10', minimum: '50.00' });
    expect(penalty('other')).toEqual({ rate: '0.10', minimum: '50.00' });
    for (const taxType of TAX_TYPES) {
      expect(DEFAULT_RULES.taxTypes[taxType].interest.value.ratePerMonth).toBe('0.01');
      expect(DEFAULT_RULES.taxTypes[taxType].interestWaivable.value).toBe(false);
      expect(DEFAULT_RULES.taxTypes[taxType].monthCounting.value.method).toBe('part_month_counts_as_whole');
    }
  });

  it('counts IRS holidays only for income tax and individual use tax (§12-39a(b))', () => {
    const withIrs = TAX_TYPES.filter((taxType) => DEFAULT_RULES.taxTypes[taxType].irsHolidaysCount.value);
    expect(withIrs).toEqual(['individual_income', 'individual_use']);
  });

  it('records the known conflicts', () => {
    const conflicts = listRuleRows().filter((row) => row.conflict).map((row) => row.id);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        'payment.application_order',
        'appeal.superior_court_appeal',
        'penalty_waiver.committee_threshold',
        'notice.r859_referral.private_collection_referral',
        'notice.proposed_assessment.written_protest',
      ]),
    );
  });
});
