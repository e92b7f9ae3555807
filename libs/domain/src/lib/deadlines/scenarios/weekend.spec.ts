import { deadlinesForNotice } from '../notice-deadlines';

describe('scenario: deadline on a weekend', () => {
  it('moves a Sunday protest deadline to Monday and shows both dates', () => {
    // 2026-06-10 + 60 days = Sunday 2026-08-09.
    const [, protest] = deadlinesForNotice({ kind: 'individual_income_balance_due', noticeDate: '2026-06-10' });
    expect(protest).toMatchObject({ kind: 'written_protest', computedDate: '2026-08-09', dueDate: '2026-08-10', rolledForward: true });
    expect(protest.rollReason).toBe(
      '2026-08-09 is a Sunday; the act is timely on Monday 2026-08-10, the next day that is not a Saturday, Sunday or legal holiday (Conn. Gen. Stat. §12-39a(a),(b))',
    );
  });

  it('moves a Saturday target to Monday, and leaves a weekday deadline alone', () => {
    const [respond] = deadlinesForNotice({ kind: 'individual_income_balance_due', noticeDate: '2026-06-10' });
    expect(respond).toMatchObject({ computedDate: '2026-06-20', dueDate: '2026-06-22', rolledForward: true, hard: false });
    const [onWeekday] = deadlinesForNotice({ kind: 'individual_income_balance_due', noticeDate: '2026-06-08' });
    expect(onWeekday).toMatchObject({ computedDate: '2026-06-18', dueDate: '2026-06-18', rolledForward: false });
    expect(onWeekday.rollReason).toBeUndefined();
  });
});
