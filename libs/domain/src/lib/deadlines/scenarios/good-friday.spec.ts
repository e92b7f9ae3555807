import { deadlinesForNotice } from '../notice-deadlines';

describe('scenario: deadline on Good Friday', () => {
  it('moves 2026-04-03 to Monday 2026-04-06', () => {
    const [respond] = deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2026-03-24' });
    expect(respond).toMatchObject({ computedDate: '2026-04-03', dueDate: '2026-04-06', rolledForward: true });
    expect(respond.rollReason).toContain('Good Friday, a Connecticut legal holiday');
  });
});
