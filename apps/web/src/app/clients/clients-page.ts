import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { ClientKind, ClientView, Page, UserSummary } from '@nutmeg/contracts';
import { catchError, concat, debounceTime, distinctUntilChanged, filter, map, of, scan, switchMap } from 'rxjs';
import { ClientsApi, type ClientQuery } from '../core/api/clients.api';
import { UsersApi } from '../core/api/users.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { ConfirmDialog, type ConfirmDialogData } from '../shared/confirm-dialog';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { ClientDialog, type ClientDialogData } from './client-dialog';
import { ClientExposureIcons } from './client-exposure';
import { KIND_LABELS } from './client-labels';

interface ListState {
  loading: boolean;
  page: Page<ClientView> | null;
  error: string | null;
}

export const PAGE_SIZES = [10, 25, 50, 100];
const SEARCH_DEBOUNCE_MS = 300;
/** Roles a client can be assigned to; assistants support a caseload but do not own one. */
const ASSIGNABLE_ROLES: ReadonlySet<UserSummary['role']> = new Set(['manager', 'practitioner']);

@Component({
  selector: 'nm-clients-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
    MatTooltipModule,
    Icon,
    StatePanel,
    ClientExposureIcons,
    RouterLink,
  ],
  templateUrl: './clients-page.html',
  styleUrl: './clients-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientsPage {
  private readonly api = inject(ClientsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly canWrite = computed(() => this.auth.can('clients:write'));
  protected readonly canDelete = computed(() => this.auth.can('clients:delete'));
  protected readonly columns = computed(() => {
    const columns = ['legalName', 'kind', 'taxpayerId', 'ctRegistrationNumber', 'assignee', 'exposure'];
    return this.canWrite() || this.canDelete() ? [...columns, 'actions'] : columns;
  });

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly search = signal('');
  protected readonly assigneeId = signal<string | null>(null);
  private readonly reloads = signal(0);

  protected readonly assignees = toSignal(
    inject(UsersApi)
      .list()
      .pipe(
        map((users) =>
          users.filter((user) => ASSIGNABLE_ROLES.has(user.role)).sort((a, b) => a.fullName.localeCompare(b.fullName)),
        ),
        // The filter is a convenience: without the user list the page still works unfiltered.
        catchError(() => of<UserSummary[]>([])),
      ),
    { initialValue: [] as UserSummary[] },
  );

  private readonly query = computed<ClientQuery & { reload: number }>(() => ({
    page: this.pageIndex() + 1,
    pageSize: this.pageSize(),
    search: this.search(),
    assigneeId: this.assigneeId(),
    reload: this.reloads(),
  }));

  protected readonly list = toSignal(
    toObservable(this.query).pipe(
      // switchMap: a newer query (a keystroke, a page turn) cancels the request it replaces.
      switchMap((query) =>
        concat(
          of<Partial<ListState>>({ loading: true }),
          this.api.list(query).pipe(
            map((page): Partial<ListState> => ({ loading: false, page, error: null })),
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

  protected readonly rows = computed(() => this.list().page?.items ?? []);
  protected readonly total = computed(() => this.list().page?.total ?? 0);
  protected readonly filtered = computed(() => this.search() !== '' || this.assigneeId() !== null);
  protected readonly trackById = (_index: number, client: ClientView): string => client.id;

  constructor() {
    this.searchControl.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((text) => {
        this.search.set(text);
        this.pageIndex.set(0);
      });
  }

  protected kindLabel(kind: ClientKind): string {
    return KIND_LABELS[kind];
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onAssigneeChange(assigneeId: string | null): void {
    this.assigneeId.set(assigneeId);
    this.pageIndex.set(0);
  }

  protected clearFilters(): void {
    this.searchControl.setValue('', { emitEvent: false });
    this.search.set('');
    this.assigneeId.set(null);
    this.pageIndex.set(0);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected openCreate(): void {
    this.openEditor(null);
  }

  protected openEdit(client: ClientView): void {
    this.openEditor(client);
  }

  protected confirmDelete(client: ClientView): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: 'Delete client?',
          message: `${client.legalName} and everything recorded for them will be removed. This cannot be undone.`,
          confirmLabel: 'Delete',
          destructive: true,
        },
        width: '440px',
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.remove(client.id)),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(`Deleted ${client.legalName}`, 'Close', { duration: 4000 });
          // Deleting the last row of a page would leave the user looking at an empty page.
          if (this.rows().length === 1 && this.pageIndex() > 0) this.pageIndex.update((index) => index - 1);
          else this.retry();
        },
        error: (error: unknown) => this.snackBar.open(describeHttpError(error), 'Close', { duration: 6000 }),
      });
  }

  private openEditor(client: ClientView | null): void {
    this.dialog
      .open<ClientDialog, ClientDialogData, ClientView>(ClientDialog, {
        data: { client, assignees: this.assignees() },
        width: '760px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((saved): saved is ClientView => saved !== undefined))
      .subscribe((saved) => {
        this.snackBar.open(`${client ? 'Saved' : 'Created'} ${saved.legalName}`, 'Close', { duration: 4000 });
        this.retry();
      });
  }
}
