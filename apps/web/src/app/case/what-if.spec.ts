import { DEFAULT_RULES } from '@nutmeg/domain';
import { noticeView } from '../testing/fixtures';
import { computeWhatIf } from './what-if';

describe('computeWhatIf', () => {
  // $2,000 income tax due 2025-04-15; on 2026-11-25 it is 20 months late: $400 interest, and the $200 penalty
  // was waived by DRS, so the api's balance is $2,400.00.
  const waived = noticeView({
    figures: {
      ...noticeView().figures,
      asOf: '2026-11-25',
      balanceNow: '2400.00',
      penaltyNow: '0.00',
      penaltyWaived: '200.00',
      interestNow: '400.00',
      unpaid: { tax: '2000.00', penalty: '0.00', interest: '400.00' },
    },
  });

  it('accrues on the same facts as the api, the waived penalty included', () => {
    const outcome = computeWhatIf(waived, [], '2026-11-25', DEFAULT_RULES);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.quote).toMatchObject({ total: '2400.00', penalty: '0.00', penaltyWaived: '200.00' });
    expect(outcome.value.moreThanToday).toBe('0.00');
  });

  it('prices a later day from there: a month on, $20 more', () => {
    const outcome = computeWhatIf(waived, [], '2026-12-16', DEFAULT_RULES);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.moreThanToday).toBe('20.00');
  });
});
