import { DomainValidationError } from '../errors/domain-validation-error';
import { DEFAULT_RULES } from './default-rules';
import { effectiveRules } from './effective-rules';
import type { RuleOverrides } from './rule-types';

function fieldOf(overrides: unknown): string | undefined {
  try {
    effectiveRules(overrides as RuleOverrides);
  } catch (error) {
    if (error instanceof DomainValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('effectiveRules', () => {
  it('returns the defaults when there is nothing to override', () => {
    expect(effectiveRules()).toBe(DEFAULT_RULES);
    expect(effectiveRules(null)).toBe(DEFAULT_RULES);
  });

  it('deep-merges a firm value, keeps the rest, and marks the row overridden', () => {
    const rules = effectiveRules({
      noticeKinds: { r859_referral: { deadlines: { private_collection_referral: { value: { count: 14 } } } } },
    });
    const row = rules.noticeKinds.r859_referral.deadlines.private_collection_referral;
    expect(row?.value).toEqual({ count: 14, unit: 'days', basis: 'notice_date', hard: true, roll: 'none' });
    expect(row?.overridden).toBe(true);
    expect(row?.citation).toEqual(DEFAULT_RULES.noticeKinds.r859_referral.deadlines.private_collection_referral?.citation);
    expect(rules.taxTypes.sales).toBe(DEFAULT_RULES.taxTypes.sales);
    expect(DEFAULT_RULES.noticeKinds.r859_referral.deadlines.private_collection_referral?.value.count).toBe(10);
    expect(Object.isFrozen(rules)).toBe(true);
  });

  it('replaces arrays whole', () => {
    const rules = effectiveRules({
      general: {
        paymentApplicationOrder: { value: ['penalty', 'interest', 'tax'] },
        calendar: { additionalClosures: { value: [{ date: '2026-12-24', name: 'Governor-declared closure' }] } },
      },
    });
    expect(rules.general.paymentApplicationOrder.value).toEqual(['penalty', 'interest', 'tax']);
    expect(rules.general.calendar.additionalClosures.value).toHaveLength(1);
  });

  it('lets a firm replace a citation and add a deadline a notice kind does not start', () => {
    const rules = effectiveRules({
      taxTypes: { other: { latePaymentPenalty: { value: { rate: '0.05', minimum: null }, citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-999' } } } },
      noticeKinds: {
        lien_notice: {
          deadlines: {
            respond_or_pay: {
              id: 'notice.lien_notice.respond_or_pay',
              kind: 'respond_or_pay',
              label: 'Call DRS about the lien',
              value: { count: 3, unit: 'days', basis: 'notice_date', hard: false, roll: 'next_business_day' },
              citation: { source: 'firm', reference: 'Firm practice' },
            },
          },
        },
      },
    });
    expect(rules.taxTypes.other.latePaymentPenalty.citation.reference).toBe('Conn. Gen. Stat. §12-999');
    expect(rules.noticeKinds.lien_notice.deadlines.respond_or_pay?.overridden).toBe(true);
  });

  it.each([
    [{ taxTypes: { sales: { latePaymentPenalty: { value: { rate: '1.5' } } } } }, 'rules.taxTypes.sales.latePaymentPenalty.value.rate'],
    [{ taxTypes: { sales: { latePaymentPenalty: { value: { rate: 0.15 } } } } }, 'rules.taxTypes.sales.latePaymentPenalty.value.rate'],
    [{ taxTypes: { sales: { latePaymentPenalty: { value: { minimum: '50.001' } } } } }, 'rules.taxTypes.sales.latePaymentPenalty.value.minimum'],
    [{ taxTypes: { sales: { surcharge: { value: 1 } } } }, 'rules.taxTypes.sales.surcharge'],
    [{ taxTypes: { vat: {} } }, 'rules.taxTypes.vat'],
    [{ taxTypes: { sales: { interest: { id: 'x' } } } }, 'rules.taxTypes.sales.interest.id'],
    [{ taxTypes: { sales: { interest: { overridden: false } } } }, 'rules.taxTypes.sales.interest.overridden'],
    [{ taxTypes: { sales: { monthCounting: { value: { method: 'days' } } } } }, 'rules.taxTypes.sales.monthCounting.value.method'],
    [{ taxTypes: { sales: { irsHolidaysCount: { value: 'yes' } } } }, 'rules.taxTypes.sales.irsHolidaysCount.value'],
    [{ taxTypes: { sales: { interest: { citation: { source: 'blog' } } } } }, 'rules.taxTypes.sales.interest.citation.source'],
    [{ noticeKinds: { r859_referral: { deadlines: { private_collection_referral: { value: { count: -1 } } } } } }, 'rules.noticeKinds.r859_referral.deadlines.private_collection_referral.value.count'],
    [{ noticeKinds: { r859_referral: { deadlines: { private_collection_referral: { value: { unit: 'weeks' } } } } } }, 'rules.noticeKinds.r859_referral.deadlines.private_collection_referral.value.unit'],
    [{ noticeKinds: { r859_referral: { deadlines: { bogus: {} } } } }, 'rules.noticeKinds.r859_referral.deadlines.bogus'],
    [{ noticeKinds: { r859_referral: { deadlines: { private_collection_referral: { value: { basis: 'decision_date' } } } } } }, 'rules.noticeKinds.r859_referral.deadlines.private_collection_referral.value.basis'],
    [{ general: { paymentApplicationOrder: { value: ['tax', 'tax', 'penalty'] } } }, 'rules.general.paymentApplicationOrder.value'],
    [{ general: { paymentApplicationOrder: { value: 'tax' } } }, 'rules.general.paymentApplicationOrder.value'],
    [{ general: { calendar: { additionalClosures: { value: [{ date: '2026-02-30', name: 'x' }] } } } }, 'rules.general.calendar.additionalClosures.value[0].date'],
    [{ general: { installmentPlan: { termMonths: { value: { min: 6, max: 3 } } } } }, 'rules.general.installmentPlan.termMonths.value.max'],
    [{ general: { installmentPlan: { maxBalance: { value: 'lots' } } } }, 'rules.general.installmentPlan.maxBalance.value'],
    [{ general: { risk: { levelThresholds: { value: { high: 10 } } } } }, 'rules.general.risk.levelThresholds.value.high'],
    [{ general: { resolution: { penalty_waiver: { value: { form: '' } } } } }, 'rules.general.resolution.penalty_waiver.value.form'],
    [{ general: { enforcement: { warrantAfterDays: { value: 1.5 } } } }, 'rules.general.enforcement.warrantAfterDays.value'],
    [{ general: 'x' }, 'rules.general'],
  ])('refuses %j naming %s', (overrides, field) => {
    expect(fieldOf(overrides)).toBe(field);
  });

  it('allows turning a secondary-source criterion off', () => {
    const rules = effectiveRules({ general: { installmentPlan: { maxBalance: { value: null } } } });
    expect(rules.general.installmentPlan.maxBalance.value).toBeNull();
    expect(rules.general.installmentPlan.maxBalance.overridden).toBe(true);
  });
});
