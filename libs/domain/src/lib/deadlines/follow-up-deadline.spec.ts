import { followUpDeadline } from './follow-up-deadline';

describe('followUpDeadline', () => {
  it('defaults to 7 days, moved off Thanksgiving', () => {
    expect(followUpDeadline({ from: '2026-11-19' })).toMatchObject({
      kind: 'follow_up',
      computedDate: '2026-11-26',
      dueDate: '2026-11-27',
      hard: false,
      ruleId: 'follow_up.default',
    });
  });

  it('takes a number of days and refuses nonsense', () => {
    expect(followUpDeadline({ from: '2026-11-19', days: 2 }).dueDate).toBe('2026-11-23');
    expect(() => followUpDeadline({ from: '2026-11-19', days: -1 })).toThrow(expect.objectContaining({ field: 'days' }));
    expect(() => followUpDeadline({ from: 'tomorrow' })).toThrow(expect.objectContaining({ field: 'from' }));
  });
});
