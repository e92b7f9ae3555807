import { CoverageAuthorization, CoverageQuestion, decidePoaCoverage, inForceOn } from './poa-coverage';

const alice = { id: 'u-alice', fullName: 'Alice Byrne' };
const paul = { id: 'u-paul', fullName: 'Paul Ortiz' };
const DAY = '2026-11-10';

function poa(overrides: Partial<CoverageAuthorization> = {}): CoverageAuthorization {
  return {
    id: 'poa-1',
    representative: alice,
    status: 'active',
    taxTypes: ['sales'],
    periods: [{ fromYear: 2019, toYear: 2024 }],
    filedOn: '2025-01-15',
    effectiveOn: '2025-01-20',
    expiresOn: '2027-06-30',
    revokedOn: null,
    confirmationNumber: 'LGL-778812',
    ...overrides,
  };
}

function ask(overrides: Partial<CoverageQuestion> = {}): CoverageQuestion {
  return { person: alice, taxType: 'sales', periods: [{ year: 2024, quarter: 3 }], date: DAY, ...overrides };
}

describe('decidePoaCoverage', () => {
  it('covers a quarter inside a range of years on an active authorization naming the person', () => {
    const answer = decidePoaCoverage([poa()], ask());
    expect(answer).toMatchObject({ covered: true, code: 'covered', poa: { id: 'poa-1', status: 'active' }, asOf: DAY });
    expect(answer.reason).toMatch(/Alice Byrne's POA for sales tax 2024-Q3 is in force until 2027-06-30/);
    expect(answer.matter).toEqual({ taxType: 'sales', periodLabels: ['2024-Q3'] });
  });

  it('covers a year that two authorizations cover together', () => {
    const halves = [
      poa({
        id: 'h1',
        periods: [
          { year: 2024, quarter: 1 },
          { year: 2024, quarter: 2 },
        ],
      }),
      poa({
        id: 'h2',
        periods: [
          { year: 2024, quarter: 3 },
          { year: 2024, quarter: 4 },
        ],
      }),
    ];
    expect(decidePoaCoverage(halves, ask({ periods: [{ year: 2024 }] })).covered).toBe(true);
    expect(decidePoaCoverage(halves.slice(0, 1), ask({ periods: [{ year: 2024 }] })).code).toBe('other_period');
  });

  it('needs every period of a notice', () => {
    const answer = decidePoaCoverage(
      [poa({ periods: [{ year: 2024 }] })],
      ask({
        periods: [
          { year: 2024, quarter: 4 },
          { year: 2025, quarter: 1 },
        ],
      }),
    );
    expect(answer).toMatchObject({ covered: false, code: 'other_period' });
    expect(answer.reason).toMatch(
      /No active POA for sales tax 2024-Q4, 2025-Q1: Alice Byrne's POA for sales tax covers 2024/,
    );
  });

  it('says when the authorization expired (the expiry day itself still counts)', () => {
    const expired = poa({ expiresOn: '2026-06-30' });
    expect(decidePoaCoverage([expired], ask())).toMatchObject({
      covered: false,
      code: 'expired',
      poa: { status: 'expired' },
    });
    expect(decidePoaCoverage([expired], ask()).reason).toMatch(/^POA expired on 2026-06-30/);
    expect(decidePoaCoverage([expired], ask({ date: '2026-06-30' })).covered).toBe(true);
  });

  it('answers for the day asked: covered before a revocation, not from its day on', () => {
    const revoked = poa({ status: 'revoked', revokedOn: '2026-10-01' });
    expect(decidePoaCoverage([revoked], ask({ date: '2026-09-30' })).covered).toBe(true);
    // The revocation day itself is not covered: the replacing LGL-001 takes effect that day.
    expect(decidePoaCoverage([revoked], ask({ date: '2026-10-01' }))).toMatchObject({ covered: false, code: 'revoked' });
    expect(inForceOn(revoked, '2026-10-01')).toBe(false);
    expect(decidePoaCoverage([revoked], ask())).toMatchObject({ covered: false, code: 'revoked' });
    expect(decidePoaCoverage([revoked], ask()).reason).toMatch(/^POA was revoked on 2026-10-01/);
  });

  it('says when it only takes effect later, or is only filed or drafted', () => {
    expect(decidePoaCoverage([poa({ effectiveOn: '2026-12-01' })], ask())).toMatchObject({
      code: 'not_yet_effective',
      reason: expect.stringMatching(/takes effect on 2026-12-01/),
    });
    expect(decidePoaCoverage([poa({ status: 'filed', effectiveOn: null })], ask())).toMatchObject({
      code: 'not_active',
      reason: expect.stringMatching(/filed on 2025-01-15 but DRS has not accepted it yet/),
    });
    expect(decidePoaCoverage([poa({ status: 'draft', filedOn: null, effectiveOn: null })], ask())).toMatchObject({
      code: 'not_active',
      reason: expect.stringMatching(/only a draft/),
    });
  });

  it('names the representative on file when it is someone else', () => {
    const answer = decidePoaCoverage([poa({ representative: paul })], ask());
    expect(answer).toMatchObject({ covered: false, code: 'other_representative', poa: { representative: paul } });
    expect(answer.reason).toMatch(/^POA names Paul Ortiz, not Alice Byrne, for sales tax 2024-Q3/);
  });

  it('says which tax types the person is authorised for when it is another one', () => {
    const answer = decidePoaCoverage([poa({ taxTypes: ['individual_income'] })], ask());
    expect(answer).toMatchObject({ covered: false, code: 'other_tax_type' });
    expect(answer.reason).toMatch(
      /No active POA for sales tax 2024-Q3: Alice Byrne's POA covers individual income tax only/,
    );
  });

  it('says plainly when there is nothing', () => {
    const answer = decidePoaCoverage([], ask());
    expect(answer).toEqual({
      covered: false,
      code: 'no_poa',
      reason: 'No active POA for sales tax 2024-Q3 names Alice Byrne on 2026-11-10',
      asOf: DAY,
      matter: { taxType: 'sales', periodLabels: ['2024-Q3'] },
    });
  });

  it('without a notice, any authorization in force for the client naming the person counts', () => {
    expect(decidePoaCoverage([poa({ taxTypes: ['corporation'] })], ask({ taxType: null, periods: [] })).covered).toBe(
      true,
    );
    expect(decidePoaCoverage([poa({ representative: paul })], ask({ taxType: null, periods: [] }))).toMatchObject({
      covered: false,
      code: 'other_representative',
    });
    expect(decidePoaCoverage([], ask({ taxType: null, periods: [] })).code).toBe('no_poa');
  });
});

describe('inForceOn', () => {
  it('counts from the effective day through the expiry day, and never for drafts or filings', () => {
    expect(inForceOn(poa(), '2025-01-19')).toBe(false);
    expect(inForceOn(poa(), '2025-01-20')).toBe(true);
    expect(inForceOn(poa(), '2027-06-30')).toBe(true);
    expect(inForceOn(poa(), '2027-07-01')).toBe(false);
    expect(inForceOn(poa({ status: 'filed' }), DAY)).toBe(false);
    expect(inForceOn(poa({ status: 'expired' }), DAY)).toBe(true);
    expect(inForceOn(poa({ expiresOn: null }), '2099-01-01')).toBe(true);
  });
});
