import { easterSunday, easterSundayDayNumber, goodFriday } from './easter';
import { dayOfWeek, isoDateFromDayNumber } from '../dates/calendar-date';

describe('easterSunday / goodFriday (Gregorian computus)', () => {
  it.each([
    [2025, '2025-04-20', '2025-04-18'],
    [2026, '2026-04-05', '2026-04-03'],
    [2027, '2027-03-28', '2027-03-26'],
    [2028, '2028-04-16', '2028-04-14'],
  ])('%i: Easter %s, Good Friday %s', (year, easter, friday) => {
    expect(easterSunday(year)).toBe(easter);
    expect(goodFriday(year)).toBe(friday);
    expect(dayOfWeek(friday)).toBe(5);
  });

  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'],
  ])('matches published dates: %i → %s', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it('always lands on a Sunday between March 22 and April 25', () => {
    for (let year = 1900; year < 2200; year += 1) {
      const easter = isoDateFromDayNumber(easterSundayDayNumber(year));
      expect(dayOfWeek(easter)).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });
});
