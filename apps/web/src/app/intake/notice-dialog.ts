import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  type ClientView,
  NOTICE_REASONS,
  type NoticeScanView,
  type NoticeView,
  SCAN_FIELD_NAMES,
  type ScanClientMatch,
  type ScanFieldName,
  type UserSummary,
} from '@nutmeg/contracts';
import { type Deadline, NOTICE_KINDS, PENALTY_KINDS, TAX_TYPES } from '@nutmeg/domain';
import { catchError, filter, map, of } from 'rxjs';
import { NOTICE_KIND_LABELS, TAX_TYPE_LABELS, DEADLINE_LABELS } from '../board/notice-labels';
import { FirmRules } from '../calculator/firm-rules';
import { TODAY } from '../calculator/today';
import { applyApiFieldErrors, errorTextOf, focusFirstInvalid } from '../calls/form-errors';
import { ClientDialog, type ClientDialogData } from '../clients/client-dialog';
import { clientSearchOf } from '../clients/client-search';
import { ClientsApi } from '../core/api/clients.api';
import { NoticeScansApi } from '../core/api/notice-scans.api';
import { NoticesApi } from '../core/api/notices.api';
import { UsersApi } from '../core/api/users.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError, fieldErrorsOf, isStaleVersion, statusOf } from '../core/http/api-error';
import { PENALTY_KIND_LABELS } from '../calculator/calculator-labels';
import { fieldLabelOf, MONTH_NAMES, MONTHS, QUARTERS, REASON_LABELS } from './intake-labels';
import { correctionOf, type FieldChange } from './notice-correction';
import {
  buildNoticeForm,
  buildPeriodGroup,
  type ClientPick,
  controlForField,
  type FieldOrigin,
  formValueOf,
  formValueOfScan,
  originsOfScan,
  periodsOfScan,
  pickedClient,
  toNoticeWrite,
} from './notice-form';
import { LetterQueue } from './letter-queue';
import { previewNotice } from './notice-preview';

/** What a page may preset: a client (the client page), or the notice to correct (the case page). */
export interface NoticeDialogData {
  clientId?: string;
  notice?: NoticeView;
  /** Letters dropped on the board: read one after another, each confirmed into a case. */
  files?: readonly File[];
}

/** Below this the reader is unsure: the field is marked for the person to check against the letter. */
const LOW_CONFIDENCE = 0.8;

const ORIGIN_LABELS: Readonly<Record<ScanFieldName, string>> = {
  kind: 'Notice kind',
  taxType: 'Tax type',
  taxPeriods: 'Periods',
  noticeDate: 'Notice date',
  accountNumber: 'Account number',
  correspondenceId: 'Letter ID',
  stated: 'Amounts',
  taxpayerName: 'Taxpayer',
};

/**
 * Takes in a notice from the letter, or corrects one on file. Keyboard first; the deadlines the case will get
 * (and the tax's due date) are computed live by the rules engine, so the person sees them before saving.
 * Closes with the saved NoticeView.
 */
@Component({
  selector: 'nm-notice-dialog',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatDialogModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatProgressBarModule,
  ],
  providers: [FirmRules, LetterQueue],
  templateUrl: './notice-dialog.html',
  styleUrl: './notice-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoticeDialog {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly noticesApi = inject(NoticesApi);
  private readonly clientsApi = inject(ClientsApi);
  private readonly dialog = inject(MatDialog);
  private readonly dialogRef = inject<MatDialogRef<NoticeDialog, NoticeView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly data = inject<NoticeDialogData | null>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  private readonly rules = inject(FirmRules);
  private readonly self = inject(AuthService).user();
  private readonly today = inject(TODAY)();
  private readonly scansApi = inject(NoticeScansApi);
  protected readonly queue = inject(LetterQueue);

  /** The notice being corrected, or null for intake; replaced by a reload after a stale 409. */
  protected readonly original = signal<NoticeView | null>(this.data.notice ?? null);
  protected readonly correcting = this.original() !== null;
  protected readonly kinds = NOTICE_KINDS;
  protected readonly kindLabels = NOTICE_KIND_LABELS;
  protected readonly taxTypes = TAX_TYPES;
  protected readonly taxTypeLabels = TAX_TYPE_LABELS;
  protected readonly reasons = NOTICE_REASONS;
  protected readonly penaltyKinds = PENALTY_KINDS;
  protected readonly penaltyKindLabels = PENALTY_KIND_LABELS;
  protected readonly reasonLabels = REASON_LABELS;
  protected readonly quarters = QUARTERS;
  protected readonly months = MONTHS;
  protected readonly monthNames = MONTH_NAMES;
  protected readonly canAssign = this.self?.role === 'manager';

  protected readonly form = buildNoticeForm(this.fb, {
    today: this.today,
    assigneeId: this.self?.role === 'practitioner' ? this.self.id : null,
  });
  protected readonly periods = this.form.controls.taxPeriods;
  /** The empty form, to start each dropped letter from. */
  private readonly blank = this.form.getRawValue();
  /** The draft the form shows, once a letter is read; where each of its fields came from. */
  protected readonly draft = signal<NoticeScanView | null>(null);
  private readonly origins = computed(() => {
    const draft = this.draft();
    return draft ? originsOfScan(draft) : new Map<string, FieldOrigin>();
  });
  protected readonly dropping = signal(false);
  protected readonly refusedFiles = signal<string[]>([]);
  /** Cases taken in from the letters so far, for the line above the form. */
  protected readonly takenIn = signal<NoticeView[]>([]);
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  /** The case already on file with this Letter ID (a 409 on intake). */
  protected readonly duplicateOf = signal<string | null>(null);
  /** Someone else saved the notice since it was opened (a 409 on correction). */
  protected readonly stale = signal(false);
  private readonly errorsRevision = signal(0);

  protected readonly users = toSignal(
    this.canAssign
      ? inject(UsersApi)
          .list()
          .pipe(catchError(() => of<UserSummary[]>([])))
      : of<UserSummary[]>([]),
    { initialValue: [] as UserSummary[] },
  );

  protected readonly preview = computed(() => previewNotice(this.value(), this.rules.state().tables));
  protected readonly correction = computed<FieldChange[]>(() => {
    const original = this.original();
    return original ? correctionOf(original, toNoticeWrite(this.value())) : [];
  });
  /** Deadlines that move with the correction: kind → [on file, after]. */
  protected readonly movedDeadlines = computed(() => {
    const original = this.original();
    if (!original) return [];
    return this.preview()
      .deadlines.map((deadline) => {
        const onFile = original.deadlines.find((d) => d.kind === deadline.kind && d.ruleId === deadline.ruleId);
        return { kind: deadline.kind, before: onFile?.dueDate ?? null, after: deadline.dueDate };
      })
      .filter((move) => move.before !== move.after);
  });

  /** Clients matching what is typed in the client field. */
  protected readonly clientSearch = clientSearchOf(this.form.controls.client, this.clientsApi);
  protected readonly clientText = computed(() => {
    const value = this.value().client;
    return typeof value === 'string' ? value.trim() : '';
  });

  constructor() {
    // A letter read becomes the form's content; the next one replaces it once the first is taken in.
    effect(() => {
      const letter = this.queue.current();
      const scan = letter?.state === 'ready' ? letter.scan : null;
      if (scan && scan.id !== this.draft()?.id) untracked(() => this.loadScan(scan));
    });
    if (this.data.files?.length) this.addFiles(this.data.files);
    const notice = this.original();
    if (notice) this.load(notice);
    else if (this.data.clientId) {
      this.clientsApi.get(this.data.clientId).subscribe({
        next: (client) => this.form.controls.client.setValue({ id: client.id, legalName: client.legalName }),
        error: () => undefined,
      });
    }
  }

  protected clientName = (value: ClientPick | string | null): string =>
    value && typeof value === 'object' ? value.legalName : (value ?? '');

  protected pickClient(client: ClientView): void {
    this.form.controls.client.setValue({ id: client.id, legalName: client.legalName });
  }

  /** A client not yet on file: the client form, inline; the new client is picked. */
  protected createClient(): void {
    const legalName = this.clientText();
    this.dialog
      .open<ClientDialog, ClientDialogData, ClientView>(ClientDialog, {
        data: { client: null, assignees: this.users(), legalName },
        width: '760px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((saved): saved is ClientView => saved !== undefined))
      .subscribe((saved) => this.pickClient(saved));
  }

  protected addFiles(files: readonly File[]): void {
    this.refusedFiles.set(this.queue.add(files));
  }

  protected onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(Array.from(input.files ?? []));
    input.value = '';
  }

  protected onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dropping.set(true);
  }

  protected onDrop(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dropping.set(false);
    this.addFiles(Array.from(event.dataTransfer.files));
  }

  /** Where a prefilled field was read ("L2209471166" on page 1), and whether to check it. */
  protected originOf(path: string): FieldOrigin | null {
    return this.origins().get(path) ?? null;
  }

  /** The read fields, each with its snippet, page and confidence, for the panel above the form. */
  protected readonly originRows = computed(() => {
    const draft = this.draft();
    if (!draft) return [];
    return SCAN_FIELD_NAMES.flatMap((name) => {
      const field = draft.fields[name];
      if (!field) return [];
      return [
        {
          name,
          label: ORIGIN_LABELS[name],
          text: field.source.text,
          page: field.source.page,
          confidence: field.confidence,
          unsure: field.confidence < LOW_CONFIDENCE,
        },
      ];
    });
  });

  protected isUnsure(path: string): boolean {
    const origin = this.originOf(path);
    return origin !== null && origin.confidence < LOW_CONFIDENCE;
  }

  protected useMatch(match: ScanClientMatch): void {
    this.form.controls.client.setValue({ id: match.id, legalName: match.legalName });
  }

  /** Skips the letter on screen (a duplicate, not a DRS letter): on to the next. */
  protected skipLetter(): void {
    const letter = this.queue.current();
    if (letter) this.queue.finish(letter.key);
    this.draft.set(null);
    this.resetToBlank();
  }

  protected addPeriod(): void {
    const last = this.periods.at(this.periods.length - 1)?.getRawValue();
    const next = last?.quarter
      ? last.quarter === 4
        ? { year: (last.year ?? 0) + 1, quarter: 1 }
        : { year: last.year ?? undefined, quarter: last.quarter + 1 }
      : { year: last?.year ?? undefined };
    this.periods.push(buildPeriodGroup(this.fb, next as never));
    this.afterRender(() =>
      this.host.nativeElement
        .querySelector<HTMLInputElement>(`[data-period="${this.periods.length - 1}"] input`)
        ?.focus(),
    );
  }

  protected removePeriod(index: number): void {
    if (this.periods.length > 1) this.periods.removeAt(index);
  }

  protected deadlineLabel(deadline: Deadline): string {
    return DEADLINE_LABELS[deadline.kind];
  }

  protected errorFor(path: string): string | null {
    this.errorsRevision();
    const control = this.form.get(path);
    if (!control || !(control.touched || control.dirty)) return this.previewProblemFor(path);
    return (
      errorTextOf(control, {
        notChosen: 'Choose a client from the list, or create one',
        pattern:
          path.includes('Number') || path.includes('Id')
            ? '6–20 letters, digits or dashes, as printed'
            : 'An amount such as 1234.56',
      }) ?? this.previewProblemFor(path)
    );
  }

  /** The engine's objection to the entries, shown under the field it names. */
  private previewProblemFor(path: string): string | null {
    const problem = this.preview().problem;
    return problem && problem.field === path ? problem.message : null;
  }

  /** The engine's objection in the preview; a valid control shows no mat-error, so it is said here too. */
  protected problemBanner(): string | null {
    const problem = this.preview().problem;
    return problem ? `${fieldLabelOf(problem.field)}: ${problem.message}` : null;
  }

  /** Ctrl+Enter saves from anywhere; Esc is the dialog's own. */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      this.save();
    }
  }

  protected save(): void {
    if (this.saving()) return;
    this.formErrors.set([]);
    this.duplicateOf.set(null);
    const client = this.value().client;
    if (typeof client === 'string' && client.trim() !== '') {
      // A name typed in full that matches exactly one client is that client; anything else must be picked.
      const text = client.trim().toLowerCase();
      const exact = this.clientSearch().items.filter((option) => option.legalName.toLowerCase() === text);
      if (exact.length === 1) this.pickClient(exact[0]);
      else this.form.controls.client.setErrors({ notChosen: true });
    }
    if (this.form.invalid || !pickedClient(this.value().client)) {
      this.form.markAllAsTouched();
      this.errorsRevision.update((n) => n + 1);
      this.afterRender(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.saving.set(true);
    const body = toNoticeWrite(this.form.getRawValue());
    const original = this.original();
    const draft = this.draft();
    const request = original
      ? this.noticesApi.update(original.id, { ...withoutAssignee(body), version: original.version })
      : draft
        ? this.scansApi.confirm(draft.id, body)
        : this.noticesApi.create(body);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        const letter = this.queue.current();
        if (draft && letter) this.queue.finish(letter.key);
        if (draft && this.queue.remaining() > 0) {
          // Confirm, next: the queue's next letter fills the form when it is read.
          this.takenIn.update((cases) => [...cases, saved]);
          this.draft.set(null);
          this.resetToBlank();
          return;
        }
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.showSaveError(error);
      },
    });
  }

  /** After a stale 409: the notice as saved now, with the person's entries to make again on top. */
  protected reload(): void {
    const original = this.original();
    if (!original) return;
    this.noticesApi.get(original.id).subscribe({
      next: (fresh) => {
        this.original.set(fresh);
        this.stale.set(false);
        this.load(fresh);
      },
      error: (error: unknown) => this.formErrors.set([describeHttpError(error)]),
    });
  }

  protected cancel(): void {
    this.dialogRef.close();
  }

  private loadScan(scan: NoticeScanView): void {
    this.resetToBlank();
    this.draft.set(scan);
    const periods = periodsOfScan(scan);
    if (periods.length > 0) {
      this.periods.clear();
      for (const period of periods) this.periods.push(buildPeriodGroup(this.fb, period));
    }
    this.form.patchValue(formValueOfScan(scan));
    // The taxpayer's name is only offered: a client is attached by a person, never silently.
    const name = scan.fields.taxpayerName?.value;
    if (typeof name === 'string') this.form.controls.client.setValue(name);
    if (scan.clientMatches.length === 1 && scan.clientMatches[0].match === 'exact') {
      this.afterRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-testid=use-match]')?.focus());
    }
  }

  private resetToBlank(): void {
    this.periods.clear();
    this.periods.push(buildPeriodGroup(this.fb, this.blank.taxPeriods[0] as never));
    const { taxPeriods: _periods, ...blank } = this.blank;
    this.form.reset(blank as never);
    this.formErrors.set([]);
    this.duplicateOf.set(null);
  }

  private load(notice: NoticeView): void {
    this.periods.clear();
    for (const period of notice.taxPeriods) this.periods.push(buildPeriodGroup(this.fb, period));
    this.form.patchValue(formValueOf(notice));
  }

  private showSaveError(error: unknown): void {
    const status = statusOf(error);
    if (status === 409 && isStaleVersion(error)) {
      this.stale.set(true);
      return;
    }
    const existing = existingNoticeIdOf(error);
    if (status === 409 && existing) this.duplicateOf.set(existing);
    const fields = fieldErrorsOf(error);
    if ((status === 400 || status === 409) && Object.keys(fields).length > 0) {
      this.formErrors.set(applyApiFieldErrors(this.form, fields, controlForField));
      this.errorsRevision.update((n) => n + 1);
      this.afterRender(() => focusFirstInvalid(this.host.nativeElement));
      return;
    }
    this.formErrors.set([describeHttpError(error)]);
  }

  private afterRender(work: () => void): void {
    afterNextRender(work, { injector: this.injector });
  }
}

function withoutAssignee<T extends { assigneeId?: string }>(body: T): Omit<T, 'assigneeId'> {
  const { assigneeId: _assignee, ...rest } = body;
  return rest;
}

function existingNoticeIdOf(error: unknown): string | null {
  const body = (error as { error?: { existingNoticeId?: unknown } }).error;
  return typeof body?.existingNoticeId === 'string' ? body.existingNoticeId : null;
}
