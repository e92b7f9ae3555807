import { NOTICE_KINDS, RESPONSE_STATUSES, RISK_MECHANISMS } from '../vocabulary/vocabulary';
import { AGE_STEPS, NOTICE_BASE_POINTS, STATUS_PERCENT, STATUS_REASONS } from './risk-model';

describe('risk model weights', () => {
  it('covers every notice kind, mechanism and status', () => {
    for (const kind of NOTICE_KINDS) {
      for (const mechanism of RISK_MECHANISMS) expect(NOTICE_BASE_POINTS[kind][mechanism]).toBeGreaterThanOrEqual(0);
    }
    for (const status of RESPONSE_STATUSES) {
      expect(STATUS_PERCENT[status]).toBeGreaterThanOrEqual(0);
      expect(STATUS_REASONS[status].length).toBeGreaterThan(0);
    }
    expect(STATUS_PERCENT.paid).toBe(0);
  });

  it('has age steps that only rise with age (checked from the longest down)', () => {
    for (let index = 1; index < AGE_STEPS.length; index += 1) {
      expect(AGE_STEPS[index].days).toBeLessThan(AGE_STEPS[index - 1].days);
      expect(AGE_STEPS[index].points).toBeLessThan(AGE_STEPS[index - 1].points);
    }
  });
});
