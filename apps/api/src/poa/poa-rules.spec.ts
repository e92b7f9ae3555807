import { FieldValidationError } from '../common/field-validation.error';
import { checkPoaRecord, normalisePeriods, PoaRecordFacts } from './poa-rules';

const context = { clientKind: 'individual' as const, today: '2026-11-10' };

function record(overrides: Partial<PoaRecordFacts> = {}): PoaRecordFacts {
  return {
    taxTypes: ['individual_income'],
    includesSpouse: false,
    status: 'active',
    signedOn: '2026-01-05',
    filedOn: '2026-01-06',
    effectiveOn: '2026-01-10',
    expiresOn: '2028-01-09',
    ...overrides,
  };
}

function fieldsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof FieldValidationError) return Object.keys(error.fields);
    throw error;
  }
  return [];
}

describe('normalisePeriods', () => {
  it('keeps the one shape each period has', () => {
    expect(
      normalisePeriods([
        { year: 2024 },
        { year: 2024, quarter: 3 },
        { year: 2024, month: 7 },
        { fromYear: 2019, toYear: 2024 },
      ]),
    ).toEqual([{ year: 2024 }, { year: 2024, quarter: 3 }, { year: 2024, month: 7 }, { fromYear: 2019, toYear: 2024 }]);
  });

  it.each([
    [[{ year: 2024, fromYear: 2019, toYear: 2024 }], 'periods.0.fromYear'],
    [[{ year: 2024 }, { year: 2024, quarter: 1 as const, month: 2 }], 'periods.1.month'],
    [[{ fromYear: 2020, toYear: 2019 }], 'periods.0.toYear'],
    [[{ fromYear: 1990, toYear: 2100 }], 'periods.0.toYear'],
    [[{ fromYear: 2020, toYear: 2021, quarter: 2 as const }], 'periods.0.quarter'],
  ])('refuses %j naming %s', (periods, field) => {
    expect(fieldsOf(() => normalisePeriods(periods))).toEqual([field]);
  });
});

describe('checkPoaRecord', () => {
  it('accepts a consistent active authorization, and a bare draft', () => {
    expect(fieldsOf(() => checkPoaRecord(record(), context))).toEqual([]);
    expect(
      fieldsOf(() =>
        checkPoaRecord(
          record({ status: 'draft', signedOn: null, filedOn: null, effectiveOn: null, expiresOn: null }),
          context,
        ),
      ),
    ).toEqual([]);
  });

  it('allows the spouse line for personal income and individual use tax only, of an individual', () => {
    expect(
      fieldsOf(() =>
        checkPoaRecord(record({ includesSpouse: true, taxTypes: ['individual_income', 'individual_use'] }), context),
      ),
    ).toEqual([]);
    expect(
      fieldsOf(() =>
        checkPoaRecord(record({ includesSpouse: true, taxTypes: ['individual_income', 'sales'] }), context),
      ),
    ).toEqual(['includesSpouse']);
    expect(
      fieldsOf(() => checkPoaRecord(record({ includesSpouse: true }), { ...context, clientKind: 'business' })),
    ).toEqual(['includesSpouse']);
  });

  it.each([
    ['a filed one without a filing date', { status: 'filed' as const, filedOn: null }, 'filedOn'],
    ['an active one without a signature', { signedOn: null }, 'signedOn'],
    ['an active one without an effective date', { effectiveOn: null }, 'effectiveOn'],
    [
      'a signature in the future',
      { signedOn: '2026-11-11', filedOn: '2026-11-11', effectiveOn: '2026-11-11' },
      'signedOn',
    ],
    ['filed before it was signed', { filedOn: '2026-01-04' }, 'filedOn'],
    ['expiring before it takes effect', { expiresOn: '2026-01-09' }, 'expiresOn'],
    ['a date out of range', { expiresOn: '2150-01-01' }, 'expiresOn'],
  ])('refuses %s', (_label, overrides, field) => {
    expect(fieldsOf(() => checkPoaRecord(record(overrides), context))).toEqual([field]);
  });
});
