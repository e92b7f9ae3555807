import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type ClientView, CLIENT_KINDS, type UserSummary } from '@nutmeg/contracts';
import { ClientsApi } from '../core/api/clients.api';
import { describeHttpError, fieldErrorsOf, statusOf } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import {
  applyFieldErrors,
  buildClientForm,
  controlErrorText,
  formValueOf,
  toClientUpdate,
  toClientWrite,
} from './client-form';
import { KIND_LABELS } from './client-labels';

export interface ClientDialogData {
  /** The client to edit; null creates a new one. */
  client: ClientView | null;
  /** Who a client can be assigned to. */
  assignees: readonly UserSummary[];
  /** A new client's name as already typed elsewhere (notice intake's client search). */
  legalName?: string;
}

export const STALE_VERSION_MESSAGE = 'Someone else changed this client; reload to see their change';

/** Create or edit a client. Closes with the saved ClientView; closing any other way saves nothing. */
@Component({
  selector: 'nm-client-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    Icon,
  ],
  templateUrl: './client-dialog.html',
  styleUrl: './client-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientDialog {
  private readonly api = inject(ClientsApi);
  private readonly dialogRef = inject<MatDialogRef<ClientDialog, ClientView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly data = inject<ClientDialogData>(MAT_DIALOG_DATA);

  protected readonly kinds = CLIENT_KINDS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly assignees = this.data.assignees;
  protected readonly form = buildClientForm(inject(NonNullableFormBuilder));

  /** The record as last read from the api; its version goes with the next save. */
  protected readonly client = signal<ClientView | null>(this.data.client);
  protected readonly isEdit = computed(() => this.client() !== null);
  protected readonly saving = signal(false);
  protected readonly reloading = signal(false);
  /** The save lost a race with another user's save (409). */
  protected readonly stale = signal(false);
  protected readonly staleMessage = STALE_VERSION_MESSAGE;
  /** Problems that belong to no single field (or to the whole request). */
  protected readonly formErrors = signal<string[]>([]);
  /** Bumped whenever control errors change outside a DOM event, so OnPush re-reads them. */
  private readonly errorsRevision = signal(0);

  constructor() {
    const client = this.data.client;
    if (client) this.form.reset(formValueOf(client));
    else if (this.data.legalName) this.form.controls.legalName.setValue(this.data.legalName);
    this.syncEmployerField(this.form.controls.hasW2Wages.value);
    this.form.controls.hasW2Wages.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((hasWages) => this.syncEmployerField(hasWages));
  }

  /** The message under a field, or null; `path` is the api's field path. */
  protected errorFor(path: string): string | null {
    this.errorsRevision();
    return controlErrorText(this.form.get(path));
  }

  protected save(): void {
    if (this.saving()) return;
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errorsRevision.update((n) => n + 1);
      this.focusFirstInvalidField();
      return;
    }
    const current = this.client();
    const value = this.form.getRawValue();
    const request = current
      ? this.api.update(current.id, toClientUpdate(value, current.version))
      : this.api.create(toClientWrite(value));
    this.saving.set(true);
    request.subscribe({
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

  /** After a 409: take the other user's version into the form, so the user can re-apply their change. */
  protected reload(): void {
    const current = this.client();
    if (!current || this.reloading()) return;
    this.reloading.set(true);
    this.api.get(current.id).subscribe({
      next: (latest) => {
        this.reloading.set(false);
        this.client.set(latest);
        this.form.reset(formValueOf(latest));
        this.stale.set(false);
        this.formErrors.set([]);
        this.errorsRevision.update((n) => n + 1);
      },
      error: (error: unknown) => {
        this.reloading.set(false);
        this.formErrors.set([describeHttpError(error)]);
      },
    });
  }

  protected cancel(): void {
    this.dialogRef.close();
  }

  private showSaveError(error: unknown): void {
    const status = statusOf(error);
    const fields = fieldErrorsOf(error);
    // A 400 names invalid fields; a 409 with fields is a duplicate (the taxpayer id of another client).
    if ((status === 400 || status === 409) && Object.keys(fields).length > 0) {
      this.formErrors.set(applyFieldErrors(this.form, fields));
      this.errorsRevision.update((n) => n + 1);
      this.focusFirstInvalidField();
      return;
    }
    // Any other 409 on an edit: the version this editor started from is no longer the current one.
    if (status === 409 && this.client()) {
      this.stale.set(true);
      return;
    }
    this.formErrors.set([describeHttpError(error)]);
  }

  private syncEmployerField(hasWages: boolean): void {
    const employer = this.form.controls.employerName;
    if (hasWages) employer.enable({ emitEvent: false });
    else employer.disable({ emitEvent: false });
  }

  private focusFirstInvalidField(): void {
    afterNextRender(
      () => {
        const invalid = this.host.nativeElement.querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid',
        );
        invalid?.focus();
      },
      { injector: this.injector },
    );
  }
}
