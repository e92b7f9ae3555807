import { deadlinesForNotice } from '../notice-deadlines';

describe('scenario: deadline on Thanksgiving', () => {
  it('moves to the Friday after, which is not a Connecticut legal holiday', () => {
    const [referral] = deadlinesForNotice({ kind: 'r859_referral', noticeDate: '2026-11-16' });
    expect(referral).toMatchObject({ computedDate: '2026-11-26', dueDate: '2026-11-27', rolledForward: true });
    expect(referral.rollReason).toContain('Thanksgiving Day, a Connecticut legal holiday (Conn. Gen. Stat. §1-4)');
  });
});
