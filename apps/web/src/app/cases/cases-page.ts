import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { NoticeListItem, Page, UserSummary } from '@nutmeg/contracts';
import { catchError, concat, map, of, scan, switchMap } from 'rxjs';
import { type CaseListFilter, filterParams, NoticeListApi } from '../core/api/notice-list.api';
import { UsersApi } from '../core/api/users.api';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import {
  CASE_PAGE_SIZES,
  caseListLocationOf,
  type CaseListLocation,
  type FilterChip,
  filterChipsOf,
  withoutKeys,
} from './case-filter';
import { CaseFilterBar } from './case-filter-bar';
import { caseRowOf, type CaseRow } from './case-row';
import { FilterChips } from './filter-chips';

interface ListState {
  loading: boolean;
  page: Page<NoticeListItem> | null;
  error: string | null;
}

/** Roles a case can be assigned to; assistants support a caseload but do not own one. */
const ASSIGNABLE_ROLES: ReadonlySet<UserSummary['role']> = new Set(['manager', 'practitioner']);

/**
 * Every case of the firm as a filtered, paged table. The filter and page live in the address, so a dashboard
 * figure can link to "the cases behind this number", and Back, reload and a shared link all show the same list.
 */
@Component({
  selector: 'nm-cases-page',
  imports: [
    RouterLink,
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    MatProgressBarModule,
    MatTooltipModule,
    Icon,
    StatePanel,
    CaseFilterBar,
    FilterChips,
  ],
  templateUrl: './cases-page.html',
  styleUrl: './cases-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasesPage {
  private readonly api = inject(NoticeListApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly pageSizes = CASE_PAGE_SIZES;
  protected readonly columns = ['client', 'kind', 'taxType', 'status', 'assignee', 'balance', 'deadline', 'risk'];

  protected readonly location = toSignal(this.route.queryParamMap.pipe(map(caseListLocationOf)), {
    requireSync: true,
  });
  protected readonly filter = computed(() => this.location().filter);
  private readonly reloads = signal(0);

  /** The firm's people, to name an assignee filter and offer it as a choice. */
  private readonly users = toSignal(
    inject(UsersApi)
      .list()
      // The names are a nicety: without them the chip says "Assigned to one person" and the list still works.
      .pipe(catchError(() => of<UserSummary[]>([]))),
    { initialValue: [] as UserSummary[] },
  );
  protected readonly assignees = computed(() =>
    this.users()
      .filter((user) => ASSIGNABLE_ROLES.has(user.role))
      .sort((a, b) => a.fullName.localeCompare(b.fullName)),
  );

  protected readonly chips = computed(() => {
    const users = this.users();
    return filterChipsOf(this.filter(), (id) => users.find((user) => user.id === id)?.fullName);
  });

  private readonly query = computed(() => ({ ...this.location(), reload: this.reloads() }));

  protected readonly list = toSignal(
    toObservable(this.query).pipe(
      // switchMap: a newer filter or page cancels the request it replaces.
      switchMap(({ filter, page, pageSize }) =>
        concat(
          of<Partial<ListState>>({ loading: true }),
          this.api.list({ filter, page, pageSize }).pipe(
            map((result): Partial<ListState> => ({ loading: false, page: result, error: null })),
            catchError((error: unknown) =>
              of<Partial<ListState>>({ loading: false, page: null, error: describeHttpError(error) }),
            ),
          ),
        ),
      ),
      // Keep the previous rows on screen while the next page loads, so the table does not flash.
      scan((state: ListState, change: Partial<ListState>) => ({ ...state, ...change }), {
        loading: true,
        page: null,
        error: null,
      }),
    ),
    { initialValue: { loading: true, page: null, error: null } satisfies ListState },
  );

  protected readonly rows = computed<CaseRow[]>(() => (this.list().page?.items ?? []).map(caseRowOf));
  protected readonly total = computed(() => this.list().page?.total ?? 0);
  protected readonly filtered = computed(() => this.chips().length > 0);
  protected readonly trackById = (_index: number, row: CaseRow): string => row.id;

  protected onFilterChange(filter: CaseListFilter): void {
    // A new filter starts from its first page: page 4 of the old list means nothing in the new one.
    this.go({ ...this.location(), filter, page: 1 });
  }

  protected removeChip(chip: FilterChip): void {
    this.onFilterChange(withoutKeys(this.filter(), chip.keys));
  }

  protected clearFilters(): void {
    this.onFilterChange({});
  }

  protected onPage(event: PageEvent): void {
    this.go({ ...this.location(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  private go({ filter, page, pageSize }: CaseListLocation): void {
    const queryParams: Record<string, string> = filterParams(filter);
    // Defaults stay out of the address, so a dashboard link and the list it opens read the same.
    if (page > 1) queryParams['page'] = String(page);
    if (pageSize !== CASE_PAGE_SIZES[0]) queryParams['pageSize'] = String(pageSize);
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
