import { DomainValidationError } from '../errors/domain-validation-error';
import { effectiveRules } from '../rules/effective-rules';
import { connecticutLegalHolidays, holidayIndex, irsLegalHolidays } from './legal-holidays';

const dates = (holidays: readonly { date: string; name: string }[]) => holidays.map((holiday) => `${holiday.date} ${holiday.name}`);

describe('connecticutLegalHolidays (Conn. Gen. Stat. §1-4)', () => {
  it('lists 2025', () => {
    expect(dates(connecticutLegalHolidays(2025))).toEqual([
      "2025-01-01 New Year's Day",
      '2025-01-20 Martin Luther King Jr. Day',
      '2025-02-12 Lincoln Day',
      "2025-02-17 Washington's Birthday",
      '2025-04-18 Good Friday',
      '2025-05-26 Memorial Day',
      '2025-06-19 Juneteenth Independence Day',
      '2025-07-04 Independence Day',
      '2025-09-01 Labor Day',
      '2025-10-13 Columbus Day',
      "2025-11-11 Veterans' Day",
      '2025-11-27 Thanksgiving Day',
      '2025-12-25 Christmas Day',
    ]);
  });

  it('lists 2026, observing Saturday July 4 on Friday July 3', () => {
    expect(dates(connecticutLegalHolidays(2026))).toEqual([
      "2026-01-01 New Year's Day",
      '2026-01-19 Martin Luther King Jr. Day',
      '2026-02-12 Lincoln Day',
      "2026-02-16 Washington's Birthday",
      '2026-04-03 Good Friday',
      '2026-05-25 Memorial Day',
      '2026-06-19 Juneteenth Independence Day',
      '2026-07-03 Independence Day (observed)',
      '2026-07-04 Independence Day',
      '2026-09-07 Labor Day',
      '2026-10-12 Columbus Day',
      "2026-11-11 Veterans' Day",
      '2026-11-26 Thanksgiving Day',
      '2026-12-25 Christmas Day',
    ]);
  });

  it('lists 2027, with Sunday and Saturday observances and New Year 2028 observed on December 31', () => {
    const holidays = dates(connecticutLegalHolidays(2027));
    expect(holidays).toEqual(
      expect.arrayContaining([
        '2027-03-26 Good Friday',
        '2027-06-18 Juneteenth Independence Day (observed)',
        '2027-07-05 Independence Day (observed)',
        '2027-11-25 Thanksgiving Day',
        '2027-12-24 Christmas Day (observed)',
        "2027-12-31 New Year's Day (observed)",
      ]),
    );
    expect(holidays).toHaveLength(17);
  });

  it('lists 2028 without a duplicate New Year observance', () => {
    const holidays = dates(connecticutLegalHolidays(2028));
    expect(holidays).toEqual(
      expect.arrayContaining([
        "2028-01-01 New Year's Day",
        '2028-01-17 Martin Luther King Jr. Day',
        '2028-02-11 Lincoln Day (observed)',
        "2028-02-21 Washington's Birthday",
        '2028-04-14 Good Friday',
        '2028-05-29 Memorial Day',
        "2028-11-10 Veterans' Day (observed)",
        '2028-11-23 Thanksgiving Day',
        '2028-12-25 Christmas Day',
      ]),
    );
    expect(holidays.filter((holiday) => holiday.includes('New Year'))).toEqual(["2028-01-01 New Year's Day"]);
  });

  it('follows a firm that does not observe Saturday holidays on Friday', () => {
    const rules = effectiveRules({ general: { calendar: { ctLegalHolidays: { value: { observeSaturdayHolidayOnFriday: false } } } } });
    expect(dates(connecticutLegalHolidays(2026, rules))).not.toContain('2026-07-03 Independence Day (observed)');
    expect(holidayIndex('ct', 2026, rules).has(20637)).toBe(false);
  });

  it('refuses a year outside 1900–2199', () => {
    expect(() => connecticutLegalHolidays(1776)).toThrow(DomainValidationError);
    expect(() => connecticutLegalHolidays(2026.5)).toThrow(expect.objectContaining({ field: 'year' }));
  });
});

describe('irsLegalHolidays (IRC §7503: District of Columbia)', () => {
  it('adds D.C. Emancipation Day and drops the Connecticut-only days', () => {
    const holidays = dates(irsLegalHolidays(2026));
    expect(holidays).toContain('2026-04-16 D.C. Emancipation Day');
    expect(holidays.some((holiday) => holiday.includes('Lincoln') || holiday.includes('Good Friday'))).toBe(false);
  });

  it('observes a Sunday Emancipation Day on Monday (2028)', () => {
    expect(dates(irsLegalHolidays(2028))).toEqual(
      expect.arrayContaining(['2028-04-16 D.C. Emancipation Day', '2028-04-17 D.C. Emancipation Day (observed)']),
    );
  });

  it('includes Inauguration Day in inauguration years only, never moved to a Friday', () => {
    expect(dates(irsLegalHolidays(2025))).toContain('2025-01-20 Inauguration Day');
    expect(holidayIndex('irs', 2025).get(20108)).toBe('Martin Luther King Jr. Day and Inauguration Day');
    expect(dates(irsLegalHolidays(2026)).some((holiday) => holiday.includes('Inauguration'))).toBe(false);
    expect(dates(irsLegalHolidays(2029))).toContain('2029-01-20 Inauguration Day');
    expect(dates(irsLegalHolidays(2029))).not.toContain('2029-01-19 Inauguration Day (observed)');
  });
});

describe('holidayIndex', () => {
  it('is cached per year', () => {
    expect(holidayIndex('ct', 2026)).toBe(holidayIndex('ct', 2026));
    expect(holidayIndex('ct', 2026).get(20546)).toBe('Good Friday'); // 2026-04-03
  });
});
