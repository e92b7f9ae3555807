import { planRevocations, RevocableAuthorization, sharedMatters } from './poa-revocation';

const TODAY = '2026-11-10';

function poa(overrides: Partial<RevocableAuthorization> & { id: string }): RevocableAuthorization {
  return {
    status: 'active',
    taxTypes: ['sales'],
    periods: [{ year: 2024 }],
    signedOn: '2025-01-10',
    expiresOn: null,
    ...overrides,
  };
}

describe('which earlier LGL-001s a new one revokes', () => {
  const recorded = {
    id: 'new',
    taxTypes: ['sales'],
    periods: [{ fromYear: 2023, toYear: 2025 }],
    signedOn: '2026-11-01',
  };

  it('revokes an earlier one sharing a tax type and a month of a period, and says what was shared', () => {
    const plan = planRevocations(
      recorded,
      [
        poa({
          id: 'old',
          taxTypes: ['sales', 'business_withholding'],
          periods: [{ year: 2022 }, { year: 2024, quarter: 3 }],
        }),
      ],
      TODAY,
    );
    expect(plan.revoke).toHaveLength(1);
    expect(plan.revoke[0].overlap).toEqual({ taxTypes: ['sales'], periods: [{ year: 2024, quarter: 3 }] });
    expect(plan.newer).toEqual([]);
  });

  it('leaves one with the same periods but another tax type, and one with the same tax type but other periods', () => {
    const plan = planRevocations(
      recorded,
      [
        poa({ id: 'income', taxTypes: ['individual_income'] }),
        poa({ id: 'older-years', periods: [{ fromYear: 2015, toYear: 2022 }] }),
      ],
      TODAY,
    );
    expect(plan).toEqual({ revoke: [], newer: [] });
  });

  it('needs the tax type AND the period to be shared by the same form, not one from each of two', () => {
    expect(
      sharedMatters(
        { taxTypes: ['sales'], periods: [{ year: 2020 }] },
        { taxTypes: ['individual_income'], periods: [{ year: 2020 }] },
      ),
    ).toBeNull();
  });

  it('revokes filed ones too, but not drafts, revoked or already expired ones, nor the new one itself', () => {
    const plan = planRevocations(
      recorded,
      [
        poa({ id: 'filed', status: 'filed' }),
        poa({ id: 'draft', status: 'draft' }),
        poa({ id: 'revoked', status: 'revoked' }),
        poa({ id: 'expired', expiresOn: '2026-06-30' }),
        poa({ id: 'expires-today', expiresOn: TODAY }),
        poa({ id: 'new' }),
      ],
      TODAY,
    );
    expect(plan.revoke.map((entry) => entry.poa.id)).toEqual(['filed', 'expires-today']);
  });

  it('does not revoke one signed later: DRS treats that one as current, and the caller refuses', () => {
    const plan = planRevocations(
      recorded,
      [poa({ id: 'later', signedOn: '2026-11-05' }), poa({ id: 'same-day', signedOn: '2026-11-01' })],
      TODAY,
    );
    expect(plan.newer.map((entry) => entry.poa.id)).toEqual(['later']);
    expect(plan.revoke.map((entry) => entry.poa.id)).toEqual(['same-day']);
  });
});
