import { monthSpanOf, overlappingPeriods, parsePeriodLabel, periodLabel, periodsCoverSpan } from './poa-periods';

describe('POA periods as runs of months', () => {
  it('turns a year, a quarter, a month and a range of years into months', () => {
    expect(monthSpanOf({ year: 2024 })).toEqual({ first: 2024 * 12, last: 2024 * 12 + 11 });
    expect(monthSpanOf({ year: 2024, quarter: 3 })).toEqual({ first: 2024 * 12 + 6, last: 2024 * 12 + 8 });
    expect(monthSpanOf({ year: 2024, month: 7 })).toEqual({ first: 2024 * 12 + 6, last: 2024 * 12 + 6 });
    expect(monthSpanOf({ fromYear: 2019, toYear: 2024 })).toEqual({ first: 2019 * 12, last: 2024 * 12 + 11 });
  });

  it('labels them as people write them', () => {
    expect(
      [
        { year: 2024 },
        { year: 2024, quarter: 3 as const },
        { year: 2024, month: 7 },
        { fromYear: 2019, toYear: 2024 },
      ].map(periodLabel),
    ).toEqual(['2024', '2024-Q3', '2024-07', '2019–2024']);
  });

  it.each([
    ['2024', { year: 2024 }],
    ['2024-Q3', { year: 2024, quarter: 3 }],
    ['2024-07', { year: 2024, month: 7 }],
    ['2024-Q5', null],
    ['2024-13', null],
    ['24', null],
    ['2024-7', null],
  ])('reads the query period %p', (text, expected) => {
    expect(parsePeriodLabel(text)).toEqual(expected);
  });

  it('covers a period only when every month is covered, by one period or several together', () => {
    const q3 = monthSpanOf({ year: 2024, quarter: 3 });
    expect(periodsCoverSpan([{ fromYear: 2019, toYear: 2024 }], q3)).toBe(true);
    expect(
      periodsCoverSpan(
        [
          { year: 2024, month: 7 },
          { year: 2024, month: 8 },
          { year: 2024, month: 9 },
        ],
        q3,
      ),
    ).toBe(true);
    expect(
      periodsCoverSpan(
        [
          { year: 2024, month: 7 },
          { year: 2024, month: 9 },
        ],
        q3,
      ),
    ).toBe(false);
    expect(periodsCoverSpan([{ year: 2024, quarter: 3 }], monthSpanOf({ year: 2024 }))).toBe(false);
    expect(periodsCoverSpan([{ year: 2023 }, { year: 2025 }], monthSpanOf({ year: 2024 }))).toBe(false);
  });

  it('finds the periods that share a month', () => {
    expect(overlappingPeriods([{ year: 2023 }, { year: 2024, quarter: 4 }], [{ year: 2024, month: 12 }])).toEqual([
      { year: 2024, quarter: 4 },
    ]);
    expect(overlappingPeriods([{ year: 2023 }], [{ year: 2024 }])).toEqual([]);
  });
});
