import { accrualStableUntil } from '../accrual-horizon';
import { accrue, quoteAccrual } from '../accrue';

// Conn. Gen. Stat. §12-39a(a): when the last day for an act in connection with a tax falls on a Saturday,
// Sunday or legal holiday (§1-4), the act is timely on the next day that is none of these; §12-39a(b) adds IRS
// (D.C.) holidays for income tax and individual use tax. Paying the tax is such an act, so a payment on that
// next business day owes neither penalty nor interest. Paid later, interest counts from the original due date
// (Regs. §12-735(a)-1: interest runs "from the due date"; rule calendar.payment_due_date_roll).
describe('scenario: the tax itself is due on a Saturday, Sunday or legal holiday (§12-39a)', () => {
  // Saturday April 15, 2023; Sunday the 16th; Monday the 17th is D.C. Emancipation Day (observed), an IRS
  // legal holiday: 2023 income tax was timely through Tuesday April 18.
  const income = { taxType: 'individual_income', tax: '1000.00', dueDate: '2023-04-15' } as const;

  it('paid on the next business day (Tuesday 2023-04-18): no penalty, no interest', () => {
    const result = accrue({ ...income, asOf: '2023-05-01', payments: [{ date: '2023-04-18', amount: '1000.00' }] });
    expect(result).toMatchObject({
      monthsLate: 0,
      penalty: '0.00',
      interest: '0.00',
      total: '0.00',
      timelyThrough: '2023-04-18',
    });
    expect(result.rulesApplied.map((rule) => rule.id)).toContain('calendar.payment_due_date_roll');
  });

  it('unpaid while still timely: nothing accrues before Wednesday 2023-04-19', () => {
    expect(quoteAccrual({ ...income, asOf: '2023-04-18' })).toMatchObject({
      monthsLate: 0,
      penalty: '0.00',
      total: '1000.00',
    });
    expect(accrualStableUntil({ ...income, asOf: '2023-04-16' })).toBe('2023-04-18');
  });

  it('paid a day after that: 10% penalty and a month of interest counted from April 15 (April 16 – May 15)', () => {
    const result = accrue({ ...income, asOf: '2023-05-01', payments: [{ date: '2023-04-19', amount: '1110.00' }] });
    expect(result).toMatchObject({ monthsLate: 1, penalty: '100.00', interest: '10.00', total: '0.00' });
    expect(result.breakdown[0]).toMatchObject({ from: '2023-04-16', through: '2023-05-15' });
    // Month 2 starts May 16, counted from the original due date, not from the day it rolled to.
    expect(quoteAccrual({ ...income, asOf: '2023-05-16' })).toMatchObject({ monthsLate: 2, interest: '20.00' });
    expect(quoteAccrual({ ...income, asOf: '2023-05-18' }).monthsLate).toBe(2);
  });

  it('a part paid by the next business day is timely: penalty and interest run on the rest only', () => {
    const result = accrue({ ...income, asOf: '2023-05-01', payments: [{ date: '2023-04-18', amount: '600.00' }] });
    expect(result).toMatchObject({ penalty: '40.00', interest: '4.00', total: '444.00' });
  });

  it('sales tax due Saturday 2025-05-31 is timely on Monday June 2 (Connecticut holidays only)', () => {
    const sales = { taxType: 'sales', tax: '2000.00', dueDate: '2025-05-31' } as const;
    expect(
      quoteAccrual({ ...sales, asOf: '2025-07-01', payments: [{ date: '2025-06-02', amount: '2000.00' }] }),
    ).toMatchObject({
      penalty: '0.00',
      interest: '0.00',
      total: '0.00',
      timelyThrough: '2025-06-02',
    });
    expect(quoteAccrual({ ...sales, asOf: '2025-06-03' })).toMatchObject({ penalty: '300.00', interest: '20.00' });
  });

  it('withholding due Saturday 2025-11-15 and corporation tax due Saturday 2027-05-15 roll to Monday', () => {
    const paid = (taxType: 'business_withholding' | 'corporation', dueDate: string, on: string) =>
      quoteAccrual({ taxType, tax: '500.00', dueDate, asOf: '2028-01-01', payments: [{ date: on, amount: '500.00' }] });
    expect(paid('business_withholding', '2025-11-15', '2025-11-17')).toMatchObject({ total: '0.00', penalty: '0.00' });
    expect(paid('corporation', '2027-05-15', '2027-05-17')).toMatchObject({ total: '0.00', penalty: '0.00' });
    expect(paid('corporation', '2027-05-15', '2027-05-18')).toMatchObject({ penalty: '50.00', interest: '5.00' });
  });

  it('a firm that switches the rule off charges from the day after the calendar due date', () => {
    const rules = { general: { calendar: { paymentDueDateRoll: { value: false } } } } as const;
    return import('../../rules/effective-rules').then(({ effectiveRules }) => {
      const result = quoteAccrual({
        ...income,
        asOf: '2023-05-01',
        payments: [{ date: '2023-04-18', amount: '1000.00' }],
        rules: effectiveRules(rules),
      });
      expect(result).toMatchObject({ penalty: '100.00', interest: '10.00', timelyThrough: '2023-04-15' });
    });
  });
});
