import { accrualStableUntil } from '../accrual-horizon';
import { accrue, quoteAccrual } from '../accrue';

// An approved penalty waiver (Form DRS-PW; Conn. Gen. Stat. §12-3a, §12-735(c)) removes penalty, never interest:
// the balance, the unpaid parts and everything that reads them drop by the amount waived.
describe('scenario: an approved penalty waiver', () => {
  const seed = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' } as const;

  it('takes the waived penalty off the balance: $2,320.00 less a $200.00 waiver is $2,120.00', () => {
    const result = accrue({ ...seed, penaltyWaived: '200.00' });
    expect(result).toMatchObject({ penalty: '0.00', penaltyWaived: '200.00', interest: '120.00', total: '2120.00' });
    expect(result.unpaid).toEqual({ tax: '2000.00', penalty: '0.00', interest: '120.00' });
  });

  it('a part waived leaves the rest; interest is untouched', () => {
    expect(quoteAccrual({ ...seed, penaltyWaived: '50.00' })).toMatchObject({
      penalty: '150.00',
      interest: '120.00',
      total: '2270.00',
    });
  });

  it('never waives more than the penalty assessed', () => {
    expect(quoteAccrual({ ...seed, penaltyWaived: '900.00' })).toMatchObject({
      penalty: '0.00',
      penaltyWaived: '200.00',
      total: '2120.00',
    });
  });

  it('a penalty already paid and then waived becomes a credit', () => {
    const paidInFull = quoteAccrual({
      ...seed,
      payments: [{ date: '2026-10-15', amount: '2320.00' }],
      penaltyWaived: '200.00',
    });
    expect(paidInFull).toMatchObject({ total: '0.00', credit: '200.00' });
  });

  it('does not change when the balance next moves', () => {
    expect(accrualStableUntil({ ...seed, penaltyWaived: '200.00' })).toBe(accrualStableUntil(seed));
  });

  it('names a bad amount', () => {
    expect(() => quoteAccrual({ ...seed, penaltyWaived: 'lots' })).toThrow(
      expect.objectContaining({ field: 'penaltyWaived' }),
    );
  });
});
