import fc from 'fast-check';
import { DomainValidationError } from '../errors/domain-validation-error';
import {
  addDays,
  addMonths,
  addMonthsToDayNumber,
  compareIsoDates,
  dayName,
  dayNumberFromParts,
  dayNumberOf,
  dayOfWeek,
  dayOfWeekOfDayNumber,
  daysInMonth,
  diffInDays,
  isIsoDate,
  isLeapYear,
  isoDateFromDayNumber,
  isoDateFromParts,
  monthIndexOfDayNumber,
  parseIsoDate,
  partsFromDayNumber,
  tryDayNumber,
  yearOfDayNumber,
} from './calendar-date';

// The day numbers must equal UTC days since the epoch: Date.UTC is the reference (a spec may use Date).
const utcDays = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

describe('parseIsoDate / isIsoDate / tryDayNumber', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-04-15', 'dueDate')).toBe('2026-04-15');
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(tryDayNumber('1970-01-01')).toBe(0);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-04-15', '2026-4-15', '2026/04/15', '2026-04-15T00:00', ' 2026-04-15', '1899-12-31', '2200-01-01', 'abcd-ef-gh'])(
    'refuses %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => parseIsoDate(value, 'noticeDate')).toThrow(DomainValidationError);
    },
  );

  it('refuses non-strings and names the field', () => {
    expect(tryDayNumber(20260415)).toBeUndefined();
    expect(tryDayNumber(null)).toBeUndefined();
    try {
      dayNumberOf(undefined, 'asOf');
      throw new Error('expected a validation error');
    } catch (error) {
      expect((error as DomainValidationError).field).toBe('asOf');
      expect((error as DomainValidationError).message).toMatch(/YYYY-MM-DD/);
    }
  });
});

describe('day numbers', () => {
  it('match UTC days since 1970-01-01 for every day of 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, rawDay) => {
        const day = Math.min(rawDay, daysInMonth(year, month));
        const dayNumber = dayNumberFromParts(year, month, day);
        expect(dayNumber).toBe(utcDays(year, month, day));
        expect(partsFromDayNumber(dayNumber)).toEqual([year, month, day]);
        expect(isoDateFromDayNumber(dayNumber)).toBe(isoDateFromParts(year, month, day));
        expect(yearOfDayNumber(dayNumber)).toBe(year);
      }),
    );
  });
});

describe('isLeapYear / daysInMonth', () => {
  it('follows the Gregorian rule', () => {
    expect([2024, 2028, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('addDays', () => {
  it('crosses month and year ends and leap days', () => {
    expect(addDays('2026-04-15', 10)).toBe('2026-04-25');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // the US DST change cannot shift a calendar day
  });
});

describe('addMonths', () => {
  it('keeps the day of month and clamps to a shorter month', () => {
    expect(addMonths('2026-04-15', 6)).toBe('2026-10-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts from the original date, never chaining clamps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 48 }), (offset, months) => {
        const start = dayNumberFromParts(1950, 1, 1) + offset;
        const [, , day] = partsFromDayNumber(start);
        const [, , resultDay] = partsFromDayNumber(addMonthsToDayNumber(start, months));
        expect(resultDay).toBeLessThanOrEqual(day);
        if (day <= 28) expect(resultDay).toBe(day);
      }),
    );
  });
});

describe('diffInDays', () => {
  it('counts whole days, negative when earlier', () => {
    expect(diffInDays('2026-03-02', '2026-03-10')).toBe(8);
    expect(diffInDays('2026-03-10', '2026-03-02')).toBe(-8);
    expect(diffInDays('2026-01-01', '2027-01-01')).toBe(365);
    expect(diffInDays('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('names the bad argument', () => {
    expect(() => diffInDays('2026-02-30', '2026-03-01')).toThrow(expect.objectContaining({ field: 'from' }));
  });
});

describe('dayOfWeek / dayName', () => {
  it('returns 0 for Sunday through 6 for Saturday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-11-26')).toBe(4); // Thanksgiving
    expect(dayOfWeek('2026-07-04')).toBe(6);
    expect(dayOfWeek('2026-04-05')).toBe(0);
    expect(dayName(dayOfWeek('2026-04-03'))).toBe('Friday');
    expect(dayOfWeekOfDayNumber(-1)).toBe(3); // 1969-12-31, a Wednesday
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (dayNumber) => {
        expect(dayOfWeek(isoDateFromDayNumber(dayNumber))).toBe(new Date(dayNumber * 86_400_000).getUTCDay());
      }),
    );
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareIsoDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBe(1);
  });
});

describe('monthIndexOfDayNumber', () => {
  it('is year × 12 + month − 1 of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (dayNumber) => {
        const [year, month] = partsFromDayNumber(dayNumber);
        expect(monthIndexOfDayNumber(dayNumber)).toBe(year * 12 + month - 1);
      }),
    );
  });
});
