import { liabilityPeriodsOf, resolveNoticePeriods } from './notice-periods';

// A DRS letter either prints one total for the periods it bills or a table with each period's tax, penalty,
// interest and due date. Both shapes must give figures a practitioner can sign.
describe('resolveNoticePeriods', () => {
  const base = {
    taxType: 'sales',
    noticeDate: '2026-03-02',
    stated: { tax: '3000.00', penalty: '450.00', interest: '120.00' },
  } as const;
  const itemized = [
    { year: 2025, quarter: 1, tax: '1000.00', penalty: '150.00', interest: '60.00' },
    { year: 2025, quarter: 2, tax: '1000.00', penalty: '150.00', interest: '40.00', dueDate: '2025-07-31' },
    { year: 2025, quarter: 3, tax: '1000.00', penalty: '150.00', interest: '20.00' },
  ];

  it('keeps a non-itemized notice as one liability from the earliest statutory due date', () => {
    const resolved = resolveNoticePeriods({
      ...base,
      periods: [
        { year: 2025, quarter: 1 },
        { year: 2025, quarter: 2 },
      ],
    });
    // §12-414: quarterly sales tax is due the last day of the month after the quarter.
    expect(resolved).toEqual({
      periods: [
        { year: 2025, quarter: 1 },
        { year: 2025, quarter: 2 },
      ],
      taxDueDate: '2025-04-30',
      taxDueDateAssumed: true,
    });
    expect(
      resolveNoticePeriods({ ...base, periods: [{ year: 2025, quarter: 1 }], taxDueDate: '2025-05-01' }),
    ).toMatchObject({
      taxDueDate: '2025-05-01',
      taxDueDateAssumed: false,
    });
  });

  it("fills each itemized period's due date, printed or assumed, and takes the earliest as the notice's", () => {
    const resolved = resolveNoticePeriods({ ...base, periods: itemized });
    expect(resolved.taxDueDate).toBe('2025-04-30');
    expect(resolved.taxDueDateAssumed).toBe(false);
    expect(resolved.periods.map((period) => [period.quarter, period.dueDate, period.dueDateAssumed])).toEqual([
      [1, '2025-04-30', true],
      [2, '2025-07-31', false],
      [3, '2025-10-31', true],
    ]);
  });

  it('names the field when the letter is read inconsistently', () => {
    const field = (periods: object[], extra: object = {}) => {
      try {
        resolveNoticePeriods({ ...base, periods, ...extra } as never);
        return null;
      } catch (error) {
        return (error as { field: string }).field;
      }
    };
    expect(field([])).toBe('taxPeriods');
    expect(field([itemized[0], { year: 2025, quarter: 2 }, itemized[2]])).toBe('taxPeriods.1.tax');
    expect(field([{ year: 2025, quarter: 1, dueDate: '2025-04-30' }])).toBe('taxPeriods.0.tax');
    expect(field([{ ...itemized[0], tax: '999.00' }, itemized[1], itemized[2]])).toBe('stated.tax');
    expect(field([{ ...itemized[0], interest: '61.00' }, itemized[1], itemized[2]])).toBe('stated.interest');
    expect(field([{ ...itemized[0], tax: 'lots' }, itemized[1], itemized[2]])).toBe('taxPeriods.0.tax');
    expect(field([itemized[0], { ...itemized[1], dueDate: '2025-02-30' }, itemized[2]])).toBe('taxPeriods.1.dueDate');
    expect(field(itemized, { taxDueDate: '2025-07-31' })).toBe('taxDueDate');
    expect(field(itemized, { taxDueDate: '2025-04-30' })).toBeNull();
    // An extension is one return's (§12-723): on a one-period notice, after the due date.
    expect(field(itemized, { extendedDueDate: '2025-10-15' })).toBe('extendedDueDate');
    expect(field([{ year: 2025, quarter: 1 }], { extendedDueDate: '2025-04-30' })).toBe('extendedDueDate');
    expect(field([{ year: 2025, quarter: 1 }], { extendedDueDate: '2025-05-31' })).toBeNull();
  });
});

describe('liabilityPeriodsOf', () => {
  it('accrues each itemized period on its own, and a single total as one liability', () => {
    const periods = [
      { year: 2025, quarter: 1, tax: '1000.00', dueDate: '2025-04-30' },
      { year: 2025, quarter: 2, tax: '500.00', dueDate: '2025-07-31' },
    ] as const;
    expect(liabilityPeriodsOf({ taxPeriods: periods, statedTax: '1500.00', taxDueDate: '2025-04-30' })).toEqual([
      { label: '2025-Q1', tax: '1000.00', dueDate: '2025-04-30' },
      { label: '2025-Q2', tax: '500.00', dueDate: '2025-07-31' },
    ]);
    expect(
      liabilityPeriodsOf({
        taxPeriods: [
          { year: 2025, quarter: 1 },
          { year: 2025, quarter: 2 },
        ],
        statedTax: '1500.00',
        taxDueDate: '2025-04-30',
      }),
    ).toEqual([{ label: '2025-Q1, 2025-Q2', tax: '1500.00', dueDate: '2025-04-30' }]);
  });
});
