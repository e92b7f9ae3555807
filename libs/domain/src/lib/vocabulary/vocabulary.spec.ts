import {
  CITATION_SOURCES,
  DEADLINE_BASES,
  DEADLINE_KINDS,
  DEADLINE_ROLLS,
  MONTH_COUNTING_METHODS,
  NOTICE_KINDS,
  PAYMENT_COMPONENTS,
  RESOLUTION_OPTIONS,
  RESPONSE_STATUSES,
  RISK_LEVELS,
  RISK_MECHANISMS,
  TAX_TYPES,
  isOneOf,
} from './vocabulary';

describe('vocabularies', () => {
  it.each([
    ['TAX_TYPES', TAX_TYPES, 7],
    ['NOTICE_KINDS', NOTICE_KINDS, 11],
    ['DEADLINE_KINDS', DEADLINE_KINDS, 9],
    ['DEADLINE_BASES', DEADLINE_BASES, 6],
    ['RISK_MECHANISMS', RISK_MECHANISMS, 6],
    ['RISK_LEVELS', RISK_LEVELS, 4],
    ['RESPONSE_STATUSES', RESPONSE_STATUSES, 6],
    ['RESOLUTION_OPTIONS', RESOLUTION_OPTIONS, 7],
    ['CITATION_SOURCES', CITATION_SOURCES, 6],
    ['PAYMENT_COMPONENTS', PAYMENT_COMPONENTS, 3],
    ['MONTH_COUNTING_METHODS', MONTH_COUNTING_METHODS, 2],
    ['DEADLINE_ROLLS', DEADLINE_ROLLS, 2],
  ])('%s has %i distinct snake_case values', (_name, values, count) => {
    expect(values).toHaveLength(count);
    expect(new Set(values).size).toBe(count);
    for (const value of values) expect(value).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
  });

  it('includes the values the api and the seed name', () => {
    expect(TAX_TYPES).toContain('individual_income');
    expect(NOTICE_KINDS).toContain('r859_referral');
    expect(DEADLINE_KINDS).toEqual(expect.arrayContaining(['private_collection_referral', 'written_protest', 'poa_expiry']));
    expect(RISK_LEVELS).toEqual(['low', 'elevated', 'high', 'critical']);
  });
});

describe('isOneOf', () => {
  it('accepts members and refuses anything else', () => {
    expect(isOneOf(TAX_TYPES, 'sales')).toBe(true);
    expect(isOneOf(TAX_TYPES, 'Sales')).toBe(false);
    expect(isOneOf(TAX_TYPES, undefined)).toBe(false);
    expect(isOneOf(TAX_TYPES, 3)).toBe(false);
  });
});
