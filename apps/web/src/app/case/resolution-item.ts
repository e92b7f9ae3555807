import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { InstallmentView, NoticeView, ResolutionView } from '@nutmeg/contracts';
import { isIsoDate, type RuleTables } from '@nutmeg/domain';
import { dateLabel, labelOf } from '../board/notice-labels';
import type { ResolutionResult } from '../core/api/resolutions.api';
import { formatUsd, UsdPipe } from '../shared/money';
import {
  OFFER_BASIS_LABELS,
  PAYMENT_METHOD_LABELS,
  PROTEST_LEVEL_LABELS,
  PROTEST_OUTCOME_LABELS,
  RESOLUTION_STATUS_LABELS,
  RESOLUTION_TYPE_LABELS,
  WAIVER_REASON_LABELS,
} from './case-labels';
import { InstallmentPaymentForm } from './installment-payment-form';
import { PlanSchedule } from '../shared/plan-schedule';
import { previewPlan } from './plan-preview';
import { StatusMoveForm } from './status-move-form';

/** The facts of a resolution worth a line each, by type, from its `details`. */
export function detailLines(resolution: ResolutionView): string[] {
  const d = resolution.details;
  const text = (key: string): string | null => (typeof d[key] === 'string' && d[key] ? String(d[key]) : null);
  const lines: (string | null)[] = [];
  switch (resolution.type) {
    case 'payment':
      lines.push(`Paid by ${labelOf(PAYMENT_METHOD_LABELS, text('method') ?? '')}`);
      lines.push(text('confirmation') ? `Confirmation ${text('confirmation')}` : null);
      lines.push(d['payUnderProtest'] === true ? 'Paid under protest' : null);
      break;
    case 'installment_plan':
      lines.push(`${String(d['months'] ?? '?')} monthly payments from ${text('startDate') ?? '?'}`);
      lines.push(text('monthlyAmount') ? `${formatUsd(text('monthlyAmount'))} a month` : null);
      lines.push(text('payoffTotal') ? `${formatUsd(text('payoffTotal'))} in total` : null);
      lines.push(text('interestDuringPlan') ? `${formatUsd(text('interestDuringPlan'))} interest during the plan` : null);
      break;
    case 'penalty_waiver':
      lines.push(`Form DRS-PW · ${labelOf(WAIVER_REASON_LABELS, text('reasonCategory') ?? '')}`);
      lines.push(text('narrative'));
      break;
    case 'offer_of_compromise':
      lines.push(labelOf(OFFER_BASIS_LABELS, text('basis') ?? ''));
      lines.push(d['disclosureComplete'] === true ? 'Financial disclosure complete' : 'Financial disclosure not complete');
      break;
    case 'protest':
      lines.push(labelOf(PROTEST_LEVEL_LABELS, text('level') ?? ''));
      lines.push(text('grounds'));
      lines.push(text('outcome') ? `Outcome: ${labelOf(PROTEST_OUTCOME_LABELS, text('outcome') ?? '')}` : null);
      break;
    case 'hardship_suspension':
      lines.push(text('grantedUntil') ? `Suspended until ${dateLabel(text('grantedUntil') ?? '')}` : null);
      break;
  }
  const documents = Array.isArray(d['documents']) ? (d['documents'] as unknown[]).map(String) : [];
  if (documents.length > 0) lines.push(`Documents: ${documents.join('; ')}`);
  return lines.filter((line): line is string => line !== null && line !== '');
}

/** One recorded resolution: what it is, where it stands, its cautions, its moves and (for a plan) its payments. */
@Component({
  selector: 'nm-resolution-item',
  imports: [MatButtonModule, UsdPipe, PlanSchedule, StatusMoveForm, InstallmentPaymentForm],
  templateUrl: './resolution-item.html',
  styleUrl: './resolution-item.scss',
  host: { '[attr.data-type]': 'resolution().type', '[attr.data-status]': 'resolution().status' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolutionItem {
  readonly resolution = input.required<ResolutionView>();
  readonly notice = input.required<NoticeView>();
  readonly rules = input.required<RuleTables>();
  /** Whether the user may record resolutions ('resolutions:write'). */
  readonly canWrite = input(false);
  readonly changed = output<ResolutionResult>();

  protected readonly moving = signal<string | null>(null);
  protected readonly paying = signal<number | null>(null);

  protected readonly typeLabel = computed(() => labelOf(RESOLUTION_TYPE_LABELS, this.resolution().type));
  protected readonly statusLabel = computed(() => labelOf(RESOLUTION_STATUS_LABELS, this.resolution().status));
  protected readonly lines = computed(() => detailLines(this.resolution()));
  protected readonly moves = computed(() =>
    this.resolution().allowedNextStatuses.map((to) => ({ to, label: labelOf(RESOLUTION_STATUS_LABELS, to) })),
  );

  /**
   * A plan DRS has not approved yet has no stored payments; its schedule is laid out from its terms by the same
   * engine the api uses, so the practitioner sees the dates and amounts they asked for.
   */
  protected readonly proposed = computed(() => {
    const resolution = this.resolution();
    if (resolution.type !== 'installment_plan' || resolution.installments.length > 0) return null;
    if (resolution.status !== 'requested') return null;
    const months = Number(resolution.details['months']);
    const startDate = String(resolution.details['startDate'] ?? '');
    if (!Number.isInteger(months) || !isIsoDate(startDate)) return null;
    const preview = previewPlan(this.notice(), months, startDate, this.rules());
    return preview?.ok ? preview.schedule.payments : null;
  });

  protected date(value: string | null): string {
    return value ? dateLabel(value) : '';
  }

  protected installmentStatus(installment: InstallmentView): string {
    if (installment.status === 'paid') {
      return `Paid ${formatUsd(installment.paidAmount)} on ${installment.paidOn ? dateLabel(installment.paidOn) : '?'}`;
    }
    return installment.status === 'missed' ? 'Missed' : 'Scheduled';
  }

  protected done(result: ResolutionResult): void {
    this.moving.set(null);
    this.paying.set(null);
    this.changed.emit(result);
  }
}
