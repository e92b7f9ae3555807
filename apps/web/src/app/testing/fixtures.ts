import type { ClientView, LoginResponse, Role, SessionUser, UserSummary } from '@nutmeg/contracts';
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
