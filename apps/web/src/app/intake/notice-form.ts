import { type FormArray, type NonNullableFormBuilder, Validators } from '@angular/forms';
import type {
  NoticePeriod,
  NoticeReason,
  NoticeScanView,
  NoticeView,
  NoticeWrite,
  ScanFieldName,
} from '@nutmeg/contracts';
import type { NoticeKind, PenaltyKind, TaxType } from '@nutmeg/domain';

/** A client as the form holds it once picked (typed text until then). */
export interface ClientPick {
  id: string;
  legalName: string;
}

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const OPTIONAL_MONEY = /^(\d{1,12}(\.\d{1,2})?)?$/;

/** One row of the letter's period table; the amounts and due date only when the letter itemizes them. */
export function buildPeriodGroup(fb: NonNullableFormBuilder, period: Partial<NoticePeriod> = {}) {
  return fb.group({
    year: fb.control<number | null>(period.year ?? null, [
      Validators.required,
      Validators.min(1990),
      Validators.max(2100),
    ]),
    quarter: fb.control<number | null>(period.quarter ?? null),
    month: fb.control<number | null>(period.month ?? null),
    tax: [period.tax ?? '', Validators.pattern(OPTIONAL_MONEY)],
    penalty: [period.penalty ?? '', Validators.pattern(OPTIONAL_MONEY)],
    interest: [period.interest ?? '', Validators.pattern(OPTIONAL_MONEY)],
    // An assumed due date is the engine's, not the letter's: the form shows only a printed one.
    dueDate: [period.dueDate && !period.dueDateAssumed ? period.dueDate : ''],
  });
}
export type PeriodGroup = ReturnType<typeof buildPeriodGroup>;

/**
 * The notice form mirrors POST /api/notices (taxPeriods is an array of groups, stated a nested group), so a
 * field path in the api's 400 answer ("taxPeriods.1.tax", "stated.balanceDue") names a control directly.
 */
export function buildNoticeForm(fb: NonNullableFormBuilder, defaults: { today: string; assigneeId: string | null }) {
  return fb.group({
    client: fb.control<ClientPick | string | null>(null, Validators.required),
    kind: fb.control<NoticeKind>('individual_income_balance_due'),
    taxType: fb.control<TaxType>('individual_income'),
    taxPeriods: fb.array([buildPeriodGroup(fb, { year: Number(defaults.today.slice(0, 4)) - 1 })]),
    noticeDate: ['', Validators.required],
    receivedDate: [defaults.today],
    taxDueDate: [''],
    penaltyKind: fb.control<PenaltyKind>('late_payment'),
    extendedDueDate: [''],
    accountNumber: ['', [Validators.required, Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9]$/)]],
    correspondenceId: ['', [Validators.required, Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9]$/)]],
    reason: fb.control<NoticeReason | ''>(''),
    stated: fb.group({
      tax: ['', [Validators.required, Validators.pattern(MONEY)]],
      penalty: ['0.00', [Validators.required, Validators.pattern(MONEY)]],
      interest: ['0.00', [Validators.required, Validators.pattern(MONEY)]],
      credits: ['0.00', [Validators.required, Validators.pattern(MONEY)]],
      balanceDue: ['', [Validators.required, Validators.pattern(MONEY)]],
      asOf: [''],
    }),
    assigneeId: fb.control<string | null>(defaults.assigneeId),
    notes: ['', Validators.maxLength(5000)],
  });
}
export type NoticeForm = ReturnType<typeof buildNoticeForm>;
export type NoticeFormValue = ReturnType<NoticeForm['getRawValue']>;
export type PeriodFormValue = NoticeFormValue['taxPeriods'][number];

export function periodsOf(form: NoticeForm): FormArray<PeriodGroup> {
  return form.controls.taxPeriods;
}

export function pickedClient(value: NoticeFormValue['client']): ClientPick | null {
  return value && typeof value === 'object' ? value : null;
}

const money = (text: string): string => (text.includes('.') ? text.replace(/\.(\d)$/, '.$10') : `${text}.00`);

/** A period as the api takes it: amounts only when its tax is given (every period's, or none). */
export function periodWriteOf(period: PeriodFormValue): NoticePeriod {
  const itemized = period.tax.trim() !== '';
  return {
    year: Number(period.year),
    ...(period.quarter ? { quarter: period.quarter as 1 | 2 | 3 | 4 } : {}),
    ...(period.month ? { month: period.month } : {}),
    ...(itemized ? { tax: money(period.tax.trim()) } : {}),
    ...(itemized && period.penalty.trim() ? { penalty: money(period.penalty.trim()) } : {}),
    ...(itemized && period.interest.trim() ? { interest: money(period.interest.trim()) } : {}),
    ...(period.dueDate ? { dueDate: period.dueDate } : {}),
  };
}

/** The form's value as the body of POST /api/notices (empty optional fields left out). */
export function toNoticeWrite(value: NoticeFormValue): NoticeWrite {
  const client = pickedClient(value.client);
  const stated = value.stated;
  return {
    clientId: client?.id ?? '',
    kind: value.kind,
    taxType: value.taxType,
    taxPeriods: value.taxPeriods.map(periodWriteOf),
    noticeDate: value.noticeDate,
    ...(value.receivedDate ? { receivedDate: value.receivedDate } : {}),
    ...(value.taxDueDate ? { taxDueDate: value.taxDueDate } : {}),
    ...(value.penaltyKind !== 'late_payment' ? { penaltyKind: value.penaltyKind } : {}),
    ...(value.extendedDueDate ? { extendedDueDate: value.extendedDueDate } : {}),
    accountNumber: value.accountNumber.trim(),
    correspondenceId: value.correspondenceId.trim().toUpperCase(),
    ...(value.reason ? { reason: value.reason } : {}),
    stated: {
      tax: money(stated.tax.trim()),
      penalty: money(stated.penalty.trim()),
      interest: money(stated.interest.trim()),
      credits: money(stated.credits.trim()),
      balanceDue: money(stated.balanceDue.trim()),
      ...(stated.asOf ? { asOf: stated.asOf } : {}),
    },
    ...(value.assigneeId ? { assigneeId: value.assigneeId } : {}),
    ...(value.notes.trim() ? { notes: value.notes.trim() } : {}),
  };
}

/** The api names the client `clientId`; the form's control is `client`. */
export function controlForField(path: string): string {
  return path === 'clientId' ? 'client' : path;
}

/** The form's values for a notice on file, to correct what the letter really said. */
export function formValueOf(notice: NoticeView): Partial<NoticeFormValue> {
  return {
    client: { id: notice.client.id, legalName: notice.client.legalName },
    kind: notice.kind as NoticeKind,
    taxType: notice.taxType as TaxType,
    noticeDate: notice.noticeDate,
    receivedDate: notice.receivedDate ?? '',
    taxDueDate: notice.taxDueDateAssumed ? '' : notice.taxDueDate,
    penaltyKind: notice.penaltyKind as PenaltyKind,
    extendedDueDate: notice.extendedDueDate ?? '',
    accountNumber: notice.accountNumber,
    correspondenceId: notice.correspondenceId,
    reason: (notice.reason ?? '') as NoticeReason | '',
    stated: {
      tax: notice.stated.tax,
      penalty: notice.stated.penalty,
      interest: notice.stated.interest,
      credits: notice.stated.credits,
      balanceDue: notice.stated.balanceDue,
      asOf: notice.stated.asOf ?? '',
    },
    notes: notice.notes ?? '',
  };
}

export type { NoticeWrite };

/** What a read letter prefills: every field the scan found, as the form holds it. */
export function formValueOfScan(scan: NoticeScanView): Partial<NoticeFormValue> {
  const fields = scan.fields;
  const stated = fields.stated?.value as Partial<NoticeWrite['stated']> | undefined;
  return {
    ...(fields.kind ? { kind: fields.kind.value as NoticeKind } : {}),
    ...(fields.taxType ? { taxType: fields.taxType.value as TaxType } : {}),
    ...(fields.noticeDate ? { noticeDate: String(fields.noticeDate.value) } : {}),
    ...(fields.accountNumber ? { accountNumber: String(fields.accountNumber.value) } : {}),
    ...(fields.correspondenceId ? { correspondenceId: String(fields.correspondenceId.value) } : {}),
    ...(stated
      ? {
          stated: {
            tax: stated.tax ?? '',
            penalty: stated.penalty ?? '0.00',
            interest: stated.interest ?? '0.00',
            credits: stated.credits ?? '0.00',
            balanceDue: stated.balanceDue ?? '',
            asOf: stated.asOf ?? '',
          },
        }
      : {}),
  };
}

/** The periods a read letter lists, or none (the form keeps its one empty row). */
export function periodsOfScan(scan: NoticeScanView): NoticePeriod[] {
  const periods = scan.fields.taxPeriods?.value;
  return Array.isArray(periods) ? (periods as NoticePeriod[]) : [];
}

/** Where each prefilled control's value was read, and how sure the reader was. */
export interface FieldOrigin {
  readonly text: string;
  readonly page: number;
  readonly confidence: number;
}

const CONTROLS_OF_FIELD: Readonly<Record<ScanFieldName, readonly string[]>> = {
  kind: ['kind'],
  taxType: ['taxType'],
  taxPeriods: ['taxPeriods'],
  noticeDate: ['noticeDate'],
  accountNumber: ['accountNumber'],
  correspondenceId: ['correspondenceId'],
  stated: ['stated.tax', 'stated.penalty', 'stated.interest', 'stated.credits', 'stated.balanceDue', 'stated.asOf'],
  taxpayerName: ['client'],
};

export function originsOfScan(scan: NoticeScanView): ReadonlyMap<string, FieldOrigin> {
  const origins = new Map<string, FieldOrigin>();
  for (const [name, field] of Object.entries(scan.fields) as Array<
    [ScanFieldName, NoticeScanView['fields'][ScanFieldName]]
  >) {
    if (!field) continue;
    const origin = { text: field.source.text, page: field.source.page, confidence: field.confidence };
    for (const control of CONTROLS_OF_FIELD[name] ?? []) origins.set(control, origin);
  }
  return origins;
}
