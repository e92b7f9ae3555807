import {
  type Deadline,
  deadlinesForNotice,
  DomainValidationError,
  isIsoDate,
  resolveNoticePeriods,
  type RuleTables,
} from '@nutmeg/domain';
import { type NoticeFormValue, periodWriteOf } from './notice-form';

/** What the case will get once saved, computed in the browser by the same engine the api runs. */
export interface NoticePreview {
  readonly deadlines: readonly Deadline[];
  /** The tax's due date penalty and interest run from, and whether it is assumed from the periods. */
  readonly taxDueDate: { readonly date: string; readonly assumed: boolean } | null;
  /** The engine's objection, naming the field ("taxPeriods.1.tax"), while the entries do not fit. */
  readonly problem: { readonly field: string; readonly message: string } | null;
  /** Why nothing is shown yet. */
  readonly prompt: string | null;
}

const money = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * The deadlines (with their rules) and the tax's due date the notice will get, from the form as typed. The
 * api computes the same on save (deadlinesForNotice, resolveNoticePeriods), so what is shown is what is stored.
 */
export function previewNotice(value: NoticeFormValue, rules: RuleTables): NoticePreview {
  if (!isIsoDate(value.noticeDate)) {
    return {
      deadlines: [],
      taxDueDate: null,
      problem: null,
      prompt: 'Enter the date printed on the notice to see its deadlines.',
    };
  }
  let deadlines: readonly Deadline[] = [];
  try {
    deadlines = deadlinesForNotice({
      kind: value.kind,
      noticeDate: value.noticeDate,
      receivedDate: isIsoDate(value.receivedDate) ? value.receivedDate : null,
      taxType: value.taxType,
      rules,
    });
  } catch (error) {
    return { deadlines: [], taxDueDate: null, problem: problemOf(error), prompt: null };
  }
  const stated = value.stated;
  const periodsComplete = value.taxPeriods.every((period) => period.year !== null && String(period.year).length === 4);
  if (!periodsComplete || ![stated.tax, stated.penalty, stated.interest].every((amount) => money.test(amount.trim()))) {
    return { deadlines, taxDueDate: null, problem: null, prompt: null };
  }
  try {
    const resolved = resolveNoticePeriods({
      taxType: value.taxType,
      periods: value.taxPeriods.map(periodWriteOf),
      noticeDate: value.noticeDate,
      taxDueDate: isIsoDate(value.taxDueDate) ? value.taxDueDate : null,
      extendedDueDate: isIsoDate(value.extendedDueDate) ? value.extendedDueDate : null,
      stated: { tax: stated.tax.trim(), penalty: stated.penalty.trim(), interest: stated.interest.trim() },
      rules,
    });
    return {
      deadlines,
      taxDueDate: { date: resolved.taxDueDate, assumed: resolved.taxDueDateAssumed },
      problem: null,
      prompt: null,
    };
  } catch (error) {
    return { deadlines, taxDueDate: null, problem: problemOf(error), prompt: null };
  }
}

function problemOf(error: unknown): { field: string; message: string } {
  if (error instanceof DomainValidationError) return { field: error.field, message: error.message };
  return { field: '', message: error instanceof Error ? error.message : String(error) };
}
