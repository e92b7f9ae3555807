import { type CdkDragDrop, type CdkDragStart, DragDropModule } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { canTransition, NOTICE_STATUSES, type NoticeStatus, type NoticeView } from '@nutmeg/contracts';
import { catchError, map, merge, of, switchMap, tap } from 'rxjs';
import { NoticesApi } from '../core/api/notices.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { BoardCard, cardSummary } from './board-card';
import { STATUS_LABELS, withStatusLabels } from './notice-labels';

/** The api's largest page: a column shows at most this many cards and says how many more there are. */
export const COLUMN_LIMIT = 100;

export type BoardScope = 'mine' | 'everyone';

export interface BoardColumn {
  status: NoticeStatus;
  label: string;
  items: NoticeView[];
  total: number;
  loading: boolean;
  error: string | null;
}

function emptyColumns(): BoardColumn[] {
  return NOTICE_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    items: [],
    total: 0,
    loading: true,
    error: null,
  }));
}

/**
 * The caseload board: one column per workflow status, a card per notice, and drag-and-drop to move a case on.
 * The api decides which moves make sense; a refused move snaps back and says which moves are allowed.
 */
@Component({
  selector: 'nm-board-page',
  imports: [
    DragDropModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    MatTooltipModule,
    Icon,
    StatePanel,
    BoardCard,
  ],
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPage {
  private readonly api = inject(NoticesApi);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly columnLimit = COLUMN_LIMIT;
  /** Moving a case needs 'notices:write'; assistants see the board but cannot drag. */
  protected readonly canMove = computed(() => this.auth.can('notices:write'));
  /** People who own a caseload choose between theirs and the firm's; assistants always see the firm's. */
  protected readonly canChooseScope = computed(() => this.auth.can('notices:write'));
  protected readonly scope = signal<BoardScope>(this.auth.user()?.role === 'practitioner' ? 'mine' : 'everyone');
  private readonly reloads = signal(0);

  protected readonly columns = signal<BoardColumn[]>(emptyColumns());
  /** The status of the card being dragged, to mark the columns it may go to. */
  protected readonly dragging = signal<NoticeStatus | null>(null);
  /** Cards whose move the api has not answered yet. */
  protected readonly saving = signal<ReadonlySet<string>>(new Set());

  protected readonly loading = computed(() => this.columns().some((column) => column.loading));
  protected readonly failed = computed(() => this.columns().every((column) => column.error !== null));
  protected readonly total = computed(() => this.columns().reduce((sum, column) => sum + column.total, 0));
  protected readonly empty = computed(
    () => !this.loading() && !this.failed() && this.columns().every((column) => column.total === 0),
  );

  private readonly query = computed(() => ({
    assigneeId: this.scope() === 'mine' ? (this.auth.user()?.id ?? null) : null,
    reload: this.reloads(),
  }));

  constructor() {
    toObservable(this.query)
      .pipe(
        tap(() =>
          this.columns.update((columns) => columns.map((column) => ({ ...column, loading: true, error: null }))),
        ),
        // switchMap: switching between mine and everyone drops the answers still on their way for the other.
        switchMap(({ assigneeId }) =>
          merge(
            ...NOTICE_STATUSES.map((status) =>
              this.api.list({ status, assigneeId, pageSize: COLUMN_LIMIT }).pipe(
                map((page) => ({ status, items: page.items, total: page.total, error: null })),
                catchError((error: unknown) =>
                  of({ status, items: [] as NoticeView[], total: 0, error: describeHttpError(error) }),
                ),
              ),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ status, items, total, error }) =>
        this.updateColumn(status, (column) => ({ ...column, items, total, error, loading: false })),
      );
  }

  protected setScope(scope: BoardScope): void {
    this.scope.set(scope);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected summary(notice: NoticeView): string {
    return cardSummary(notice);
  }

  /** 'allowed' / 'refused' while a card is dragged, so the user sees where it may go before dropping it. */
  protected dropHint(status: NoticeStatus): 'allowed' | 'refused' | null {
    const from = this.dragging();
    if (!from || from === status) return null;
    return canTransition(from, status) ? 'allowed' : 'refused';
  }

  protected dragStarted(event: CdkDragStart<NoticeView>): void {
    this.dragging.set(event.source.data.status);
  }

  protected dragEnded(): void {
    this.dragging.set(null);
  }

  protected drop(event: CdkDragDrop<NoticeStatus, NoticeStatus, NoticeView>): void {
    const from = event.previousContainer.data;
    const to = event.container.data;
    // The api orders each column by deadline; a card dropped back into its own column stays where it was.
    if (from === to) return;
    const notice = event.item.data;
    // Move at once, so the board does not lag behind the hand; the api's answer confirms or undoes it.
    this.moveCard(notice.id, from, to, { ...notice, status: to }, event.currentIndex);
    this.saving.update((ids) => new Set(ids).add(notice.id));
    this.api.transition(notice.id, to, notice.version).subscribe({
      next: (updated) => {
        this.doneSaving(notice.id);
        this.updateColumn(to, (column) => ({
          ...column,
          items: column.items.map((item) => (item.id === updated.id ? updated : item)),
        }));
      },
      error: (error: unknown) => {
        this.doneSaving(notice.id);
        this.moveCard(notice.id, to, from, notice, event.previousIndex);
        this.snackBar.open(
          `${notice.client.legalName} stays in "${STATUS_LABELS[from]}". ${this.refusal(error)}`,
          'Close',
          {
            duration: 10_000,
          },
        );
      },
    });
  }

  private refusal(error: unknown): string {
    return withStatusLabels(describeHttpError(error));
  }

  private moveCard(id: string, from: NoticeStatus, to: NoticeStatus, card: NoticeView, index: number): void {
    this.updateColumn(from, (column) => ({
      ...column,
      items: column.items.filter((item) => item.id !== id),
      total: Math.max(0, column.total - 1),
    }));
    this.updateColumn(to, (column) => {
      const items = column.items.filter((item) => item.id !== id);
      items.splice(Math.min(Math.max(index, 0), items.length), 0, card);
      return { ...column, items, total: column.total + 1 };
    });
  }

  private doneSaving(id: string): void {
    this.saving.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }

  private updateColumn(status: NoticeStatus, change: (column: BoardColumn) => BoardColumn): void {
    this.columns.update((columns) => columns.map((column) => (column.status === status ? change(column) : column)));
  }
}
