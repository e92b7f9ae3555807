import { DomainValidationError } from '../errors/domain-validation-error';
import { dayNumberOf } from '../dates/calendar-date';
import { parseAccrualInput } from './accrual-input';
import { accrualQuote, accrualResult, accrue, quoteAccrual } from './accrue';
import type { AccrualInput } from './accrual-types';

const valid: AccrualInput = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' };

describe('accrue', () => {
  it('reuses a tax already in JSON form and normalises one that is not', () => {
    expect(accrue({ ...valid, tax: '2000' }).tax).toBe('2000.00');
    expect(accrue({ ...valid, tax: '0002000.50' }).tax).toBe('2000.50');
    expect(accrue({ ...valid, tax: '0.50' }).tax).toBe('0.50');
  });

  it('returns the breakdown as a plain property that survives spreading and JSON', () => {
    const result = accrue(valid);
    expect(Object.keys(result)).toContain('breakdown');
    expect({ ...result }.breakdown).toHaveLength(6);
    expect(JSON.parse(JSON.stringify(result)).breakdown).toHaveLength(6);
  });

  it.each([
    [{ tax: '-1.00' }, 'tax', 'must be a non-negative amount with at most 2 decimals, e.g. "2000.00"'],
    [{ tax: '10.999' }, 'tax', 'must be a non-negative amount with at most 2 decimals, e.g. "2000.00"'],
    [{ taxType: 'estate' }, 'taxType', expect.stringMatching(/^must be one of /)],
    [{ dueDate: '2026-04-31' }, 'dueDate', expect.stringMatching(/YYYY-MM-DD/)],
    [{ asOf: undefined }, 'asOf', expect.stringMatching(/YYYY-MM-DD/)],
    [{ payments: 'lots' }, 'payments', 'must be a list of { date, amount }'],
    [{ payments: [null] }, 'payments[0]', 'must be { date, amount }'],
    [{ payments: [{ date: '2026-05-01', amount: '1.00' }, { date: '2026-05-01', amount: '1.001' }] }, 'payments[1].amount', expect.any(String)],
    [{ payments: [{ date: '2026-13-01', amount: '1.00' }] }, 'payments[0].date', expect.any(String)],
  ])('refuses %j naming %s', (change, field, message) => {
    const run = () => accrue({ ...valid, ...change } as unknown as AccrualInput);
    expect(run).toThrow(DomainValidationError);
    expect(run).toThrow(expect.objectContaining({ field, message }));
  });

  it('refuses a missing input', () => {
    expect(() => accrue(null as unknown as AccrualInput)).toThrow(expect.objectContaining({ field: 'input' }));
  });
});

describe('quoteAccrual', () => {
  it('gives the same figures as accrue, without the month rows', () => {
    const { breakdown, ...rest } = accrue({ ...valid, payments: [{ date: '2026-06-20', amount: '1000.00' }] });
    expect(breakdown).toHaveLength(6);
    const quote = quoteAccrual({ ...valid, payments: [{ date: '2026-06-20', amount: '1000.00' }] });
    expect(quote).toEqual(rest);
    expect('breakdown' in quote).toBe(false);
  });

  it('validates like accrue', () => {
    expect(() => quoteAccrual({ ...valid, tax: 'x' })).toThrow(expect.objectContaining({ field: 'tax' }));
  });
});

describe('accrualResult / accrualQuote', () => {
  it('format a parsed liability as of any day', () => {
    const parsed = parseAccrualInput(valid);
    const earlier = accrualResult(parsed, dayNumberOf('2026-05-20', 'd'));
    expect(earlier).toMatchObject({ asOf: '2026-05-20', monthsLate: 2, total: '2240.00' });
    expect(earlier.breakdown).toHaveLength(2);
    expect(accrualQuote(parsed, parsed.asOfDay)).toMatchObject({ asOf: '2026-10-15', total: '2320.00' });
  });
});
