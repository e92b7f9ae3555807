import { DEFAULT_RULES } from '../rules/default-rules';
import { optionalTaxType, requireNoticeKind, requireTaxType, rulesOrDefault } from './input-validation';

describe('vocabulary input checks', () => {
  it('accept members and name the field otherwise', () => {
    expect(requireTaxType('sales')).toBe('sales');
    expect(() => requireTaxType('vat')).toThrow(expect.objectContaining({ field: 'taxType', message: expect.stringMatching(/^must be one of individual_income/) }));
    expect(optionalTaxType(undefined)).toBeUndefined();
    expect(optionalTaxType(null)).toBeUndefined();
    expect(requireNoticeKind('lien_notice')).toBe('lien_notice');
    expect(() => requireNoticeKind('letter', 'kind')).toThrow(expect.objectContaining({ field: 'kind' }));
  });

  it('falls back to the default rules', () => {
    expect(rulesOrDefault(undefined)).toBe(DEFAULT_RULES);
    expect(rulesOrDefault(null)).toBe(DEFAULT_RULES);
  });
});
