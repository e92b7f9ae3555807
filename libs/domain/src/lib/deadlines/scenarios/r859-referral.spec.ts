import { deadlinesForNotice } from '../notice-deadlines';

// The R-859's referral date and the Treasury Offset's 60 days are set by a letter or a federal program, not
// "prescribed under authority of the general statutes", so §12-39a may not extend them: the computed day is
// the hard date, and a closed day means acting the business day before (as installment dates do).
describe('scenario: R859 private collection referral', () => {
  // An R859 dated Wednesday 2026-03-04: the 10th day is Saturday 2026-03-14.
  const [referral] = deadlinesForNotice({ kind: 'r859_referral', noticeDate: '2026-03-04' });

  it('is a hard 10-day deadline from the notice date, from the seed, configurable', () => {
    expect(referral).toMatchObject({
      kind: 'private_collection_referral',
      computedDate: '2026-03-14',
      hard: true,
      ruleId: 'notice.r859_referral.private_collection_referral',
      basis: 'notice_date',
      citation: { source: 'seed' },
    });
    expect(referral.conflict).toMatch(/no public DRS source/);
    expect(referral.rule).toBe(
      'Pay, or the liability is referred to a private collection agency (which adds collection costs): 10 days after the notice date',
    );
  });

  it('is not moved off a Saturday: the hard date stays 2026-03-14 and says to act by Friday 2026-03-13', () => {
    expect(referral).toMatchObject({ dueDate: '2026-03-14', rolledForward: false });
    expect(referral.rollReason).toBeUndefined();
    expect(referral.note).toMatch(/^2026-03-14 is a Saturday; this date is not moved, so act by Friday 2026-03-13\./);
  });

  it('a referral date on Good Friday 2026-04-03 stays there, to be met by Thursday', () => {
    const [onHoliday] = deadlinesForNotice({ kind: 'r859_referral', noticeDate: '2026-03-24' });
    expect(onHoliday).toMatchObject({ computedDate: '2026-04-03', dueDate: '2026-04-03' });
    expect(onHoliday.note).toContain('act by Thursday 2026-04-02');
  });
});

describe('scenario: Treasury Offset notice of intent', () => {
  it('60 days from 2026-05-04 is Friday 2026-07-03 (Independence Day observed): not moved, act by Thursday', () => {
    const [offset] = deadlinesForNotice({ kind: 'intent_to_offset', noticeDate: '2026-05-04' });
    expect(offset).toMatchObject({
      kind: 'offset_response',
      computedDate: '2026-07-03',
      dueDate: '2026-07-03',
      hard: true,
    });
    expect(offset.note).toContain('act by Thursday 2026-07-02');
  });
});
