import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  CALL_OUTCOMES,
  type CallView,
  type ClientView,
  DRS_LINES,
  type NoticeListItem,
  type PoaCoverageAnswer,
  type UserSummary,
} from '@nutmeg/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { CallsApi } from '../core/api/calls.api';
import { ClientNoticesApi } from '../core/api/client-notices.api';
import { clientSearchOf } from '../clients/client-search';
import { ClientsApi } from '../core/api/clients.api';
import { UsersApi } from '../core/api/users.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError, fieldErrorsOf, statusOf } from '../core/http/api-error';
import { callDayOf } from './calendar';
import { CallCoverage, type CoverageQuestion, type CoverageState, matterOf, stateOfAnswer } from './call-coverage';
import { isOpenNotice, lineOptionLabel, noticeOptionLabel, OUTCOME_LABELS } from './call-labels';
import { CoveragePanel } from './coverage-panel';
import { applyApiFieldErrors, errorTextOf, focusFirstInvalid } from './form-errors';
import {
  buildLogCallForm,
  type ClientPick,
  controlForField,
  pickedClient,
  pickedNotice,
  toCallWrite,
} from './log-call-form';

/** What a page may preselect when it opens the dialog (the case page: its client and notice). */
export interface LogCallPreset {
  clientId?: string;
  noticeId?: string;
}

const COVERAGE_DEBOUNCE_MS = 150;

interface NoticesState {
  loading: boolean;
  items: NoticeListItem[];
  error: string | null;
}

/**
 * Logs a call with DRS, keyboard first: type to find the client, pick the open notice, fill what DRS said.
 * Before saving it shows whether a POA covers the caller; without one the call is saved only when the user
 * acknowledges it, and then it is flagged. Closes with the saved CallView.
 */
@Component({
  selector: 'nm-log-call-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatProgressBarModule,
    CoveragePanel,
  ],
  templateUrl: './log-call-dialog.html',
  styleUrl: './log-call-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogCallDialog {
  private readonly callsApi = inject(CallsApi);
  private readonly clientsApi = inject(ClientsApi);
  private readonly noticesApi = inject(ClientNoticesApi);
  private readonly callCoverage = inject(CallCoverage);
  private readonly dialogRef = inject<MatDialogRef<LogCallDialog, CallView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly preset = inject<LogCallPreset | null>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  private readonly auth = inject(AuthService);
  private readonly self = this.auth.user();

  protected readonly lines = DRS_LINES;
  protected readonly lineLabel = lineOptionLabel;
  protected readonly outcomes = CALL_OUTCOMES;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly noticeLabel = noticeOptionLabel;
  /** Managers may log a call someone else made (the api refuses it from anyone else). */
  protected readonly canChooseCaller = this.self?.role === 'manager';

  protected readonly form = buildLogCallForm(inject(NonNullableFormBuilder), this.self?.id ?? '');
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  /** Saving was tried while the warning stood unacknowledged. */
  protected readonly acknowledgementMissing = signal(false);
  /** Bumped when control errors change outside a DOM event, so OnPush re-reads them. */
  private readonly errorsRevision = signal(0);

  protected readonly users = toSignal(
    this.canChooseCaller
      ? inject(UsersApi)
          .list()
          .pipe(catchError(() => of<UserSummary[]>([])))
      : of<UserSummary[]>([]),
    { initialValue: [] as UserSummary[] },
  );

  protected readonly client = computed(() => pickedClient(this.value().client));
  protected readonly notice = computed(() => pickedNotice(this.value().notice));
  private readonly caller = computed(() => {
    const callerId = this.value().callerId;
    if (this.self && callerId === this.self.id) return { id: this.self.id, fullName: this.self.fullName };
    const user = this.users().find((candidate) => candidate.id === callerId);
    return user ? { id: user.id, fullName: user.fullName } : null;
  });
  protected readonly callerName = computed(() => this.caller()?.fullName ?? '');
  protected readonly showLineDetail = computed(() => ['other', 'collections'].includes(this.value().line));

  /** Clients matching what is typed in the client field. */
  protected readonly clientSearch = clientSearchOf(this.form.controls.client, this.clientsApi);
  protected readonly clientText = computed(() => {
    const value = this.value().client;
    return typeof value === 'string' ? value.trim() : '';
  });

  /** The chosen client's open notices. */
  protected readonly notices = toSignal(
    toObservable(computed(() => this.client()?.id ?? null)).pipe(
      distinctUntilChanged(),
      switchMap((clientId) =>
        clientId === null
          ? of<NoticesState>({ loading: false, items: [], error: null })
          : this.noticesApi.list(clientId).pipe(
              map((page): NoticesState => ({ loading: false, items: page.items.filter(isOpenNotice), error: null })),
              catchError((error: unknown) =>
                of<NoticesState>({ loading: false, items: [], error: describeHttpError(error) }),
              ),
              startWith<NoticesState>({ loading: true, items: [], error: null }),
            ),
      ),
    ),
    { initialValue: { loading: false, items: [], error: null } satisfies NoticesState },
  );
  protected readonly noticeOptions = computed(() => {
    const value = this.value().notice;
    const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
    const items = this.notices().items;
    return text ? items.filter((notice) => noticeOptionLabel(notice).toLowerCase().includes(text)) : items;
  });

  private readonly question = computed<CoverageQuestion | null>(() => {
    const client = this.client();
    const caller = this.caller();
    const date = callDayOf(this.value().startedAt);
    if (!client || !caller || !date) return null;
    return { client, notice: this.notice(), caller, date };
  });
  protected readonly coverage = signal<CoverageState>({ kind: 'idle' });
  protected readonly uncovered = computed(() => {
    const state = this.coverage();
    return state.kind === 'answered' && !state.covered;
  });

  constructor() {
    toObservable(this.question)
      .pipe(
        debounceTime(COVERAGE_DEBOUNCE_MS),
        distinctUntilChanged((a, b) => questionKey(a) === questionKey(b)),
        switchMap((question) => {
          // An acknowledgement is about the warning it answered; a different matter needs its own.
          this.form.controls.acknowledgeNoPoa.setValue(false);
          this.acknowledgementMissing.set(false);
          return question ? this.callCoverage.check(question) : of<CoverageState>({ kind: 'idle' });
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.coverage.set(state));
    this.applyPreset();
  }

  protected clientName = (value: ClientPick | string | null): string =>
    value && typeof value === 'object' ? value.legalName : (value ?? '');

  protected noticeName = (value: NoticeListItem | string | null): string =>
    value && typeof value === 'object' ? noticeOptionLabel(value) : (value ?? '');

  protected pickClient(client: ClientView): void {
    this.form.controls.client.setValue({ id: client.id, legalName: client.legalName });
    this.form.controls.notice.setValue(null);
  }

  /** The message under a field, or null. */
  protected errorFor(name: string): string | null {
    this.errorsRevision();
    const control = this.form.get(name);
    if (!control || !(control.touched || control.dirty)) return null;
    return errorTextOf(control, {
      notChosen: name === 'client' ? 'Choose a client from the list' : 'Choose a notice from the list, or clear it',
    });
  }

  /**
   * Keyboard-first: Ctrl+Enter saves from anywhere; Enter in a one-line field moves to the next field, and
   * in the last one saves (so a half-filled form is never sent by a stray Enter). Esc is the dialog's own.
   */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      this.save();
      return;
    }
    if (!(target instanceof HTMLInputElement) || target.type === 'checkbox') return;
    event.preventDefault();
    if (target.dataset['lastField'] === 'true') {
      this.save();
      return;
    }
    const fields = Array.from(
      this.host.nativeElement.querySelectorAll<HTMLElement>(
        'input:not([type=checkbox]):not([disabled]), textarea:not([disabled]), mat-select:not(.mat-mdc-select-disabled)',
      ),
    );
    fields[fields.indexOf(target) + 1]?.focus();
  }

  protected save(): void {
    if (this.saving()) return;
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errorsRevision.update((n) => n + 1);
      this.afterRender(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    if (this.uncovered() && !this.form.controls.acknowledgeNoPoa.value) {
      this.acknowledgementMissing.set(true);
      this.afterRender(() => this.focusAcknowledgement());
      return;
    }
    this.saving.set(true);
    this.callsApi.create(toCallWrite(this.form.getRawValue(), this.self?.id ?? '')).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.showSaveError(error);
      },
    });
  }

  protected cancel(): void {
    this.dialogRef.close();
  }

  private showSaveError(error: unknown): void {
    const status = statusOf(error);
    const coverage = refusedCoverage(error);
    if (status === 409 && coverage) {
      // The api's check disagrees with (or got ahead of) the one shown: show its answer and ask again.
      const question = this.question();
      this.coverage.set(stateOfAnswer(coverage, question ? matterOf(question) : 'this matter'));
      this.form.controls.acknowledgeNoPoa.setValue(false);
      this.acknowledgementMissing.set(true);
      this.afterRender(() => this.focusAcknowledgement());
      return;
    }
    const fields = fieldErrorsOf(error);
    if (status === 400 && Object.keys(fields).length > 0) {
      this.formErrors.set(applyApiFieldErrors(this.form, fields, controlForField));
      this.errorsRevision.update((n) => n + 1);
      this.afterRender(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.formErrors.set([describeHttpError(error)]);
  }

  private applyPreset(): void {
    const { clientId, noticeId } = this.preset;
    if (!clientId) return;
    this.clientsApi
      .get(clientId)
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (client) => this.form.controls.client.setValue({ id: client.id, legalName: client.legalName }),
        error: (error: unknown) => this.formErrors.set([describeHttpError(error)]),
      });
    if (!noticeId) return;
    toObservable(this.notices)
      .pipe(
        map((state) => state.items.find((notice) => notice.id === noticeId)),
        filter((notice): notice is NoticeListItem => notice !== undefined),
        debounceTime(0),
        takeUntilDestroyed(),
      )
      .subscribe((notice) => {
        if (!pickedNotice(this.form.controls.notice.value)) this.form.controls.notice.setValue(notice);
      });
  }

  private focusAcknowledgement(): void {
    this.host.nativeElement.querySelector<HTMLInputElement>('[data-testid=acknowledge-no-poa] input')?.focus();
  }

  private afterRender(work: () => void): void {
    afterNextRender(work, { injector: this.injector });
  }
}

function questionKey(question: CoverageQuestion | null): string {
  return question ? [question.client.id, question.notice?.id ?? '', question.caller.id, question.date].join('|') : '';
}

/** The coverage a 409 "poa_not_covered" carries (the api's ApiError plus `code` and `coverage`). */
function refusedCoverage(error: unknown): PoaCoverageAnswer | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as { code?: unknown; coverage?: PoaCoverageAnswer } | null;
  return body && body.code === 'poa_not_covered' && body.coverage ? body.coverage : null;
}
