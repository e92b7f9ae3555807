import { installmentSchedule } from '../installment-schedule';

// A plan's opening balance is the penalty and interest owed when it starts. A figure known on an earlier day
// (the notice's, or today's on the case page) still accrues a month of interest for every month that begins
// before the first payment (Conn. Gen. Stat. §12-735(a): 1% "for each month or fraction thereof").
describe('scenario: a plan that starts after the day its penalty-and-interest figure was owed', () => {
  // $2,000 income tax due 2026-04-15: on 2026-10-15, 6 months — $200 penalty + $120 interest = $320.
  const plan = {
    taxType: 'individual_income',
    balance: '2000.00',
    dueDate: '2026-04-15',
    months: 6,
    startDate: '2026-12-01',
    penaltyAndInterestAlreadyDue: '320.00',
  } as const;

  it('adds the interest of the months from that day to the start: $320 on Oct 15 is $360 on Dec 1', () => {
    const schedule = installmentSchedule({ ...plan, penaltyAndInterestAsOf: '2026-10-15' });
    expect(schedule.opening).toEqual({ tax: '2000.00', penaltyAndInterest: '360.00', total: '2360.00' });
    // The same as letting the engine accrue everything from the due date.
    const computed = installmentSchedule({ ...plan, penaltyAndInterestAlreadyDue: null });
    expect(schedule.payoffTotal).toBe(computed.payoffTotal);
    // (The known figure is one sum, so how the last payment splits it between penalty and interest may differ.)
    expect(schedule.payments.map((payment) => payment.amount)).toEqual(computed.payments.map((payment) => payment.amount));
  });

  it('without a date the figure is taken as owed on the start date', () => {
    expect(installmentSchedule(plan).opening.penaltyAndInterest).toBe('320.00');
  });

  it('refuses a figure dated after the first payment, naming the field', () => {
    expect(() => installmentSchedule({ ...plan, penaltyAndInterestAsOf: '2026-12-02' })).toThrow(
      expect.objectContaining({ field: 'penaltyAndInterestAsOf' }),
    );
  });
});
