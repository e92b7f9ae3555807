import { assessEscalationRisk } from '../../risk/escalation-risk';
import { riskCase } from '../../risk/risk.fixtures';
import { deadlinesForNotice } from '../notice-deadlines';

// A jeopardy assessment is final and collectible ten days after service (Conn. Gen. Stat. §12-417) and is
// protested within those ten days (§12-418(a)(2)); DRS's 30-day collection notice comes before a levy.
describe('scenario: jeopardy assessments and 30-day collection notices', () => {
  it('a jeopardy assessment served (received) Monday 2026-03-02 must be paid or protested by Thursday 2026-03-12', () => {
    const [protest] = deadlinesForNotice({
      kind: 'jeopardy_assessment',
      noticeDate: '2026-02-27',
      receivedDate: '2026-03-02',
      taxType: 'sales',
    });
    expect(protest).toMatchObject({
      kind: 'written_protest',
      hard: true,
      basis: 'received_date',
      computedDate: '2026-03-12',
      dueDate: '2026-03-12',
    });
    expect(protest.citation.reference).toContain('§12-417');
  });

  it('without a received date it counts from the notice date, and says so', () => {
    const [protest] = deadlinesForNotice({ kind: 'jeopardy_assessment', noticeDate: '2026-02-27', taxType: 'sales' });
    // 2026-03-09 is a Monday: ten days from the notice.
    expect(protest).toMatchObject({ basis: 'notice_date', dueDate: '2026-03-09' });
    expect(protest.note).toContain('No received date was recorded');
  });

  it('a collection notice gives 30 days, hard, not moved off a weekend: 2026-02-05 + 30 = Saturday 2026-03-07, act by Friday', () => {
    const [respond] = deadlinesForNotice({ kind: 'collection_notice', noticeDate: '2026-02-05' });
    expect(respond).toMatchObject({ kind: 'respond_or_pay', hard: true, dueDate: '2026-03-07', rolledForward: false });
    expect(respond.note).toContain('act by Friday 2026-03-06');
  });

  it('both weigh on the tools they lead to, with the reason', () => {
    const jeopardy = assessEscalationRisk(riskCase({ noticeKind: 'jeopardy_assessment' }));
    expect(jeopardy.mechanisms.bank_levy.reasons[0]).toContain('final and collectible ten days after service');
    const collection = assessEscalationRisk(riskCase({ noticeKind: 'collection_notice' }));
    expect(collection.mechanisms.bank_levy.reasons[0]).toContain('30-day collection notice');
    const ordinary = assessEscalationRisk(riskCase());
    expect(collection.mechanisms.bank_levy.score).toBeGreaterThan(ordinary.mechanisms.bank_levy.score);
  });
});
