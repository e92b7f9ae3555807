import { deadlinesForNotice } from '../notice-deadlines';

// Conn. Gen. Stat. §12-418(a): a sales or use tax assessment may be protested within sixty days after
// *service* of the notice; §12-729 counts the income tax's from mailing. The received date records service.
describe('scenario: a sales-tax assessment protest counts from service (§12-418)', () => {
  const protest = (taxType: 'sales' | 'individual_income', receivedDate: string | null) =>
    deadlinesForNotice({ kind: 'proposed_assessment', noticeDate: '2026-01-05', receivedDate, taxType }).find(
      (deadline) => deadline.kind === 'written_protest',
    );

  it('received 2026-01-09: 60 days from the 9th, Tuesday 2026-03-10', () => {
    expect(protest('sales', '2026-01-09')).toMatchObject({
      basis: 'received_date',
      basisDate: '2026-01-09',
      dueDate: '2026-03-10',
    });
    expect(protest('sales', '2026-01-09')?.calendarRuleIds).toContain('deadlines.protest_from_service');
  });

  it('no received date: the notice date, which is never later than service, and says so', () => {
    const deadline = protest('sales', null);
    expect(deadline).toMatchObject({ basis: 'notice_date', dueDate: '2026-03-06' });
    expect(deadline?.note).toContain('Counts from service of the notice (§12-418)');
  });

  it('income tax still counts from mailing (§12-729), whatever the received date', () => {
    expect(protest('individual_income', '2026-01-09')).toMatchObject({ basis: 'notice_date', dueDate: '2026-03-06' });
  });
});
