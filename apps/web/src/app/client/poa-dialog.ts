import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type ClientKind, POA_POWERS, POA_SPOUSE_TAX_TYPES, type PoaRecordedView, type UserSummary } from '@nutmeg/contracts';
import { TAX_TYPES } from '@nutmeg/domain';
import { labelOf, TAX_TYPE_LABELS } from '../board/notice-labels';
import { applyApiFieldErrors, errorTextOf, focusFirstInvalid } from '../calls/form-errors';
import { PoaApi } from '../core/api/poa.api';
import { describeHttpError, fieldErrorsOf, statusOf } from '../core/http/api-error';
import { buildPoaForm, controlForPoaField, toPoaWrite } from './poa-form';
import { POA_POWER_LABELS, POA_STATUS_LABELS } from './poa-labels';

export interface PoaDialogData {
  client: { id: string; legalName: string; kind: ClientKind };
  /** The firm's people: a representative is a firm user. */
  users: readonly UserSummary[];
}

/** Records a Form LGL-001. Closes with what the api recorded, including the earlier POAs it revoked. */
@Component({
  selector: 'nm-poa-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatProgressBarModule,
  ],
  templateUrl: './poa-dialog.html',
  styleUrl: './poa-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PoaDialog {
  private readonly api = inject(PoaApi);
  private readonly dialogRef = inject<MatDialogRef<PoaDialog, PoaRecordedView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly data = inject<PoaDialogData>(MAT_DIALOG_DATA);

  protected readonly form = buildPoaForm(inject(NonNullableFormBuilder));
  protected readonly taxTypes = TAX_TYPES;
  protected readonly powers = POA_POWERS;
  protected readonly powerLabels = POA_POWER_LABELS;
  protected readonly statuses = ['draft', 'filed', 'active'] as const;
  protected readonly statusLabels = POA_STATUS_LABELS;

  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  private readonly errorsRevision = signal(0);

  private readonly chosenTaxTypes = toSignal(this.form.controls.taxTypes.valueChanges, {
    initialValue: this.form.controls.taxTypes.value,
  });
  /** The LGL-001 spouse line: an individual's personal income or individual use tax only. */
  protected readonly spouseAllowed = computed(
    () =>
      this.data.client.kind === 'individual' &&
      this.chosenTaxTypes().length > 0 &&
      this.chosenTaxTypes().every((taxType) => (POA_SPOUSE_TAX_TYPES as readonly string[]).includes(taxType)),
  );
  protected readonly status = toSignal(this.form.controls.status.valueChanges, {
    initialValue: this.form.controls.status.value,
  });

  protected taxTypeLabel(taxType: string): string {
    return labelOf(TAX_TYPE_LABELS, taxType);
  }

  protected errorFor(name: string): string | null {
    this.errorsRevision();
    const control = this.form.get(name);
    if (!control?.touched) return null;
    const unreadable = control.errors?.['periods'] as string[] | undefined;
    return errorTextOf(control, {
      periods: unreadable
        ? `Cannot read ${unreadable.map((piece) => `“${piece}”`).join(', ')}: write 2024, 2019–2024, 2024-Q3 or 2024-07`
        : '',
    });
  }

  protected save(): void {
    if (this.saving()) return;
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errorsRevision.update((n) => n + 1);
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    this.saving.set(true);
    this.api.create(toPoaWrite(this.form.getRawValue(), this.data.client.id, this.spouseAllowed())).subscribe({
      next: (recorded) => {
        this.saving.set(false);
        this.dialogRef.close(recorded);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fields = fieldErrorsOf(error);
        if (statusOf(error) === 400 && Object.keys(fields).length > 0) {
          this.formErrors.set(applyApiFieldErrors(this.form, fields, controlForPoaField));
          this.errorsRevision.update((n) => n + 1);
          afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
          return;
        }
        // A 409 here: a later LGL-001 is on file for a shared matter; the api's sentence names it.
        this.formErrors.set([describeHttpError(error)]);
      },
    });
  }

  protected cancel(): void {
    this.dialogRef.close();
  }
}
