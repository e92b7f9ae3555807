import { validateSync } from 'class-validator';
import { IsCalendarDate } from './calendar-date.validator';
import { IsMoneyString } from './money-string.validator';

class Sample {
  @IsCalendarDate()
  day!: unknown;

  @IsMoneyString()
  amount!: unknown;
}

function errorsFor(day: unknown, amount: unknown): string[] {
  const sample = Object.assign(new Sample(), { day, amount });
  return validateSync(sample).map((error) => error.property);
}

describe('IsCalendarDate and IsMoneyString', () => {
  it('accept real dates and exact money strings', () => {
    expect(errorsFor('2026-02-28', '2000.00')).toEqual([]);
    expect(errorsFor('2028-02-29', '0')).toEqual([]);
    expect(errorsFor('2026-11-25', '1234567.5')).toEqual([]);
  });

  it.each([['2026-02-30'], ['2027-02-29'], ['11/25/2026'], ['2026-1-5'], [20261125], [null]])('refuse the date %p', (day) => {
    expect(errorsFor(day, '1.00')).toEqual(['day']);
  });

  it.each([['-1.00'], ['1.005'], [2000], ['1e3'], [' 12'], ['12,000.00'], ['']])('refuse the amount %p', (amount) => {
    expect(errorsFor('2026-01-01', amount)).toEqual(['amount']);
  });
});
