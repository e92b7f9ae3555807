import Decimal from 'decimal.js';
import { DomainValidationError } from '../errors/domain-validation-error';
import { DomainDecimal, ZERO, formatDollars, formatMoney, maxMoney, minMoney, money, parseMoney, roundToCents, sumMoney } from './money';

describe('parseMoney', () => {
  it.each(['0', '0.00', '2000', '2000.5', '2000.00', '123456789012345.99'])('accepts %p', (value) => {
    expect(parseMoney(value, 'tax').toString()).toBe(new Decimal(value).toString());
  });

  it.each(['-1.00', '1.234', '', ' 1.00', '1,000.00', '1e3', '$10', '1.', '.50', '1234567890123456'])(
    'refuses %p naming the field',
    (value) => {
      expect(() => parseMoney(value, 'tax')).toThrow(DomainValidationError);
      try {
        parseMoney(value, 'tax');
      } catch (error) {
        expect((error as DomainValidationError).field).toBe('tax');
        expect((error as DomainValidationError).message).toBe('must be a non-negative amount with at most 2 decimals, e.g. "2000.00"');
      }
    },
  );

  it('refuses numbers: floats never enter the money path', () => {
    expect(() => parseMoney(2000, 'tax')).toThrow(DomainValidationError);
  });

  it('accepts decimal.js values from any Decimal constructor when whole cents', () => {
    expect(formatMoney(parseMoney(new Decimal('12.5'), 'amount'))).toBe('12.50');
    expect(() => parseMoney(new Decimal('12.345'), 'amount')).toThrow(DomainValidationError);
    expect(() => parseMoney(new Decimal('-1'), 'amount')).toThrow(DomainValidationError);
    expect(() => parseMoney(new Decimal(NaN), 'amount')).toThrow(DomainValidationError);
  });

  it('allows negative amounts only when asked, and positive-only when required', () => {
    expect(formatMoney(parseMoney('-12.50', 'adjustment', { allowNegative: true }))).toBe('-12.50');
    expect(() => parseMoney('0.00', 'balance', { positive: true })).toThrow(/positive amount/);
    expect(formatMoney(parseMoney('0.01', 'balance', { positive: true }))).toBe('0.01');
  });

  it('normalises negative zero', () => {
    expect(formatMoney(parseMoney(new Decimal('-0'), 'amount'))).toBe('0.00');
  });
});

describe('formatMoney', () => {
  it.each([
    ['2320', '2320.00'],
    ['2320.5', '2320.50'],
    ['0.05', '0.05'],
    ['0', '0.00'],
    ['1234567890123.45', '1234567890123.45'],
    ['12.345', '12.35'],
    ['12.344', '12.34'],
    ['-3.5', '-3.50'],
  ])('formats %s as %s', (value, expected) => {
    expect(formatMoney(new DomainDecimal(value))).toBe(expected);
  });

  it('is not affected by the global Decimal configuration', () => {
    const before = Decimal.precision;
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      expect(formatMoney(money('123456.785'))).toBe('123456.79');
      expect(formatMoney(money('1000000.10').plus(money('0.01')))).toBe('1000000.11');
    } finally {
      Decimal.set({ precision: before, rounding: Decimal.ROUND_HALF_UP });
    }
  });
});

describe('roundToCents', () => {
  it('rounds half up, only when needed', () => {
    expect(roundToCents(money('20.005')).toString()).toBe('20.01');
    expect(roundToCents(money('20.0049')).toString()).toBe('20');
    expect(roundToCents(money('12.3456')).toFixed(2)).toBe('12.35');
    const whole = money('20.00');
    expect(roundToCents(whole)).toBe(whole);
  });
});

describe('sumMoney / minMoney / maxMoney / ZERO', () => {
  it('adds exactly where floats drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatMoney(sumMoney([money('0.10'), money('0.20')]))).toBe('0.30');
    expect(sumMoney([])).toBe(ZERO);
  });

  it('picks the smaller and larger amount', () => {
    expect(formatMoney(minMoney(money('15'), money('50')))).toBe('15.00');
    expect(formatMoney(maxMoney(money('15'), money('50')))).toBe('50.00');
  });
});

describe('formatDollars', () => {
  it('writes an amount for a sentence', () => {
    expect(formatDollars(money('12500'))).toBe('$12,500.00');
    expect(formatDollars(money('999.5'))).toBe('$999.50');
    expect(formatDollars(money('1234567.89'))).toBe('$1,234,567.89');
  });
});
