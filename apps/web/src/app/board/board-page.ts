import { type CdkDragDrop, type CdkDragStart, DragDropModule } from '@angular/cdk/drag-drop';
import { ScrollingModule } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { canTransition, NOTICE_STATUSES, type NoticeStatus, type NoticeListItem, type UserSummary } from '@nutmeg/contracts';
import { catchError, distinctUntilChanged, map, merge, type Observable, of, switchMap, tap } from 'rxjs';
import { type NoticeQuery, NoticesApi } from '../core/api/notices.api';
import { NoticeLauncher } from '../intake/notice-launcher';
import { UsersApi } from '../core/api/users.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { BoardCard, cardSummary } from './board-card';
import { BoardFilters, type BoardFilter, matchesSearch, NO_FILTER } from './board-filters';
import { type ColumnLoad, loadColumn } from './column-loader';
import { STATUS_LABELS, withStatusLabels } from './notice-labels';

export { COLUMN_LIMIT } from './column-loader';

/** A column with more cards than this renders only those in view (virtual scrolling). */
export const VIRTUAL_FROM = 40;
/** A card's slot in a virtual column: the card (fixed height in board-card.scss) and the gap below it. */
export const CARD_SLOT_PX = 142;

export type BoardScope = 'mine' | 'everyone';
/** Columns by workflow status (moving a case on), or by assignee (managers handing cases out). */
export type BoardGrouping = 'status' | 'assignee';

export interface BoardColumn {
  /** The status, or the assignee's id ('unassigned' for nobody). */
  key: string;
  label: string;
  status: NoticeStatus | null;
  assigneeId: string | null;
  items: NoticeListItem[];
  total: number;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
}

const UNASSIGNED = 'unassigned';

function column(key: string, label: string, status: NoticeStatus | null, assigneeId: string | null): BoardColumn {
  return { key, label, status, assigneeId, items: [], total: 0, loading: true, loadingMore: false, error: null };
}

function statusColumns(): BoardColumn[] {
  return NOTICE_STATUSES.map((status) => column(status, STATUS_LABELS[status], status, null));
}

function assigneeColumns(users: readonly UserSummary[]): BoardColumn[] {
  const owners = users.filter((user) => user.role !== 'assistant').sort((a, b) => a.fullName.localeCompare(b.fullName));
  return [column(UNASSIGNED, 'Unassigned', null, null), ...owners.map((user) => column(user.id, user.fullName, null, user.id))];
}

/**
 * The caseload board: one column per workflow status, a card per notice, and drag-and-drop to move a case on.
 * The api decides which moves make sense; a refused move snaps back and says which moves are allowed.
 * Managers can also lay the board out by assignee and hand a case to someone by dragging it to their column.
 * Long columns load page by page and render only the cards in view, so 2,000 cards stay smooth.
 */
@Component({
  selector: 'nm-board-page',
  imports: [
    DragDropModule,
    ScrollingModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    MatTooltipModule,
    Icon,
    StatePanel,
    BoardCard,
    BoardFilters,
  ],
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
  // A DRS letter dropped anywhere on the board opens intake with it.
  host: { '(dragover)': 'onFileDragOver($event)', '(drop)': 'onFileDrop($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPage {
  private readonly intake = inject(NoticeLauncher);
  private readonly api = inject(NoticesApi);
  private readonly usersApi = inject(UsersApi);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly virtualFrom = VIRTUAL_FROM;
  protected readonly cardSlot = CARD_SLOT_PX;
  /** Moving a case needs 'notices:write'; assistants see the board but cannot drag. */
  protected readonly canMove = computed(() => this.auth.can('notices:write'));
  /** People who own a caseload choose between theirs and the firm's; assistants always see the firm's. */
  protected readonly canChooseScope = computed(() => this.auth.can('notices:write'));
  /** Only managers assign cases, so only they get the by-assignee layout. */
  protected readonly canAssign = computed(() => this.auth.can('notices:assign'));
  protected readonly scope = signal<BoardScope>(this.auth.user()?.role === 'practitioner' ? 'mine' : 'everyone');
  protected readonly grouping = signal<BoardGrouping>('status');
  protected readonly filter = signal<BoardFilter>(NO_FILTER);
  private readonly reloads = signal(0);

  protected readonly columns = signal<BoardColumn[]>(statusColumns());
  /** The search narrows the cards already loaded; it asks the api nothing. */
  protected readonly shown = computed(() => {
    const search = this.filter().search;
    return this.columns().map((column) => ({ ...column, items: search ? column.items.filter((notice) => matchesSearch(notice, search)) : column.items }));
  });
  /** The column the dragged card comes from, to mark the columns it may go to. */
  protected readonly dragging = signal<string | null>(null);
  /** Cards whose move the api has not answered yet. */
  protected readonly saving = signal<ReadonlySet<string>>(new Set());

  protected readonly loading = computed(() => this.columns().some((column) => column.loading));
  protected readonly loadingMore = computed(() => this.columns().some((column) => column.loadingMore));
  protected readonly failed = computed(() => this.columns().every((column) => column.error !== null));
  protected readonly total = computed(() => this.columns().reduce((sum, column) => sum + column.total, 0));
  protected readonly empty = computed(
    () => !this.loading() && !this.failed() && this.columns().every((column) => column.total === 0),
  );

  private readonly query = computed(() => ({
    assigneeId: this.scope() === 'mine' && this.grouping() === 'status' ? (this.auth.user()?.id ?? null) : null,
    grouping: this.grouping(),
    // The search is not the api's business: typing must not reload the board.
    filter: { ...this.filter(), search: '' },
    reload: this.reloads(),
  }));

  constructor() {
    // A case taken in from anywhere (the top bar, a dropped letter) shows up without a manual reload.
    this.intake.saved.pipe(takeUntilDestroyed()).subscribe(() => this.reload());
    toObservable(this.query)
      .pipe(
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        // switchMap: changing the layout or a filter drops the answers still on their way for the old one.
        switchMap(({ assigneeId, grouping, filter }) =>
          this.layout(grouping).pipe(
            tap((columns) => this.columns.set(columns)),
            switchMap((columns) => merge(...columns.map((column) => this.load(column, assigneeId, filter)))),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ key, load, error }) =>
        this.updateColumn(key, (column) =>
          error !== null
            ? { ...column, items: [], total: 0, error, loading: false, loadingMore: false }
            : { ...column, items: load.items, total: load.total, error: null, loading: false, loadingMore: load.more },
        ),
      );
  }

  protected setScope(scope: BoardScope): void {
    this.scope.set(scope);
  }

  protected setGrouping(grouping: BoardGrouping): void {
    this.grouping.set(grouping);
  }

  protected setFilter(filter: BoardFilter): void {
    this.filter.set(filter);
  }

  protected onFileDragOver(event: DragEvent): void {
    if (this.canMove() && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  }

  protected onFileDrop(event: DragEvent): void {
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (!this.canMove() || files.length === 0) return;
    event.preventDefault();
    void this.intake.open({ files });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected summary(notice: NoticeListItem): string {
    return cardSummary(notice);
  }

  /** 'allowed' / 'refused' while a card is dragged, so the user sees where it may go before dropping it. */
  protected dropHint(key: string): 'allowed' | 'refused' | null {
    const from = this.dragging();
    if (!from || from === key) return null;
    if (this.grouping() === 'assignee') return 'allowed';
    return canTransition(from as NoticeStatus, key as NoticeStatus) ? 'allowed' : 'refused';
  }

  protected dragStarted(event: CdkDragStart<NoticeListItem>): void {
    this.dragging.set(this.grouping() === 'status' ? event.source.data.status : (event.source.data.assignee?.id ?? UNASSIGNED));
  }

  protected dragEnded(): void {
    this.dragging.set(null);
  }

  protected drop(event: CdkDragDrop<string, string, NoticeListItem>): void {
    const from = event.previousContainer.data;
    const to = event.container.data;
    // The api orders each column by deadline; a card dropped back into its own column stays where it was.
    if (from === to) return;
    const notice = event.item.data;
    const byAssignee = this.grouping() === 'assignee';
    const target = this.columns().find((column) => column.key === to);
    const moved: NoticeListItem = byAssignee
      ? { ...notice, assignee: target?.assigneeId ? { id: target.assigneeId, fullName: target.label } : null }
      : { ...notice, status: to as NoticeStatus };
    // Move at once, so the board does not lag behind the hand; the api's answer confirms or undoes it.
    this.moveCard(notice.id, from, to, moved, event.currentIndex);
    this.saving.update((ids) => new Set(ids).add(notice.id));
    const request = byAssignee
      ? this.api.assign(notice.id, target?.assigneeId ?? null, notice.version)
      : this.api.transition(notice.id, to as NoticeStatus, notice.version);
    request.subscribe({
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
        const where = this.columns().find((column) => column.key === from)?.label ?? from;
        this.snackBar.open(`${notice.client.legalName} stays in "${where}". ${this.refusal(error)}`, 'Close', {
          duration: 10_000,
        });
      },
    });
  }

  protected trackById(_index: number, notice: NoticeListItem): string {
    return notice.id;
  }

  /** Columns for the layout: statuses at once; assignees once the firm's people are known. */
  private layout(grouping: BoardGrouping): Observable<BoardColumn[]> {
    if (grouping === 'status') return of(statusColumns());
    return this.usersApi.list().pipe(
      map((users) => assigneeColumns(users)),
      catchError((error: unknown) => of([{ ...column(UNASSIGNED, 'Unassigned', null, null), error: describeHttpError(error), loading: false }])),
    );
  }

  private load(
    target: BoardColumn,
    assigneeId: string | null,
    filter: BoardFilter,
  ): Observable<{ key: string; load: ColumnLoad; error: string | null }> {
    if (target.error !== null) return of({ key: target.key, load: { items: [], total: 0, more: false }, error: target.error });
    const query: NoticeQuery = {
      ...(target.status ? { status: target.status, assigneeId } : {}),
      // By assignee, the board is about work still to do: resolved and closed cases are left out.
      ...(target.status ? {} : target.assigneeId ? { assigneeId: target.assigneeId, open: true } : { unassigned: true, open: true }),
      kind: filter.kind,
      riskLevel: filter.riskLevel,
      overdue: filter.overdue || undefined,
      dueWithinDays: filter.dueWithinDays,
    };
    return loadColumn((q) => this.api.list(q), query).pipe(
      map((load) => ({ key: target.key, load, error: null })),
      catchError((error: unknown) => of({ key: target.key, load: { items: [], total: 0, more: false }, error: describeHttpError(error) })),
    );
  }

  private refusal(error: unknown): string {
    return withStatusLabels(describeHttpError(error));
  }

  private moveCard(id: string, from: string, to: string, card: NoticeListItem, index: number): void {
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

  private updateColumn(key: string, change: (column: BoardColumn) => BoardColumn): void {
    this.columns.update((columns) => columns.map((column) => (column.key === key ? change(column) : column)));
  }
}
