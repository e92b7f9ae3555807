import { assessEscalationRisk } from '../escalation-risk';
import { riskCase } from '../risk.fixtures';

// R859 dated Monday 2026-03-02; today is 2026-03-10; the 10-day referral date is Thursday 2026-03-12.
describe('scenario: an R859 dated 8 days ago', () => {
  const risk = assessEscalationRisk(riskCase({ noticeKind: 'r859_referral' }));

  it('puts private collection on top with the days left in plain English', () => {
    expect(risk.topMechanism).toBe('private_collection');
    expect(risk.mechanisms.private_collection.reasons[0]).toBe('R859 dated 8 days ago, 2 days left');
    expect(risk.mechanisms.private_collection.level).toBe('high');
    expect(risk.level).toBe('high');
    expect(risk.score).toBe(risk.mechanisms.private_collection.score);
  });

  it('explains the other tools by the client’s exposure', () => {
    expect(risk.mechanisms.lien.reasons).toContain(
      'owns real property: a lien recorded with the town clerk attaches to it and blocks a sale or refinance',
    );
    expect(risk.mechanisms.wage_garnishment.reasons.join(' ')).toContain('W-2 wages from Hartford Widget Co.');
  });

  it('becomes critical once the referral date has passed', () => {
    const later = assessEscalationRisk(riskCase({ noticeKind: 'r859_referral', asOf: '2026-03-16' }));
    expect(later.mechanisms.private_collection.reasons[0]).toBe(
      'R859 dated 14 days ago; the referral date 2026-03-12 passed 4 days ago: expect a private collection agency and added collection costs',
    );
    expect(later.mechanisms.private_collection.level).toBe('critical');
  });
});
