import { deadlinesForNotice } from '../notice-deadlines';

// 2026-02-15 + 60 days = Thursday 2026-04-16, D.C. Emancipation Day: an IRS legal holiday (IRC §7503).
describe('scenario: IRS legal holiday under §12-39a(b)', () => {
  it('moves an income tax protest deadline off D.C. Emancipation Day', () => {
    const [protest] = deadlinesForNotice({ kind: 'proposed_assessment', noticeDate: '2026-02-15', taxType: 'individual_income' });
    expect(protest).toMatchObject({ computedDate: '2026-04-16', dueDate: '2026-04-17', rolledForward: true });
    expect(protest.rollReason).toContain('IRC §7503');
  });

  it('does not move a sales tax deadline for it', () => {
    const [protest] = deadlinesForNotice({ kind: 'proposed_assessment', noticeDate: '2026-02-15', taxType: 'sales' });
    expect(protest).toMatchObject({ computedDate: '2026-04-16', dueDate: '2026-04-16', rolledForward: false });
  });

  it('infers income tax from an income tax balance-due notice', () => {
    const protest = deadlinesForNotice({ kind: 'individual_income_balance_due', noticeDate: '2028-02-17' }).find(
      (deadline) => deadline.kind === 'written_protest',
    );
    expect(protest).toMatchObject({ computedDate: '2028-04-17', dueDate: '2028-04-18' });
  });
});
