import { accrue } from '../accrue';

// Seed: "a taxpayer who owes $2,000 and fails to respond for six months would face a $200 penalty plus $120
// in accumulated interest, for a total of $2,320 owed."
describe('scenario: the seed example', () => {
  const base = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15' } as const;

  it('six months late: 6 months, $200.00 penalty, $120.00 interest, $2,320.00', () => {
    const result = accrue({ ...base, asOf: '2026-10-15' });
    expect(result).toMatchObject({
      monthsLate: 6,
      tax: '2000.00',
      penalty: '200.00',
      interest: '120.00',
      paid: '0.00',
      total: '2320.00',
      credit: '0.00',
      unpaid: { tax: '2000.00', penalty: '200.00', interest: '120.00' },
    });
    expect(result.breakdown).toHaveLength(6);
    expect(result.breakdown[0]).toEqual({ month: 1, from: '2026-04-16', through: '2026-05-15', unpaidTax: '2000.00', interest: '20.00' });
    expect(result.breakdown[5]).toEqual({ month: 6, from: '2026-09-16', through: '2026-10-15', unpaidTax: '2000.00', interest: '20.00' });
  });

  it('one day past six months is seven months: $2,340.00', () => {
    const result = accrue({ ...base, asOf: '2026-10-16' });
    expect(result.monthsLate).toBe(7);
    expect(result.interest).toBe('140.00');
    expect(result.total).toBe('2340.00');
    expect(result.breakdown[6]).toMatchObject({ month: 7, from: '2026-10-16', through: '2026-11-15' });
  });

  it('paid on the due date: nothing accrues; one day late: penalty and a whole first month', () => {
    expect(accrue({ ...base, asOf: '2026-04-15' })).toMatchObject({ monthsLate: 0, penalty: '0.00', interest: '0.00', total: '2000.00' });
    expect(accrue({ ...base, asOf: '2026-04-16' })).toMatchObject({ monthsLate: 1, penalty: '200.00', interest: '20.00', total: '2220.00' });
  });

  it('cites the rules it used', () => {
    const ids = accrue({ ...base, asOf: '2026-10-15' }).rulesApplied.map((rule) => rule.id);
    expect(ids).toEqual([
      'tax.individual_income.late_payment_penalty',
      'tax.individual_income.interest',
      'tax.individual_income.month_counting',
      'payment.application_order',
    ]);
  });

  it('serialises to JSON with the breakdown', () => {
    const json = JSON.parse(JSON.stringify(accrue({ ...base, asOf: '2026-10-15' })));
    expect(json.total).toBe('2320.00');
    expect(json.breakdown).toHaveLength(6);
  });
});
