import { accrue } from '../accrue';

// $2,000 income tax due 2026-04-15; $1,000 paid 2026-06-20, in the third month.
describe('scenario: a partial payment mid-way', () => {
  const base = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' } as const;

  it('charges the third month on $2,000 and later months on $1,000; the penalty stays on the due-date balance', () => {
    const result = accrue({ ...base, payments: [{ date: '2026-06-20', amount: '1000.00' }] });
    expect(result.breakdown.map((month) => [month.month, month.unpaidTax, month.interest])).toEqual([
      [1, '2000.00', '20.00'],
      [2, '2000.00', '20.00'],
      [3, '2000.00', '20.00'],
      [4, '1000.00', '10.00'],
      [5, '1000.00', '10.00'],
      [6, '1000.00', '10.00'],
    ]);
    expect(result).toMatchObject({
      monthsLate: 6,
      penalty: '200.00',
      interest: '90.00',
      paid: '1000.00',
      total: '1290.00',
      unpaid: { tax: '1000.00', penalty: '200.00', interest: '90.00' },
    });
    expect(result.payments).toEqual([
      { date: '2026-06-20', amount: '1000.00', toTax: '1000.00', toInterest: '0.00', toPenalty: '0.00', toCredit: '0.00' },
    ]);
  });

  it('a payment on the last day of a month stops the next month; one on its first day does not', () => {
    const onLastDay = accrue({ ...base, payments: [{ date: '2026-06-15', amount: '1000.00' }] });
    expect(onLastDay.breakdown[2]).toMatchObject({ month: 3, unpaidTax: '1000.00' });
    const onFirstDay = accrue({ ...base, payments: [{ date: '2026-06-16', amount: '1000.00' }] });
    expect(onFirstDay.breakdown[2]).toMatchObject({ month: 3, unpaidTax: '2000.00' });
  });

  it('paying off the tax stops interest; the rest pays interest, then penalty', () => {
    const result = accrue({ ...base, payments: [{ date: '2026-05-10', amount: '2050.00' }] });
    expect(result.monthsLate).toBe(1);
    expect(result.interest).toBe('20.00');
    expect(result.payments[0]).toMatchObject({ toTax: '2000.00', toInterest: '20.00', toPenalty: '30.00' });
    expect(result.unpaid).toEqual({ tax: '0.00', penalty: '170.00', interest: '0.00' });
    expect(result.total).toBe('170.00');
  });

  it('ignores payments dated after asOf: they have not happened yet', () => {
    const result = accrue({ ...base, payments: [{ date: '2026-12-01', amount: '2000.00' }] });
    expect(result.total).toBe('2320.00');
    expect(result.payments).toEqual([]);
  });

  it('applies same-day payments in the order given, and sorts the rest by date', () => {
    const result = accrue({
      ...base,
      payments: [
        { date: '2026-08-01', amount: '100.00' },
        { date: '2026-06-20', amount: '300.00' },
        { date: '2026-06-20', amount: '200.00' },
      ],
    });
    expect(result.payments.map((payment) => `${payment.date} ${payment.amount}`)).toEqual([
      '2026-06-20 300.00',
      '2026-06-20 200.00',
      '2026-08-01 100.00',
    ]);
  });
});
