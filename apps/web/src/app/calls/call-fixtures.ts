import type { CallView, PoaCoverageAnswer, PoaGridView, PoaView } from '@nutmeg/contracts';

/** Test data for the calls and client specs, shaped exactly as the api answers. */
export function coverageAnswer(overrides: Partial<PoaCoverageAnswer> = {}): PoaCoverageAnswer {
  return {
    covered: true,
    code: 'covered',
    reason: "Covered: Ada Assistant's POA for individual income tax 2024 is in force until 2027-06-30",
    poa: {
      id: 'poa-1',
      representative: { id: 'user-assistant', fullName: 'Ada Assistant' },
      status: 'active',
      taxTypes: ['individual_income'],
      periodLabels: ['2019–2026'],
      effectiveOn: '2025-01-10',
      expiresOn: '2027-06-30',
      confirmationNumber: 'LGL-4400',
    },
    asOf: '2026-11-25',
    matter: { taxType: 'individual_income', periodLabels: ['2024'] },
    ...overrides,
  };
}

export const NOT_COVERED: PoaCoverageAnswer = {
  covered: false,
  code: 'no_poa',
  reason: 'No active POA for individual income tax 2024 names Ada Assistant on 2026-11-25',
  asOf: '2026-11-25',
  matter: { taxType: 'individual_income', periodLabels: ['2024'] },
};

export function callView(overrides: Partial<CallView> = {}): CallView {
  return {
    id: 'call-1',
    client: { id: 'c-1', legalName: 'Jane Q. Taxpayer' },
    notice: { id: 'n-1', correspondenceId: 'L0012345678', taxType: 'individual_income' },
    caller: { id: 'user-assistant', fullName: 'Ada Assistant' },
    loggedBy: { id: 'user-assistant', fullName: 'Ada Assistant' },
    line: 'greater_hartford',
    lineNumber: '860-297-5962',
    lineDetail: null,
    drsEmployeeName: 'Agent Morales',
    drsEmployeeId: null,
    startedAt: '2026-11-25T14:05:00.000Z',
    callDate: '2026-11-25',
    holdMinutes: 12,
    talkMinutes: 9,
    purpose: 'Confirm the balance',
    outcome: 'info_obtained',
    referenceNumber: null,
    drsPromises: null,
    followUpOn: null,
    followUpDeadline: null,
    notes: null,
    flaggedNoPoa: false,
    poaCoverage: coverageAnswer(),
    version: 1,
    createdAt: '2026-11-25T14:20:00.000Z',
    updatedAt: '2026-11-25T14:20:00.000Z',
    ...overrides,
  };
}

export function poaView(overrides: Partial<PoaView> = {}): PoaView {
  return {
    id: 'poa-1',
    client: { id: 'c-1', legalName: 'Jane Q. Taxpayer' },
    representative: { id: 'u-paul', fullName: 'Paul Practitioner' },
    taxTypes: ['individual_income'],
    periods: [{ fromYear: 2019, toYear: 2024 }],
    periodLabels: ['2019–2024'],
    powers: ['receive_refund_checks'],
    otherActs: null,
    includesSpouse: false,
    status: 'active',
    allowedTransitions: ['revoked'],
    signedOn: '2025-01-02',
    filedOn: '2025-01-05',
    confirmationNumber: 'LGL-4400',
    effectiveOn: '2025-01-05',
    expiresOn: '2027-06-30',
    daysToExpiry: 582,
    renewBy: '2027-05-31',
    expiringSoon: false,
    revokedOn: null,
    revokedByPoaId: null,
    revocationReason: null,
    notes: null,
    version: 1,
    createdAt: '2025-01-05T14:00:00.000Z',
    updatedAt: '2025-01-05T14:00:00.000Z',
    ...overrides,
  };
}

export function poaGrid(overrides: Partial<PoaGridView> = {}): PoaGridView {
  return { clientId: 'c-1', asOf: '2026-11-25', periods: [], rows: [], ...overrides };
}
