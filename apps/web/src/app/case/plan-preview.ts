import type { NoticeView } from '@nutmeg/contracts';
import {
  DomainValidationError,
  formatMoney,
  installmentSchedule,
  type InstallmentSchedule,
  parseMoney,
  type RuleTables,
  type TaxType,
} from '@nutmeg/domain';
import { plainWords } from '../calculator/field-errors';

export type PlanPreview = { ok: true; schedule: InstallmentSchedule } | { ok: false; field: string; message: string };

/**
 * The schedule the api will store for a plan of `months` starting `startDate`, worked out the way the api does
 * (apps/api resolutions.service `schedule`): the unpaid tax keeps accruing, the penalty and interest owed so far
 * are owed on top. Null when nothing is left to spread out.
 */
export function previewPlan(
  notice: NoticeView,
  months: number,
  startDate: string,
  rules: RuleTables,
): PlanPreview | null {
  const { unpaid } = notice.figures;
  if (parseMoney(unpaid.tax, 'tax').isZero()) return null;
  try {
    const alreadyDue = parseMoney(unpaid.penalty, 'penalty').plus(parseMoney(unpaid.interest, 'interest'));
    return {
      ok: true,
      schedule: installmentSchedule({
        taxType: notice.taxType as TaxType,
        balance: unpaid.tax,
        penaltyAndInterestAlreadyDue: formatMoney(alreadyDue),
        penaltyAndInterestAsOf: notice.figures.asOf <= startDate ? notice.figures.asOf : null,
        dueDate: notice.taxDueDate,
        months,
        startDate,
        rules,
      }),
    };
  } catch (error) {
    if (!(error instanceof DomainValidationError)) throw error;
    return { ok: false, field: error.field, message: plainWords(error.field, error.message) };
  }
}
