import { costOfWaiting, projectPayoff, projectPayoffByDay } from './payoff-projection';

const seed = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15' } as const;

describe('projectPayoff', () => {
  it('says what paying in full on a date costs', () => {
    expect(projectPayoff(seed, '2026-10-15')).toMatchObject({ payDate: '2026-10-15', payoff: '2320.00' });
    expect(projectPayoff(seed, '2026-10-16').payoff).toBe('2340.00');
    expect(projectPayoff({ ...seed, payments: [{ date: '2026-06-20', amount: '1000.00' }] }, '2026-10-15').payoff).toBe('1290.00');
  });

  it('names payDate when it is invalid', () => {
    expect(() => projectPayoff(seed, '2026-10-32')).toThrow(expect.objectContaining({ field: 'payDate' }));
  });
});

describe('projectPayoffByDay', () => {
  it('returns runs of days at the same payoff, changing only at month starts', () => {
    expect(projectPayoffByDay(seed, { from: '2026-04-10', to: '2026-06-20' })).toEqual([
      { from: '2026-04-10', through: '2026-04-15', payoff: '2000.00', monthsLate: 0 },
      { from: '2026-04-16', through: '2026-05-15', payoff: '2220.00', monthsLate: 1 },
      { from: '2026-05-16', through: '2026-06-15', payoff: '2240.00', monthsLate: 2 },
      { from: '2026-06-16', through: '2026-06-20', payoff: '2260.00', monthsLate: 3 },
    ]);
  });

  it('includes recorded payments', () => {
    const runs = projectPayoffByDay({ ...seed, payments: [{ date: '2026-05-01', amount: '2220.00' }] }, { from: '2026-04-20', to: '2026-07-01' });
    expect(runs).toEqual([
      { from: '2026-04-20', through: '2026-04-30', payoff: '2220.00', monthsLate: 1 },
      { from: '2026-05-01', through: '2026-07-01', payoff: '0.00', monthsLate: 1 },
    ]);
  });

  it('covers ten years in about one run per month', () => {
    const runs = projectPayoffByDay(seed, { from: '2026-04-01', to: '2036-03-31' });
    expect(runs.length).toBeLessThanOrEqual(121);
    expect(runs[runs.length - 1]).toMatchObject({ through: '2036-03-31', payoff: '4600.00', monthsLate: 120 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => projectPayoffByDay(seed, { from: '2026-05-01', to: '2026-04-01' })).toThrow(expect.objectContaining({ field: 'to' }));
  });
});

describe('costOfWaiting', () => {
  it('prices one more month', () => {
    expect(costOfWaiting(seed, '2026-10-15')).toEqual({
      payDate: '2026-10-15',
      payoffOnPayDate: '2320.00',
      lastDayAtThisAmount: '2026-10-15',
      nextIncreaseDate: '2026-10-16',
      payoffOnNextIncrease: '2340.00',
      extraCost: '20.00',
      explanation: 'Paid by 2026-10-15 the payoff is $2320.00; from 2026-10-16 another month of interest adds $20.00.',
    });
  });

  it('before the due date, waiting a day adds the penalty and the first month', () => {
    expect(costOfWaiting(seed, '2026-04-01')).toMatchObject({
      nextIncreaseDate: '2026-04-16',
      extraCost: '220.00',
      explanation: expect.stringContaining('the late-payment penalty and the first month of interest'),
    });
  });

  it('adds nothing once the tax is paid', () => {
    expect(costOfWaiting({ ...seed, payments: [{ date: '2026-05-01', amount: '2000.00' }] }, '2026-06-01')).toMatchObject({
      extraCost: '0.00',
      payoffOnPayDate: '220.00',
    });
  });
});
