import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { addDays, isIsoDate, type RuleTables } from '@nutmeg/domain';
import { map } from 'rxjs';
import { UsdPipe } from '../shared/money';
import { FormProblems, refusalReasonsOf } from './api-field-errors';
import { PlanSchedule } from '../shared/plan-schedule';
import { previewPlan } from './plan-preview';
import { ResolutionFormBase } from './resolution-form-base';

/** The api's shortest override reason (EligibilityOverrideDto). */
export const OVERRIDE_MIN_LENGTH = 10;

/**
 * An installment plan request. The schedule is shown as the terms are chosen (the rules engine, in the
 * browser); the api checks eligibility, and when the rules say no it answers with its reasons, which the form
 * shows with a field to request the plan anyway, saying why.
 */
@Component({
  selector: 'nm-plan-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    UsdPipe,
    PlanSchedule,
  ],
  templateUrl: './plan-form.html',
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanForm extends ResolutionFormBase<'installment_plan'> {
  readonly rules = input.required<RuleTables>();

  protected readonly type = 'installment_plan';
  protected readonly problems = new FormProblems([
    'months',
    'startDate',
    'requestedOn',
    'unfiledReturns',
    'withCollectionAgency',
    'hasWarrant',
    'override.reason',
  ]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    months: [6],
    // DRS needs time to act on a written request; the first payment a couple of weeks out is the usual ask.
    startDate: [addDays(this.today, 14)],
    requestedOn: [this.today],
    unfiledReturns: [false],
    withCollectionAgency: [false],
    hasWarrant: [false],
    overrideReason: [''],
  });
  /** The api's reasons for refusing the plan; while set, the override field shows. */
  protected readonly refusal = signal<readonly string[] | null>(null);

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly monthChoices = computed(() => {
    const { min, max } = this.rules().general.installmentPlan.termMonths.value;
    return Array.from({ length: max - min + 1 }, (_, index) => min + index);
  });
  protected readonly preview = computed(() => {
    const { months, startDate } = this.value();
    if (!isIsoDate(startDate)) return null;
    return previewPlan(this.notice(), months, startDate, this.rules());
  });
  protected readonly schedule = computed(() => {
    const preview = this.preview();
    return preview?.ok ? preview.schedule : null;
  });
  protected readonly previewProblem = computed(() => {
    const preview = this.preview();
    return preview && !preview.ok ? preview.message : null;
  });

  protected submit(): void {
    this.problems.clear();
    const value = this.form.getRawValue();
    if (!isIsoDate(value.startDate)) this.problems.setField('startDate', 'Enter the date of the first payment.');
    const overriding = this.refusal() !== null;
    const reason = value.overrideReason.trim();
    if (overriding && reason.length < OVERRIDE_MIN_LENGTH) {
      this.problems.setField(
        'override.reason',
        `Say why the plan should be requested anyway, in at least ${OVERRIDE_MIN_LENGTH} characters.`,
      );
    }
    if (this.problems.hasAny()) return;
    this.send(
      {
        months: value.months,
        startDate: value.startDate,
        ...(isIsoDate(value.requestedOn) ? { requestedOn: value.requestedOn } : {}),
        unfiledReturns: value.unfiledReturns,
        // Unticked means "not known here": the api then reads these from the case (an R-859 past its
        // referral date, a levy or wage execution) instead of being told they are false.
        ...(value.withCollectionAgency ? { withCollectionAgency: true } : {}),
        ...(value.hasWarrant ? { hasWarrant: true } : {}),
        ...(overriding ? { override: { reason } } : {}),
      },
      (error) => {
        const reasons = refusalReasonsOf(error);
        if (reasons.length === 0) return false;
        this.refusal.set(reasons);
        return true;
      },
    );
  }
}
