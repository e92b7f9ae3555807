import { accrue } from '../accrue';

describe('scenario: a partial payment before the due date', () => {
  it('reduces the tax the penalty is computed on', () => {
    const result = accrue({
      taxType: 'individual_income',
      tax: '2000.00',
      dueDate: '2026-04-15',
      asOf: '2026-10-15',
      payments: [{ date: '2026-04-10', amount: '500.00' }],
    });
    expect(result).toMatchObject({ monthsLate: 6, penalty: '150.00', interest: '90.00', paid: '500.00', total: '1740.00' });
  });

  it('paying everything by the due date leaves nothing owed and no months late', () => {
    expect(
      accrue({ taxType: 'sales', tax: '2000.00', dueDate: '2026-04-15', asOf: '2027-04-15', payments: [{ date: '2026-04-15', amount: '2000.00' }] }),
    ).toMatchObject({ monthsLate: 0, penalty: '0.00', interest: '0.00', total: '0.00', breakdown: [] });
  });
});
