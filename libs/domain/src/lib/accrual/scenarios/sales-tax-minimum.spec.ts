import { accrue } from '../accrue';

// §12-419(a): 15% of the tax or $50, whichever is greater.
describe('scenario: sales tax 15% or $50 minimum', () => {
  const late = (tax: string) => accrue({ taxType: 'sales', tax, dueDate: '2026-01-20', asOf: '2026-03-05' });

  it('charges the $50 minimum on a small balance', () => {
    expect(late('100.00')).toMatchObject({ monthsLate: 2, penalty: '50.00', interest: '2.00', total: '152.00' });
  });

  it('charges 15% once it is larger', () => {
    expect(late('1000.00')).toMatchObject({ penalty: '150.00', interest: '20.00', total: '1170.00' });
  });

  it('rounds 15% half-up to cents before comparing with the minimum', () => {
    expect(late('333.33').penalty).toBe('50.00'); // 49.9995 → 50.00
    expect(late('333.40').penalty).toBe('50.01');
    expect(late('123.45').breakdown[0].interest).toBe('1.23'); // 1.2345 → 1.23
    expect(late('150.50').breakdown[0].interest).toBe('1.51'); // 1.505 → 1.51
  });

  it('charges no minimum when the tax was paid on time', () => {
    expect(accrue({ taxType: 'sales', tax: '100.00', dueDate: '2026-01-20', asOf: '2026-03-05', payments: [{ date: '2026-01-20', amount: '100.00' }] })).toMatchObject({
      penalty: '0.00',
      interest: '0.00',
      total: '0.00',
    });
  });

  it('income tax has no minimum; the corporation business tax does', () => {
    expect(accrue({ taxType: 'individual_income', tax: '100.00', dueDate: '2026-01-20', asOf: '2026-03-05' }).penalty).toBe('10.00');
    expect(accrue({ taxType: 'corporation', tax: '100.00', dueDate: '2026-01-20', asOf: '2026-03-05' }).penalty).toBe('50.00');
  });
});
