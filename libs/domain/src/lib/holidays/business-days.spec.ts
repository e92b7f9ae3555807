import { effectiveRules } from '../rules/effective-rules';
import { dayNumberOf } from '../dates/calendar-date';
import {
  holidayScope,
  isBusinessDay,
  isBusinessDayNumber,
  legalHolidayOn,
  nonBusinessDayReason,
  rollForwardDayNumber,
  rollToBusinessDay,
} from './business-days';

describe('isBusinessDay', () => {
  it('is false on weekends and Connecticut legal holidays', () => {
    expect(isBusinessDay('2026-11-25')).toBe(true);
    expect(isBusinessDay('2026-11-26')).toBe(false); // Thanksgiving
    expect(isBusinessDay('2026-11-28')).toBe(false); // Saturday
    expect(isBusinessDay('2026-07-03')).toBe(false); // Independence Day observed
  });

  it('counts IRS holidays only for income tax and individual use tax', () => {
    expect(isBusinessDay('2026-04-16', { taxType: 'individual_income' })).toBe(false);
    expect(isBusinessDay('2026-04-16', { taxType: 'individual_use' })).toBe(false);
    expect(isBusinessDay('2026-04-16', { taxType: 'sales' })).toBe(true);
    expect(isBusinessDay('2026-04-16')).toBe(true);
  });

  it('honours closures a firm records', () => {
    const rules = effectiveRules({ general: { calendar: { additionalClosures: { value: [{ date: '2026-12-24', name: 'Christmas Eve closure' }] } } } });
    expect(isBusinessDay('2026-12-24', { rules })).toBe(false);
    expect(isBusinessDay('2026-12-24')).toBe(true);
  });
});

describe('legalHolidayOn', () => {
  it('names the holiday for the tax type', () => {
    expect(legalHolidayOn('2026-12-25')).toBe('Christmas Day');
    expect(legalHolidayOn('2026-04-16')).toBeUndefined();
    expect(legalHolidayOn('2026-04-16', { taxType: 'individual_income' })).toBe('D.C. Emancipation Day');
    expect(legalHolidayOn('2026-07-04', { taxType: 'individual_income' })).toBe('Independence Day');
  });
});

describe('rollToBusinessDay (§12-39a)', () => {
  it('leaves a business day alone', () => {
    expect(rollToBusinessDay('2026-11-25')).toEqual({ date: '2026-11-25', rolled: false });
  });

  it('moves a Saturday to Monday', () => {
    const rolled = rollToBusinessDay('2026-03-14');
    expect(rolled.date).toBe('2026-03-16');
    expect(rolled.reason).toBe(
      '2026-03-14 is a Saturday; the act is timely on Monday 2026-03-16, the next day that is not a Saturday, Sunday or legal holiday (Conn. Gen. Stat. §12-39a(a))',
    );
  });

  it('moves Good Friday past the weekend', () => {
    expect(rollToBusinessDay('2026-04-03').date).toBe('2026-04-06');
  });

  it('skips a holiday right after a weekend and says so', () => {
    const rolled = rollToBusinessDay('2028-12-24');
    expect(rolled.date).toBe('2028-12-26');
    expect(rolled.reason).toContain('2028-12-25 (Christmas Day, a Connecticut legal holiday (Conn. Gen. Stat. §1-4)) is skipped too');
  });

  it('cites §12-39a(b) when an IRS holiday is involved', () => {
    const rolled = rollToBusinessDay('2028-04-17', { taxType: 'individual_income' });
    expect(rolled.date).toBe('2028-04-18');
    expect(rolled.reason).toContain('D.C. Emancipation Day (observed), an IRS legal holiday');
    expect(rolled.reason).toContain('§12-39a(a),(b)');
  });
});

describe('holidayScope', () => {
  it('includes IRS holidays only where the tax type row says so', () => {
    expect(holidayScope({ taxType: 'individual_income' }).includeIrs).toBe(true);
    expect(holidayScope({ taxType: 'corporation' }).includeIrs).toBe(false);
    expect(holidayScope().includeIrs).toBe(false);
  });
});

describe('day-number helpers', () => {
  const scope = holidayScope({ taxType: 'individual_income' });

  it('isBusinessDayNumber and nonBusinessDayReason agree', () => {
    for (const date of ['2026-04-03', '2026-04-04', '2026-04-06', '2026-04-16', '2026-07-03']) {
      const day = dayNumberOf(date, 'd');
      expect(isBusinessDayNumber(day, scope)).toBe(nonBusinessDayReason(day, scope) === undefined);
    }
    expect(nonBusinessDayReason(dayNumberOf('2026-07-04', 'd'), scope)).toBe(
      'a Saturday and Independence Day, a Connecticut legal holiday (Conn. Gen. Stat. §1-4)',
    );
  });

  it('rollForwardDayNumber returns the next business day number', () => {
    expect(rollForwardDayNumber(dayNumberOf('2026-04-16', 'd'), scope)).toMatchObject({
      dayNumber: dayNumberOf('2026-04-17', 'd'),
      rolled: true,
    });
    expect(rollForwardDayNumber(dayNumberOf('2026-04-17', 'd'), scope)).toEqual({ dayNumber: dayNumberOf('2026-04-17', 'd'), rolled: false });
  });

  it('lists the calendar rules it consulted', () => {
    expect(scope.ruleIds).toEqual([
      'calendar.weekend_holiday_roll',
      'calendar.ct_legal_holidays',
      'calendar.additional_closures',
      'tax.individual_income.irs_holidays_count',
      'calendar.irs_legal_holidays',
    ]);
  });
});
