import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  installmentSchedule,
  type InstallmentSchedule,
  type IsoDate,
  type RuleTables,
  type TaxType,
} from '@nutmeg/domain';
import { map } from 'rxjs';
import { PlanSchedule } from '../shared/plan-schedule';
import { StatePanel } from '../shared/state-panel';
import { UsdPipe } from '../shared/money';
import { attempt, dateError, type FieldError, moneyError, normalizeMoneyText } from './field-errors';
import { errorsOf, FieldErrorIndex, listInWords, type Outcome, promptOf, readyValue } from './outcome';
import { TODAY } from './today';

interface PlanFormValue {
  balance: string;
  months: number;
  startDate: string;
}

/** What the plan takes from the first card. */
export interface PlanContext {
  readonly taxType: TaxType;
  /** The tax's original due date, when the first card holds a valid one. */
  readonly dueDate: IsoDate | null;
  /** The unpaid tax the first card computed, used while the balance field is left empty. */
  readonly suggestedBalance: string | null;
}

export function computePlan(
  form: PlanFormValue,
  context: PlanContext,
  rules: RuleTables,
): Outcome<InstallmentSchedule> {
  const typed = form.balance.trim();
  const balance = typed === '' ? context.suggestedBalance : typed;
  const errors: FieldError[] = [];
  const missing: string[] = [];
  if (typed !== '') {
    const error = moneyError('balance', typed, { positive: true });
    if (error) errors.push(error);
  } else if (balance === null) missing.push('the balance');
  if (form.startDate === '') missing.push('the first payment date');
  else {
    const error = dateError('startDate', form.startDate);
    if (error) errors.push(error);
  }
  if (context.dueDate === null) missing.push("the tax's due date (in the first card)");
  if (errors.length > 0) return { state: 'invalid', errors };
  if (missing.length > 0) return { state: 'empty', prompt: `Enter ${listInWords(missing)} to plan installments.` };
  if (typed === '' && balance === '0.00') {
    return { state: 'empty', prompt: 'No tax is left unpaid on the pay-by date, so there is nothing to spread out.' };
  }
  const schedule = attempt(() =>
    installmentSchedule({
      taxType: context.taxType,
      balance: normalizeMoneyText(balance ?? ''),
      dueDate: context.dueDate ?? '',
      months: form.months,
      startDate: form.startDate,
      rules,
    }),
  );
  return schedule.ok ? { state: 'ready', value: schedule.value } : { state: 'invalid', errors: [schedule.error] };
}

/** "Installment plan": the level monthly amount and dated payments that clear a balance in 2–12 months. */
@Component({
  selector: 'nm-installment-card',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PlanSchedule,
    StatePanel,
    UsdPipe,
  ],
  templateUrl: './installment-card.html',
  styleUrl: './calculator-card.scss',
  host: { role: 'region', 'aria-labelledby': 'plan-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstallmentCard {
  readonly rules = input.required<RuleTables>();
  readonly context = input.required<PlanContext>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    balance: [''],
    months: [6],
    startDate: [inject(TODAY)()],
  });
  protected readonly monthChoices = computed(() => {
    const { min, max } = this.rules().general.installmentPlan.termMonths.value;
    return Array.from({ length: max - min + 1 }, (_, index) => min + index);
  });

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly outcome = computed(() => computePlan(this.value(), this.context(), this.rules()));
  protected readonly schedule = computed(() => readyValue(this.outcome()));
  protected readonly prompt = computed(() => promptOf(this.outcome()));
  protected readonly fieldErrors = new FieldErrorIndex(
    () => errorsOf(this.outcome()),
    (field) => this.form.get(field) !== null,
  );
}
