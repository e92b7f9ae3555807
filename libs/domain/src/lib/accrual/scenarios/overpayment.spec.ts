import { accrue } from '../accrue';

describe('scenario: paying more than is owed', () => {
  it('keeps the excess as a credit and owes nothing', () => {
    const result = accrue({
      taxType: 'individual_income',
      tax: '2000.00',
      dueDate: '2026-04-15',
      asOf: '2026-10-15',
      payments: [{ date: '2026-05-01', amount: '2500.00' }],
    });
    expect(result).toMatchObject({ monthsLate: 1, penalty: '200.00', interest: '20.00', paid: '2500.00', total: '0.00', credit: '280.00' });
    expect(result.payments[0]).toMatchObject({ toTax: '2000.00', toInterest: '20.00', toPenalty: '200.00', toCredit: '280.00' });
  });

  it('a zero tax accrues nothing', () => {
    expect(accrue({ taxType: 'sales', tax: '0.00', dueDate: '2026-04-15', asOf: '2026-10-15' })).toMatchObject({
      monthsLate: 0,
      penalty: '0.00',
      total: '0.00',
    });
  });
});
