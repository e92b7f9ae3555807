import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { NoticeView } from '@nutmeg/contracts';
import { DEFAULT_RULES } from '@nutmeg/domain';
import { correctionOf } from './notice-correction';
import { buildNoticeForm, buildPeriodGroup, controlForField, toNoticeWrite } from './notice-form';
import { previewNotice } from './notice-preview';

function form() {
  const fb = TestBed.inject(NonNullableFormBuilder);
  const built = buildNoticeForm(fb, { today: '2026-11-20', assigneeId: null });
  built.patchValue({
    client: { id: 'c1', legalName: 'Harbor Widgets LLC' },
    kind: 'business_tax_balance_due',
    taxType: 'sales',
    noticeDate: '2026-11-02',
    accountNumber: '7001002003',
    correspondenceId: 'l-4417-2290',
    stated: { tax: '1500', penalty: '225.00', interest: '90.5', credits: '0', balanceDue: '1815.50' },
  });
  return { fb, built };
}

describe('the notice form', () => {
  it('sends what the api takes: money with two decimals, the Letter ID in capitals, no empty optional fields', () => {
    const { built } = form();
    built.controls.taxPeriods.at(0).patchValue({ year: 2025, quarter: 2 });
    expect(toNoticeWrite(built.getRawValue())).toEqual({
      clientId: 'c1',
      kind: 'business_tax_balance_due',
      taxType: 'sales',
      taxPeriods: [{ year: 2025, quarter: 2 }],
      noticeDate: '2026-11-02',
      receivedDate: '2026-11-20',
      accountNumber: '7001002003',
      correspondenceId: 'L-4417-2290',
      stated: { tax: '1500.00', penalty: '225.00', interest: '90.50', credits: '0.00', balanceDue: '1815.50' },
    });
  });

  it("sends each period's amounts only when the letter itemizes them", () => {
    const { fb, built } = form();
    built.controls.taxPeriods
      .at(0)
      .patchValue({ year: 2025, quarter: 2, tax: '1000', penalty: '150', interest: '60.5' });
    built.controls.taxPeriods.push(
      buildPeriodGroup(fb, { year: 2025, quarter: 3, tax: '500.00', penalty: '75.00', interest: '30.00' }),
    );
    expect(toNoticeWrite(built.getRawValue()).taxPeriods).toEqual([
      { year: 2025, quarter: 2, tax: '1000.00', penalty: '150.00', interest: '60.50' },
      { year: 2025, quarter: 3, tax: '500.00', penalty: '75.00', interest: '30.00' },
    ]);
  });

  it("names the form's control for the api's field path", () => {
    const { built } = form();
    for (const path of ['clientId', 'taxPeriods.0.tax', 'stated.balanceDue', 'correspondenceId']) {
      expect(built.get(controlForField(path))).not.toBeNull();
    }
  });
});

describe('the live preview', () => {
  it('shows the deadlines the api will store, with their rules', () => {
    const { built } = form();
    built.controls.taxPeriods.at(0).patchValue({ year: 2025, quarter: 2 });
    const preview = previewNotice(built.getRawValue(), DEFAULT_RULES);
    expect(preview.problem).toBeNull();
    expect(preview.deadlines.length).toBeGreaterThan(0);
    expect(preview.deadlines.every((deadline) => deadline.rule && deadline.citation.reference)).toBe(true);
    // §12-414: Q2 sales tax is due July 31.
    expect(preview.taxDueDate).toEqual({ date: '2025-07-31', assumed: true });
  });

  it('names the field when itemized periods do not add up to the stated tax', () => {
    const { fb, built } = form();
    built.controls.taxPeriods
      .at(0)
      .patchValue({ year: 2025, quarter: 2, tax: '1000', penalty: '150', interest: '60.5' });
    built.controls.taxPeriods.push(
      buildPeriodGroup(fb, { year: 2025, quarter: 3, tax: '400.00', penalty: '75.00', interest: '30.00' }),
    );
    expect(previewNotice(built.getRawValue(), DEFAULT_RULES).problem).toMatchObject({ field: 'stated.tax' });
  });

  it('asks for the notice date first', () => {
    const { built } = form();
    built.controls.noticeDate.setValue('');
    expect(previewNotice(built.getRawValue(), DEFAULT_RULES).prompt).toMatch(/date printed/);
  });
});

describe('a correction', () => {
  it('lists the fields it changes, before and after', () => {
    const { built } = form();
    built.controls.taxPeriods.at(0).patchValue({ year: 2025, quarter: 2 });
    const write = toNoticeWrite(built.getRawValue());
    const onFile = {
      client: { id: 'c1', legalName: 'Harbor Widgets LLC' },
      kind: 'business_tax_balance_due',
      taxType: 'sales',
      taxPeriods: [{ year: 2025, quarter: 2, dueDate: '2025-07-31', dueDateAssumed: true }],
      noticeDate: '2026-10-02',
      receivedDate: '2026-11-20',
      taxDueDate: '2025-07-31',
      taxDueDateAssumed: true,
      penaltyKind: 'late_payment',
      extendedDueDate: null,
      accountNumber: '7001002003',
      correspondenceId: 'L-4417-2290',
      reason: null,
      stated: {
        tax: '1500.00',
        penalty: '225.00',
        interest: '90.50',
        credits: '0.00',
        balanceDue: '1815.50',
        asOf: null,
      },
      notes: null,
    } as unknown as NoticeView;
    expect(correctionOf(onFile, write)).toEqual([{ field: 'Notice date', before: '2026-10-02', after: '2026-11-02' }]);
  });
});
