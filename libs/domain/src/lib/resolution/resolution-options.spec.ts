import { DomainValidationError } from '../errors/domain-validation-error';
import { RESOLUTION_OPTIONS, type ResolutionOption } from '../vocabulary/vocabulary';
import { optionNamed, resolutionCase } from './resolution.fixtures';
import { resolutionOptions } from './resolution-options';
import type { ResolutionAssessment, ResolutionCaseInput } from './resolution-types';

const option = (options: ResolutionAssessment[], name: ResolutionOption) => optionNamed(options, name);

describe('resolutionOptions', () => {
  const options = resolutionOptions(resolutionCase());

  it('assesses every option in a fixed order, each with reasons, needs and a citation', () => {
    expect(options.map((entry) => entry.option)).toEqual([...RESOLUTION_OPTIONS]);
    for (const entry of options) {
      expect(entry.reasons.length).toBeGreaterThan(0);
      expect(entry.needs.length).toBeGreaterThan(0);
      expect(entry.citation.reference.length).toBeGreaterThan(3);
      expect(entry.ruleIds[0]).toBe(`resolution.${entry.option}`);
    }
  });

  it('opens everything but the waiver for an ordinary case inside the protest window; the waiver once tax and interest are paid', () => {
    expect(options.filter((entry) => !entry.open).map((entry) => entry.option)).toEqual(['penalty_waiver']);
    const penaltyLeft = resolutionOptions(resolutionCase({ balance: '200.00', unpaidTaxAndInterest: '0.00' }));
    expect(penaltyLeft.filter((entry) => entry.open).map((entry) => entry.option)).toEqual([...RESOLUTION_OPTIONS]);
  });

  it('routes the penalty waiver and the protest with their forms and fax numbers', () => {
    expect(option(options, 'penalty_waiver')).toMatchObject({ form: 'DRS-PW', sendTo: 'myconneCT, or DRS by fax 860-297-5727' });
    expect(option(options, 'protest_appeal')).toMatchObject({ form: 'APL-002', sendTo: 'DRS Appellate Division, fax 860-297-4780' });
    expect(option(options, 'protest_appeal').reasons).toEqual(['protest window open until 2026-07-06 (43 days left)']);
  });

  it('uses deadlines the caller passes instead of computing them', () => {
    const custom = resolutionOptions(resolutionCase({ deadlines: [{ kind: 'written_protest', dueDate: '2026-05-21' }] }));
    expect(option(custom, 'protest_appeal')).toMatchObject({ open: false, reasons: ['protest window closed 3 days ago (2026-05-21)'] });
  });

  it.each([
    [{ asOf: '2026-05-01' }, 'asOf', 'must not be before noticeDate'],
    [{ taxType: 'estate' }, 'taxType', expect.any(String)],
    [{ balance: 'all of it' }, 'balance', expect.any(String)],
    [{ penaltyAmount: '-1' }, 'penaltyAmount', expect.any(String)],
    [{ unfiledReturns: 'no' }, 'unfiledReturns', 'must be true or false'],
    [{ withCollectionAgency: 'no' }, 'withCollectionAgency', 'must be true or false'],
    [{ unpaidTaxAndInterest: '1.234' }, 'unpaidTaxAndInterest', expect.any(String)],
    [{ hasWarrant: 'maybe' }, 'hasWarrant', 'must be true or false'],
    [{ responseStatus: 'ignored' }, 'responseStatus', expect.any(String)],
    [{ exposure: undefined }, 'exposure', 'must be an object'],
    [{ deadlines: [{ kind: 'soon', dueDate: '2026-06-01' }] }, 'deadlines[0].kind', expect.any(String)],
    [{ deadlines: [{ kind: 'written_protest', dueDate: '2026-06-31' }] }, 'deadlines[0].dueDate', expect.any(String)],
  ])('refuses %j naming %s', (change, field, message) => {
    const run = () => resolutionOptions({ ...resolutionCase(), ...change } as unknown as ResolutionCaseInput);
    expect(run).toThrow(DomainValidationError);
    expect(run).toThrow(expect.objectContaining({ field, message }));
  });
});
