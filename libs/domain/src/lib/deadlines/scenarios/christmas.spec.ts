import { deadlinesForNotice } from '../notice-deadlines';

describe('scenario: deadline on Christmas', () => {
  it('moves Friday 2026-12-25 past the weekend to Monday', () => {
    const [respond] = deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2026-12-15' });
    expect(respond).toMatchObject({ computedDate: '2026-12-25', dueDate: '2026-12-28', rolledForward: true });
    expect(respond.rollReason).toMatch(/^2026-12-25 is Christmas Day/);
  });

  it('moves the Friday observance of a Saturday Christmas (2027-12-24) and of New Year 2028 (2027-12-31)', () => {
    expect(deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2027-12-14' })[0]).toMatchObject({
      computedDate: '2027-12-24',
      dueDate: '2027-12-27',
    });
    expect(deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2027-12-21' })[0]).toMatchObject({
      computedDate: '2027-12-31',
      dueDate: '2028-01-03',
    });
  });
});
