import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { PoaRecordedView, PoaRevocationView, PoaView, UserSummary } from '@nutmeg/contracts';
import { catchError, combineLatest, filter, forkJoin, map, of, switchMap } from 'rxjs';
import { CallList } from '../calls/call-list';
import { LogCallLauncher } from '../calls/log-call-launcher';
import { NewNoticeButton } from '../intake/new-notice-button';
import { LOG_CALL_ARIA_SHORTCUTS } from '../calls/log-call-shortcut';
import { CallsApi } from '../core/api/calls.api';
import { ClientNoticesApi } from '../core/api/client-notices.api';
import { ClientsApi } from '../core/api/clients.api';
import { PoaApi } from '../core/api/poa.api';
import { UsersApi } from '../core/api/users.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { ConfirmDialog, type ConfirmDialogData } from '../shared/confirm-dialog';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { ClientNotices } from './client-notices';
import { ClientProfile } from './client-profile';
import { loadEach, LOADING } from './load-state';
import { PoaDialog, type PoaDialogData } from './poa-dialog';
import { PoaGrid } from './poa-grid';
import { revocationSentence, taxTypesLabel } from './poa-labels';
import { PoaList } from './poa-list';

/** A client's calls shown on their page; the Calls page has the rest. */
const CALLS_SHOWN = 25;

/** The last LGL-001 recorded here and what it revoked, told plainly until dismissed. */
interface RecordedNote {
  representative: string;
  revoked: PoaRevocationView[];
}

/**
 * One client: who they are and what DRS could reach, their notices, who may speak for them (the POA grid
 * and list, with add and revoke), and their calls with DRS.
 */
@Component({
  selector: 'nm-client-page',
  imports: [
    NewNoticeButton,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatTooltipModule,
    Icon,
    StatePanel,
    ClientProfile,
    ClientNotices,
    PoaGrid,
    PoaList,
    CallList,
  ],
  templateUrl: './client-page.html',
  styleUrl: './client-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPage {
  /** From the route (/clients/:id). */
  readonly id = input.required<string>();

  private readonly clientsApi = inject(ClientsApi);
  private readonly noticesApi = inject(ClientNoticesApi);
  private readonly poaApi = inject(PoaApi);
  private readonly callsApi = inject(CallsApi);
  private readonly usersApi = inject(UsersApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly launcher = inject(LogCallLauncher);

  protected readonly canWritePoa = computed(() => this.auth.can('poa:write'));
  protected readonly canLogCall = computed(() => this.auth.can('calls:write'));
  protected readonly ariaShortcuts = LOG_CALL_ARIA_SHORTCUTS;

  private readonly clientReloads = signal(0);
  private readonly poaReloads = signal(0);
  private readonly callReloads = signal(0);
  private readonly id$ = toObservable(this.id);

  protected readonly client = toSignal(
    loadEach(combineLatest([this.id$, toObservable(this.clientReloads)]), ([id]) => this.clientsApi.get(id)),
    { initialValue: LOADING },
  );
  protected readonly notices = toSignal(
    loadEach(combineLatest([this.id$, toObservable(this.clientReloads)]), ([id]) =>
      this.noticesApi.list(id).pipe(map((page) => page.items)),
    ),
    { initialValue: LOADING },
  );
  /** The grid and the list change together (adding one POA can revoke another), so they load together. */
  protected readonly poa = toSignal(
    loadEach(combineLatest([this.id$, toObservable(this.poaReloads)]), ([id]) =>
      forkJoin({
        grid: this.poaApi.grid(id),
        list: this.poaApi.list({ clientId: id, pageSize: 100 }).pipe(map((page) => page.items)),
      }),
    ),
    { initialValue: LOADING },
  );
  protected readonly calls = toSignal(
    loadEach(combineLatest([this.id$, toObservable(this.callReloads)]), ([id]) =>
      this.callsApi.list({ clientId: id, pageSize: CALLS_SHOWN }),
    ),
    { initialValue: LOADING },
  );

  protected readonly recorded = signal<RecordedNote | null>(null);
  protected readonly revocationSentence = revocationSentence;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const client = this.client().value;
      if (client) title.setTitle(`${client.legalName} · Nutmeg`);
    });
    // A call logged from anywhere (the shortcut, too) for this client shows up in its list.
    this.launcher.logged
      .pipe(
        filter((call) => call.client.id === this.id()),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.callReloads.update((n) => n + 1));
  }

  protected reloadClient(): void {
    this.clientReloads.update((n) => n + 1);
  }

  protected reloadPoa(): void {
    this.poaReloads.update((n) => n + 1);
  }

  protected reloadCalls(): void {
    this.callReloads.update((n) => n + 1);
  }

  protected logCall(): void {
    void this.launcher.open({ clientId: this.id() });
  }

  protected addPoa(): void {
    const client = this.client().value;
    if (!client) return;
    this.usersApi
      .list()
      .pipe(
        map((users) => [...users].sort((a, b) => a.fullName.localeCompare(b.fullName))),
        catchError((error: unknown) => {
          this.snackBar.open(`Cannot load the firm's people: ${describeHttpError(error)}`, 'Close', { duration: 6000 });
          return of<UserSummary[] | null>(null);
        }),
        filter((users): users is UserSummary[] => users !== null),
        switchMap((users) =>
          this.dialog
            .open<PoaDialog, PoaDialogData, PoaRecordedView>(PoaDialog, {
              data: { client: { id: client.id, legalName: client.legalName, kind: client.kind }, users },
              width: '820px',
              maxWidth: '96vw',
              maxHeight: '94vh',
              autoFocus: 'first-tabbable',
            })
            .afterClosed(),
        ),
        filter((recorded): recorded is PoaRecordedView => recorded !== undefined),
      )
      .subscribe((recorded) => {
        this.recorded.set({ representative: recorded.representative.fullName, revoked: recorded.revoked });
        this.snackBar.open(
          recorded.revoked.length > 0
            ? `POA recorded; it revoked ${recorded.revoked.length === 1 ? 'an earlier POA' : `${recorded.revoked.length} earlier POAs`}`
            : 'POA recorded',
          'Close',
          { duration: 5000 },
        );
        this.reloadPoa();
      });
  }

  protected confirmRevoke(poa: PoaView): void {
    const matter = `${taxTypesLabel(poa.taxTypes).toLowerCase()} ${poa.periodLabels.join(', ')}`;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: 'Revoke power of attorney?',
          message: `${poa.representative.fullName} will no longer be authorised for ${matter} from today. The record stays as history.`,
          confirmLabel: 'Revoke',
          destructive: true,
        },
        width: '460px',
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.poaApi.revoke(poa.id, { version: poa.version })),
      )
      .subscribe({
        next: (revoked) => {
          this.snackBar.open(`Revoked ${revoked.representative.fullName}'s POA for ${matter}`, 'Close', {
            duration: 5000,
          });
          this.reloadPoa();
        },
        error: (error: unknown) => {
          this.snackBar.open(describeHttpError(error), 'Close', { duration: 6000 });
          this.reloadPoa();
        },
      });
  }

  protected dismissRecorded(): void {
    this.recorded.set(null);
  }
}
