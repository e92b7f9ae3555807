import type {
  AlertView,
  ClientView,
  DeadlineView,
  LoginResponse,
  MechanismRiskView,
  NoticeView,
  Role,
  SessionUser,
  UserSummary,
} from '@nutmeg/contracts';
import { SESSION_STORAGE_KEY, type StoredSession } from '../core/auth/auth.service';

export function sessionUser(role: Role = 'manager'): SessionUser {
  return {
    id: `user-${role}`,
    email: `${role}@demo.test`,
    fullName: { manager: 'Maria Manager', practitioner: 'Paul Practitioner', assistant: 'Ada Assistant' }[role],
    role,
    firm: { id: 'firm-1', name: 'Demo CPA Group' },
  };
}

export function loginResponse(role: Role = 'manager'): LoginResponse {
  return {
    accessToken: `token-for-${role}`,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: sessionUser(role),
  };
}

/** Puts a signed-in session where AuthService looks for it; call before the service is first injected. */
export function storeSession(role: Role = 'manager'): StoredSession {
  const { accessToken, expiresAt, user } = loginResponse(role);
  const session = { accessToken, expiresAt, user };
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  return session;
}

export const ASSIGNEES: UserSummary[] = [
  { id: 'u-paul', email: 'practitioner@demo.test', fullName: 'Paul Practitioner', role: 'practitioner' },
  { id: 'u-maria', email: 'manager@demo.test', fullName: 'Maria Manager', role: 'manager' },
];

export function clientView(overrides: Partial<ClientView> = {}): ClientView {
  return {
    id: 'c-1',
    kind: 'individual',
    legalName: 'Jane Q. Taxpayer',
    dba: null,
    taxpayerIdMasked: '***-**-6789',
    ctRegistrationNumber: null,
    ctAccountNumber: null,
    address: { street: '1 Elm St', city: 'Hartford', state: 'CT', postalCode: '06103' },
    phone: null,
    email: 'jane@example.com',
    assignedPractitioner: { id: 'u-paul', fullName: 'Paul Practitioner' },
    notes: null,
    hasW2Wages: true,
    employerName: 'Acme Insurance',
    knownBankAccounts: 2,
    ownsRealProperty: false,
    expectsFederalRefund: false,
    holdsCtBusinessRegistration: false,
    inBankruptcy: false,
    underCriminalInvestigation: false,
    version: 3,
    createdAt: '2026-01-05T14:00:00.000Z',
    updatedAt: '2026-01-05T14:00:00.000Z',
    ...overrides,
  };
}

/** Types into an input the way a user does, so reactive forms see it. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

export function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** querySelector that fails the test with a readable message instead of returning null. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing on the page matches ${selector}`);
  return found;
}

export function mechanismRisk(
  mechanism: string,
  level: string,
  reasons: string[] = [`${mechanism} reason`],
): MechanismRiskView {
  const score = { low: 10, elevated: 40, high: 70, critical: 90 }[level] ?? 0;
  return { mechanism, level, score, reasons };
}

export function deadlineView(overrides: Partial<DeadlineView> = {}): DeadlineView {
  return {
    id: 'd-1',
    kind: 'respond_or_pay',
    dueDate: '2026-12-10',
    computedDate: '2026-12-10',
    rolledForward: false,
    rollReason: null,
    hard: true,
    status: 'open',
    metAt: null,
    ruleId: 'ct.notice.respond',
    rule: 'Respond or pay within 30 days of the notice date',
    citation: { source: 'drs', reference: 'Notice instructions' },
    daysLeft: 15,
    ...overrides,
  };
}

export function noticeView(overrides: Partial<NoticeView> = {}): NoticeView {
  const next = deadlineView();
  return {
    id: 'n-1',
    client: { id: 'c-1', legalName: 'Jane Q. Taxpayer' },
    kind: 'individual_income_balance_due',
    taxType: 'individual_income',
    taxPeriods: [{ year: 2024 }],
    noticeDate: '2026-11-10',
    receivedDate: '2026-11-14',
    taxDueDate: '2025-04-15',
    taxDueDateAssumed: false,
    penaltyKind: 'late_payment',
    extendedDueDate: null,
    accountNumber: '1234567',
    correspondenceId: 'L0012345678',
    reason: 'math_error',
    stated: {
      tax: '2000.00',
      penalty: '200.00',
      interest: '120.00',
      credits: '0.00',
      balanceDue: '2320.00',
      asOf: '2026-11-10',
    },
    assignee: { id: 'u-paul', fullName: 'Paul Ortiz' },
    status: 'new',
    allowedTransitions: ['triage', 'closed_no_action'],
    responseStatus: 'none',
    possibleScam: false,
    notes: null,
    deadlines: [next],
    checklist: [],
    figures: {
      asOf: '2026-11-25',
      balanceNow: '2412.35',
      penaltyNow: '200.00',
      penaltyWaived: '0.00',
      interestNow: '212.35',
      unpaid: { tax: '2000.00', penalty: '200.00', interest: '212.35' },
      paid: '0.00',
      monthsLate: 19,
      nextDeadline: next,
      balanceAtNextDeadline: '2430.00',
      risk: {
        score: 40,
        level: 'elevated',
        topMechanism: 'lien',
        mechanisms: [mechanismRisk('lien', 'elevated', ['Balance above the lien threshold'])],
      },
    },
    version: 1,
    createdAt: '2026-11-14T15:00:00.000Z',
    updatedAt: '2026-11-14T15:00:00.000Z',
    ...overrides,
  };
}

export function alertView(overrides: Partial<AlertView> = {}): AlertView {
  return {
    id: 'a-1',
    kind: 'deadline_due_soon',
    threshold: 7,
    noticeId: 'n-1',
    clientId: 'c-1',
    message: 'Respond or pay for Jane Q. Taxpayer is due in 7 days',
    createdAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    readAt: null,
    ...overrides,
  };
}
