import Decimal from 'decimal.js';
import { decimalTransformer } from './decimal.transformer';

describe('decimalTransformer', () => {
  it('reads numeric strings as exact Decimals', () => {
    const value = decimalTransformer.from('2320.10') as Decimal;
    expect(value).toBeInstanceOf(Decimal);
    expect(value.plus('0.20').toFixed(2)).toBe('2320.30');
  });

  it('writes Decimals as exact strings, never floats', () => {
    expect(decimalTransformer.to(new Decimal('0.1').plus('0.2'))).toBe('0.3');
    expect(decimalTransformer.to('12345678901234.56')).toBe('12345678901234.56');
  });

  it('passes null through both ways', () => {
    expect(decimalTransformer.from(null)).toBeNull();
    expect(decimalTransformer.to(null)).toBeNull();
  });
});
