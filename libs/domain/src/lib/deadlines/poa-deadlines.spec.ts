import { effectiveRules } from '../rules/effective-rules';
import { poaExpiryDeadlines } from './poa-deadlines';

describe('poaExpiryDeadlines', () => {
  it('gives a soft renewal target and the hard expiry, neither moved', () => {
    const [renewal, expiry] = poaExpiryDeadlines({ expiresOn: '2026-07-04' });
    expect(renewal).toMatchObject({ kind: 'follow_up', dueDate: '2026-06-04', hard: false, ruleId: 'poa.renewal_lead_days' });
    expect(renewal.rule).toMatch(/30 days before the recorded expiry/);
    expect(expiry).toMatchObject({ kind: 'poa_expiry', dueDate: '2026-07-04', computedDate: '2026-07-04', hard: true, rolledForward: false });
    expect(expiry.note).toMatch(/act by Thursday 2026-07-02/);
  });

  it('uses the firm lead time', () => {
    const rules = effectiveRules({ general: { poa: { renewalLeadDays: { value: 60 } } } });
    expect(poaExpiryDeadlines({ expiresOn: '2026-07-04', rules })[0].dueDate).toBe('2026-05-05');
  });

  it('refuses a bad expiry date', () => {
    expect(() => poaExpiryDeadlines({ expiresOn: '2026-06-31' })).toThrow(expect.objectContaining({ field: 'expiresOn' }));
  });
});
