import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { NoticeStatus, NoticeView } from '@nutmeg/contracts';
import {
  dateLabel,
  labelOf,
  NOTICE_KIND_LABELS,
  periodsLabel,
  STATUS_LABELS,
  TAX_TYPE_LABELS,
  withStatusLabels,
} from '../board/notice-labels';
import { NoticesApi } from '../core/api/notices.api';
import { NoticeLauncher } from '../intake/notice-launcher';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError, statusOf } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { formatUsd, UsdPipe } from '../shared/money';
import { RESPONSE_STATUS_LABELS } from './case-labels';

export const STALE_CASE_MESSAGE =
  'Someone else changed this case while you had it open. Reload it to see their change, then try again.';

/**
 * The top of the case: who and what the notice is, where it stands in the workflow (with the moves it can make
 * from there), and what DRS stated against what has accrued since.
 */
@Component({
  selector: 'nm-case-header',
  imports: [MatButtonModule, RouterLink, Icon, UsdPipe],
  templateUrl: './case-header.html',
  styleUrl: './case-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseHeader {
  private readonly api = inject(NoticesApi);
  private readonly auth = inject(AuthService);
  private readonly launcher = inject(NoticeLauncher);

  readonly notice = input.required<NoticeView>();
  readonly noticeChange = output<NoticeView>();
  /** The user asked to reload the case (after a 409). */
  readonly reloadRequested = output<void>();

  /** Moving a case needs 'notices:write': assistants see the status but get no buttons. */
  protected readonly canMove = computed(() => this.auth.can('notices:write'));
  protected readonly moving = signal<NoticeStatus | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly stale = signal(false);

  protected readonly kind = computed(() => labelOf(NOTICE_KIND_LABELS, this.notice().kind));
  protected readonly tax = computed(() => {
    const notice = this.notice();
    const periods = periodsLabel(notice.taxPeriods);
    const type = labelOf(TAX_TYPE_LABELS, notice.taxType);
    return periods ? `${type} · ${periods}` : type;
  });
  protected readonly status = computed(() => labelOf(STATUS_LABELS, this.notice().status));
  protected readonly response = computed(() => labelOf(RESPONSE_STATUS_LABELS, this.notice().responseStatus));
  protected readonly transitions = computed(() =>
    this.notice().allowedTransitions.map((to) => ({ to, label: labelOf(STATUS_LABELS, to) })),
  );

  protected readonly accruedNote = computed(() => {
    const { figures } = this.notice();
    const late = `${figures.monthsLate} ${figures.monthsLate === 1 ? 'month' : 'months'} late`;
    const paidSome = figures.unpaid.penalty !== figures.penaltyNow || figures.unpaid.interest !== figures.interestNow;
    const unpaid = paidSome
      ? `; still unpaid: penalty ${formatUsd(figures.unpaid.penalty)}, interest ${formatUsd(figures.unpaid.interest)}`
      : '';
    const waived = figures.penaltyWaived !== '0.00' ? `; penalty of ${formatUsd(figures.penaltyWaived)} waived by DRS` : '';
    return `As of ${dateLabel(figures.asOf)}, ${late}${unpaid}${waived}.`;
  });

  protected dateLabel(date: string | null): string {
    return date ? dateLabel(date) : '—';
  }

  protected move(to: NoticeStatus): void {
    const notice = this.notice();
    if (this.moving()) return;
    this.moving.set(to);
    this.problem.set(null);
    this.stale.set(false);
    this.api.transition(notice.id, to, notice.version).subscribe({
      next: (updated) => {
        this.moving.set(null);
        this.noticeChange.emit(updated);
      },
      error: (error: unknown) => {
        this.moving.set(null);
        const message = withStatusLabels(describeHttpError(error));
        // A 409 is either a move the workflow refuses (the api says which are allowed) or a stale version.
        const staleVersion = statusOf(error) === 409 && /\bversion\b/i.test(message);
        this.stale.set(staleVersion);
        this.problem.set(staleVersion ? STALE_CASE_MESSAGE : message);
      },
    });
  }

  /** What the letter really said: the intake form on this notice; the page shows the saved correction. */
  protected async correct(): Promise<void> {
    const saved = await this.launcher.open({ notice: this.notice() });
    if (saved) this.noticeChange.emit(saved);
  }

  protected reload(): void {
    this.problem.set(null);
    this.stale.set(false);
    this.reloadRequested.emit();
  }
}
