import { convertToParamMap } from '@angular/router';
import { filterParams } from '../core/api/notice-list.api';
import { caseListLocationOf, filterChipsOf, withoutKeys } from './case-filter';

const PAUL_ID = '0b7a3a52-6a0e-4a8e-9a53-1f0c1c7f2a01';

describe('the cases list address', () => {
  it('reads every filter the api takes, with its type', () => {
    const location = caseListLocationOf(
      convertToParamMap({
        status: 'awaiting_drs',
        kind: 'lien_notice',
        assigneeId: PAUL_ID,
        riskLevel: 'high',
        overdue: 'true',
        dueWithinDays: '7',
        agingBucket: '61-90',
        mechanism: 'lien',
        mechanismLevel: 'high',
        open: 'false',
        unassigned: 'false',
        page: '3',
        pageSize: '50',
      }),
    );
    expect(location).toEqual({
      filter: {
        status: 'awaiting_drs',
        kind: 'lien_notice',
        assigneeId: PAUL_ID,
        unassigned: false,
        riskLevel: 'high',
        overdue: true,
        dueWithinDays: 7,
        agingBucket: '61-90',
        mechanism: 'lien',
        mechanismLevel: 'high',
        open: false,
      },
      page: 3,
      pageSize: 50,
    });
  });

  it('drops what the api would refuse rather than failing the whole list', () => {
    const location = caseListLocationOf(
      convertToParamMap({
        status: 'lost',
        assigneeId: 'paul',
        overdue: 'yes',
        dueWithinDays: '-1',
        agingBucket: '120+',
        // A mechanism goes with its level; half of the pair is not a filter.
        mechanism: 'lien',
        page: '0',
        pageSize: '1000',
      }),
    );
    expect(location).toEqual({ filter: {}, page: 1, pageSize: 25 });
  });

  it('writes a filter back as the same query parameters', () => {
    const params = { open: 'true', overdue: 'true', mechanism: 'bank_levy', mechanismLevel: 'critical' };
    expect(filterParams(caseListLocationOf(convertToParamMap(params)).filter)).toEqual(params);
  });
});

describe('filter chips', () => {
  it('name each filter in plain words', () => {
    const chips = filterChipsOf(
      {
        status: 'awaiting_drs',
        kind: 'r859_referral',
        assigneeId: PAUL_ID,
        riskLevel: 'critical',
        overdue: true,
        dueWithinDays: 7,
        agingBucket: '61-90',
        mechanism: 'wage_garnishment',
        mechanismLevel: 'high',
        open: true,
      },
      (id) => (id === PAUL_ID ? 'Paul Ortiz' : undefined),
    );
    expect(chips.map((chip) => chip.label)).toEqual([
      'Status: Awaiting DRS',
      'R-859 collection referral',
      'Assigned to Paul Ortiz',
      'Critical risk',
      'Overdue',
      'Due within 7 days',
      'Aging 61–90 days',
      'Wage garnishment: high',
      'Open',
    ]);
  });

  it.each([
    [{ unassigned: true }, 'Unassigned'],
    [{ dueWithinDays: 0 }, 'Due today'],
    [{ agingBucket: '90+' as const }, 'Aging over 90 days'],
    [{ open: false }, 'Resolved or closed'],
    [{ overdue: false }, 'Not overdue'],
    [{ assigneeId: PAUL_ID }, 'Assigned to one person'],
  ])('%j reads "%s"', (filter, label) => {
    expect(filterChipsOf(filter).map((chip) => chip.label)).toEqual([label]);
  });

  it('removes a mechanism and its level together', () => {
    const filter = { open: true, mechanism: 'lien', mechanismLevel: 'high' };
    const [lien] = filterChipsOf(filter);
    expect(withoutKeys(filter, lien.keys)).toEqual({ open: true });
  });
});
