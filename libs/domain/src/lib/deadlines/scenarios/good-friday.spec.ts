import { deadlinesForNotice } from '../notice-deadlines';

describe('scenario: deadline on Good Friday', () => {
  it('moves 2026-04-03 to Monday 2026-04-06', () => {
    const [referral] = deadlinesForNotice({ kind: 'r859_referral', noticeDate: '2026-03-24' });
    expect(referral).toMatchObject({ computedDate: '2026-04-03', dueDate: '2026-04-06', rolledForward: true });
    expect(referral.rollReason).toContain('Good Friday, a Connecticut legal holiday');
  });
});
