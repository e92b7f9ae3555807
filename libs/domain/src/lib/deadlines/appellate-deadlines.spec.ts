import { deadlinesForAppellateDecision } from './appellate-deadlines';

describe('deadlinesForAppellateDecision', () => {
  it('shows the one-month finality date and the 30-day Superior Court appeal, noting the conflict', () => {
    const [final, appeal] = deadlinesForAppellateDecision({ decisionDate: '2026-01-30' });
    expect(final).toMatchObject({
      kind: 'appellate_decision_final',
      computedDate: '2026-02-28',
      dueDate: '2026-02-28',
      rolledForward: false,
      ruleId: 'appeal.appellate_decision_final',
    });
    expect(appeal).toMatchObject({
      kind: 'superior_court_appeal',
      computedDate: '2026-03-01',
      dueDate: '2026-03-02',
      rolledForward: true,
      hard: true,
      ruleId: 'appeal.superior_court_appeal',
    });
    expect(appeal.conflict).toMatch(/one month/);
  });

  it('refuses a bad decision date', () => {
    expect(() => deadlinesForAppellateDecision({ decisionDate: 'soon' })).toThrow(expect.objectContaining({ field: 'decisionDate' }));
  });
});
