import { deriveResponseStatus, ResolutionState } from './response-status';

const r = (type: string, status: string, details: Record<string, unknown> = {}): ResolutionState => ({ type, status, details });

describe('deriveResponseStatus', () => {
  it('is none without any resolution', () => {
    expect(deriveResponseStatus([], false)).toBe('none');
  });

  it('is paid once nothing is owed after a payment', () => {
    expect(deriveResponseStatus([r('payment', 'recorded')], true)).toBe('paid');
  });

  it('is in progress after a partial payment or a pending request', () => {
    expect(deriveResponseStatus([r('payment', 'recorded')], false)).toBe('in_progress');
    expect(deriveResponseStatus([r('penalty_waiver', 'submitted')], false)).toBe('in_progress');
    expect(deriveResponseStatus([r('installment_plan', 'requested')], false)).toBe('in_progress');
  });

  it('ranks a defaulted plan above an active one and a protest', () => {
    expect(deriveResponseStatus([r('installment_plan', 'approved'), r('protest', 'filed')], false)).toBe('plan_active');
    expect(deriveResponseStatus([r('installment_plan', 'approved'), r('installment_plan', 'defaulted')], false)).toBe('plan_defaulted');
  });

  it('counts a filed protest and a payment under protest as protested', () => {
    expect(deriveResponseStatus([r('protest', 'filed')], false)).toBe('protested');
    expect(deriveResponseStatus([r('payment', 'recorded', { payUnderProtest: true })], false)).toBe('protested');
  });

  it('falls back to none when every action is settled without effect', () => {
    expect(deriveResponseStatus([r('penalty_waiver', 'denied'), r('offer_of_compromise', 'withdrawn')], false)).toBe('none');
  });
});
