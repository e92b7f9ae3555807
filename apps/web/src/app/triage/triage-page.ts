import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { NoticeListItem, UserSummary } from '@nutmeg/contracts';
import { catchError, EMPTY, map, of, switchMap, tap } from 'rxjs';
import { NoticesApi } from '../core/api/notices.api';
import { UsersApi } from '../core/api/users.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError, statusOf } from '../core/http/api-error';
import {
  dateLabel,
  deadlineLabelOf,
  labelOf,
  NOTICE_KIND_LABELS,
  periodsLabel,
  STATUS_LABELS,
  TAX_TYPE_LABELS,
  withStatusLabels,
} from '../board/notice-labels';
import { RiskChips } from '../board/risk-chips';
import { Icon } from '../shared/icon';
import { formatUsd } from '../shared/money';
import { StatePanel } from '../shared/state-panel';

export const TRIAGE_PAGE_SIZE = 25;
/** Roles a case can be assigned to; assistants support a caseload but do not own one. */
const ASSIGNABLE_ROLES: ReadonlySet<UserSummary['role']> = new Set(['manager', 'practitioner']);
export const STALE_MESSAGE = 'Someone else changed this case; reloaded';

/** One row of the queue, in words. */
export interface TriageRow {
  notice: NoticeListItem;
  kind: string;
  tax: string;
  noticeDate: string;
  balance: string;
  status: string;
  deadline: ReturnType<typeof deadlineLabelOf>;
}

function rowOf(notice: NoticeListItem): TriageRow {
  const periods = periodsLabel(notice.taxPeriods);
  const taxType = labelOf(TAX_TYPE_LABELS, notice.taxType);
  return {
    notice,
    kind: labelOf(NOTICE_KIND_LABELS, notice.kind),
    tax: periods ? `${taxType} · ${periods}` : taxType,
    noticeDate: dateLabel(notice.noticeDate),
    balance: formatUsd(notice.figures.balanceNow),
    status: labelOf(STATUS_LABELS, notice.status),
    deadline: deadlineLabelOf(notice.figures.nextDeadline),
  };
}

/**
 * The triage queue: new and triage cases, unassigned first. Managers assign a case in one click;
 * whoever works cases starts triage on a new one.
 */
@Component({
  selector: 'nm-triage-page',
  imports: [
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    MatTooltipModule,
    RouterLink,
    Icon,
    StatePanel,
    RiskChips,
  ],
  templateUrl: './triage-page.html',
  styleUrl: './triage-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TriagePage {
  private readonly api = inject(NoticesApi);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly users = inject(UsersApi);

  protected readonly pageSize = TRIAGE_PAGE_SIZE;
  protected readonly canAssign = computed(() => this.auth.can('notices:assign'));
  protected readonly canStart = computed(() => this.auth.can('notices:write'));
  protected readonly columns = computed(() => {
    const columns = ['client', 'notice', 'noticeDate', 'balance', 'deadline', 'risk', 'status', 'assignee'];
    return this.canStart() ? [...columns, 'actions'] : columns;
  });

  protected readonly pageIndex = signal(0);
  private readonly reloads = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notices = signal<NoticeListItem[]>([]);
  protected readonly total = signal(0);
  /** Cases whose assignment or move the api has not answered yet. */
  protected readonly saving = signal<ReadonlySet<string>>(new Set());

  protected readonly rows = computed(() => this.notices().map(rowOf));
  protected readonly trackById = (_index: number, row: TriageRow): string => row.notice.id;

  protected readonly assignees = toSignal(
    toObservable(this.canAssign).pipe(
      switchMap((canAssign) =>
        canAssign
          ? this.users.list().pipe(
              map((users) =>
                users
                  .filter((user) => ASSIGNABLE_ROLES.has(user.role))
                  .sort((a, b) => a.fullName.localeCompare(b.fullName)),
              ),
              catchError(() => of<UserSummary[]>([])),
            )
          : of<UserSummary[]>([]),
      ),
    ),
    { initialValue: [] as UserSummary[] },
  );

  private readonly query = computed(() => ({ page: this.pageIndex() + 1, reload: this.reloads() }));

  constructor() {
    toObservable(this.query)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        // switchMap: a page turn cancels the request it replaces.
        switchMap(({ page }) =>
          this.api.triage({ page, pageSize: TRIAGE_PAGE_SIZE }).pipe(
            catchError((error: unknown) => {
              this.error.set(describeHttpError(error));
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.notices.set(page.items);
        this.total.set(page.total);
        this.loading.set(false);
      });
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected assign(notice: NoticeListItem, assigneeId: string): void {
    this.startSaving(notice.id);
    this.api.assign(notice.id, assigneeId, notice.version).subscribe({
      next: (updated) => {
        this.doneSaving(notice.id);
        this.replace(updated);
      },
      error: (error: unknown) => {
        this.doneSaving(notice.id);
        if (statusOf(error) === 409) {
          this.snackBar.open(STALE_MESSAGE, 'Close', { duration: 6000 });
          this.reload();
        } else {
          this.snackBar.open(describeHttpError(error), 'Close', { duration: 8000 });
        }
      },
    });
  }

  protected startTriage(notice: NoticeListItem): void {
    this.startSaving(notice.id);
    this.api.transition(notice.id, 'triage', notice.version).subscribe({
      next: (updated) => {
        this.doneSaving(notice.id);
        this.replace(updated);
        this.snackBar.open(`${notice.client.legalName} is in triage`, 'Close', { duration: 4000 });
      },
      error: (error: unknown) => {
        this.doneSaving(notice.id);
        this.snackBar.open(withStatusLabels(describeHttpError(error)), 'Close', { duration: 10_000 });
      },
    });
  }

  private replace(updated: NoticeListItem): void {
    this.notices.update((notices) => notices.map((notice) => (notice.id === updated.id ? updated : notice)));
  }

  private startSaving(id: string): void {
    this.saving.update((ids) => new Set(ids).add(id));
  }

  private doneSaving(id: string): void {
    this.saving.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }
}
