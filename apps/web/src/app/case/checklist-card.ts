import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  type CheckResult,
  type ChecklistItemView,
  LEGITIMACY_CHECKS,
  type LegitimacyCheck,
  type NoticeView,
} from '@nutmeg/contracts';
import { NoticesApi } from '../core/api/notices.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { relativeTime } from '../shared/relative-time';
import { CHECK_LABELS, CHECK_RESULT_LABELS, dateTimeLabel } from './case-labels';

export interface ChecklistRow {
  item: LegitimacyCheck;
  label: string;
  result: CheckResult;
  resultLabel: string;
  /** "Ada Assistant, 2 hours ago", when someone has checked it. */
  by: string | null;
  at: string | null;
  note: string | null;
}

/** Every check in the house order, whether or not the api has a record of it yet. */
export function checklistRowsOf(checklist: readonly ChecklistItemView[], now = Date.now()): ChecklistRow[] {
  return LEGITIMACY_CHECKS.map((item) => {
    const view = checklist.find((check) => check.item === item);
    const result = view?.result ?? 'not_checked';
    const who = view?.checkedBy?.fullName ?? null;
    const when = view?.checkedAt ? relativeTime(view.checkedAt, now) : null;
    return {
      item,
      label: CHECK_LABELS[item] ?? item,
      result,
      resultLabel: CHECK_RESULT_LABELS[result],
      by: result === 'not_checked' ? null : [who, when].filter(Boolean).join(', ') || null,
      at: view?.checkedAt ? dateTimeLabel(view.checkedAt) : null,
      note: view?.note ?? null,
    };
  });
}

/**
 * "Is this notice really from DRS?": nine checks, each one click. Record-keeping, not a decision, so every role
 * may tick them ('notices:checklist'); a failed check makes the api flag the case as a possible scam.
 */
@Component({
  selector: 'nm-checklist-card',
  imports: [MatCheckboxModule, MatButtonModule, Icon],
  templateUrl: './checklist-card.html',
  styleUrl: './checklist-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistCard {
  private readonly api = inject(NoticesApi);
  private readonly auth = inject(AuthService);

  readonly notice = input.required<NoticeView>();
  readonly noticeChange = output<NoticeView>();

  protected readonly canCheck = computed(() => this.auth.can('notices:checklist'));
  protected readonly rows = computed(() => checklistRowsOf(this.notice().checklist));
  protected readonly passed = computed(() => this.rows().filter((row) => row.result === 'passed').length);
  protected readonly failed = computed(() => this.rows().filter((row) => row.result === 'failed').length);
  protected readonly total = LEGITIMACY_CHECKS.length;
  /** Checks whose answer the api has not confirmed yet. */
  protected readonly saving = signal<ReadonlySet<LegitimacyCheck>>(new Set());
  protected readonly problem = signal<string | null>(null);

  /** The checkbox: ticked means passed; unticking takes the answer back. */
  protected toggle(row: ChecklistRow, checked: boolean): void {
    this.record(row.item, checked ? 'passed' : 'not_checked');
  }

  protected record(item: LegitimacyCheck, result: CheckResult): void {
    if (this.saving().has(item)) return;
    this.saving.update((items) => new Set(items).add(item));
    this.problem.set(null);
    this.api.setCheck(this.notice().id, item, result).subscribe({
      next: (notice) => {
        this.doneSaving(item);
        this.noticeChange.emit(notice);
      },
      error: (error: unknown) => {
        this.doneSaving(item);
        this.problem.set(`"${CHECK_LABELS[item]}" was not recorded. ${describeHttpError(error)}`);
      },
    });
  }

  private doneSaving(item: LegitimacyCheck): void {
    this.saving.update((items) => {
      const next = new Set(items);
      next.delete(item);
      return next;
    });
  }
}
