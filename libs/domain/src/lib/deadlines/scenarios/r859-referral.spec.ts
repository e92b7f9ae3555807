import { deadlinesForNotice } from '../notice-deadlines';

// An R859 dated Wednesday 2026-03-04: the 10th day is Saturday 2026-03-14, so referral is timely-paid through Monday.
describe('scenario: R859 private collection referral', () => {
  const [referral] = deadlinesForNotice({ kind: 'r859_referral', noticeDate: '2026-03-04' });

  it('is a hard 10-day deadline from the notice date, from the seed, configurable', () => {
    expect(referral).toMatchObject({
      kind: 'private_collection_referral',
      computedDate: '2026-03-14',
      dueDate: '2026-03-16',
      rolledForward: true,
      hard: true,
      ruleId: 'notice.r859_referral.private_collection_referral',
      basis: 'notice_date',
      citation: { source: 'seed' },
    });
    expect(referral.conflict).toMatch(/no public DRS source/);
    expect(referral.rule).toBe(
      'Pay, or the liability is referred to a private collection agency (which adds collection costs): 10 days after the notice date; a Saturday, Sunday or legal holiday moves it to the next business day',
    );
  });
});
