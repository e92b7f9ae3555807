import { deadlinesForNotice } from '../notice-deadlines';

describe('scenario: deadline on Thanksgiving', () => {
  it('moves to the Friday after, which is not a Connecticut legal holiday', () => {
    const [respond] = deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2026-11-16' });
    expect(respond).toMatchObject({ computedDate: '2026-11-26', dueDate: '2026-11-27', rolledForward: true });
    expect(respond.rollReason).toContain('Thanksgiving Day, a Connecticut legal holiday (Conn. Gen. Stat. §1-4)');
  });
});
