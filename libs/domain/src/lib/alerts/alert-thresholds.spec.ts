import { effectiveRules } from '../rules/effective-rules';
import { alertThresholds, hardDeadlineThreshold } from './alert-thresholds';

describe('alertThresholds', () => {
  it('reads the defaults: 7/3/1 days before a hard deadline, 14 days without activity, 2 for a possible scam, 30 for a POA', () => {
    expect(alertThresholds()).toMatchObject({
      hardDeadlineDays: [1, 3, 7],
      staleAfterDays: 14,
      possibleScamUntouchedDays: 2,
      poaRenewalLeadDays: 30,
    });
  });

  it("follows a firm's overrides, sorted and without repeats", () => {
    const rules = effectiveRules({
      general: { alerts: { hardDeadlineDays: { value: [10, 2, 10] } }, poa: { renewalLeadDays: { value: 45 } } },
    });
    expect(alertThresholds(rules)).toMatchObject({ hardDeadlineDays: [2, 10], poaRenewalLeadDays: 45 });
  });

  it('names the tightest threshold a deadline has reached: due today is 1, a week out 7, eight days none', () => {
    const thresholds = alertThresholds();
    expect([0, 1, 2, 3, 4, 7, 8, -1].map((days) => hardDeadlineThreshold(days, thresholds))).toEqual([
      1,
      1,
      3,
      3,
      7,
      7,
      undefined,
      undefined,
    ]);
  });
});
