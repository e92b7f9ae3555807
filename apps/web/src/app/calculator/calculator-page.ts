import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { type AccrualMonth, isIsoDate, PENALTY_KINDS, type PenaltyKind, TAX_TYPES, type TaxType } from '@nutmeg/domain';
import { map } from 'rxjs';
import { Icon } from '../shared/icon';
import { UsdPipe } from '../shared/money';
import { StatePanel } from '../shared/state-panel';
import { CITATION_SOURCE_LABELS, PENALTY_KIND_LABELS } from './calculator-labels';
import { DeadlinesCard } from './deadlines-card';
import { FirmRules } from './firm-rules';
import { InstallmentCard, type PlanContext } from './installment-card';
import { errorsOf, FieldErrorIndex, promptOf, readyValue } from './outcome';
import { PayoffChart } from './payoff-chart';
import { computeQuote } from './quote';
import { TODAY } from './today';

type PaymentGroup = FormGroup<{ date: FormControl<string>; amount: FormControl<string> }>;

/**
 * The calculator: what a late Connecticut tax has grown to, what waiting costs, the deadlines a notice starts
 * and an installment plan. Every number is computed in the browser by @nutmeg/domain under the firm's rules,
 * as the user types; the api's calculator endpoints run the same code, so the two agree.
 */
@Component({
  selector: 'nm-calculator-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    Icon,
    StatePanel,
    UsdPipe,
    PayoffChart,
    DeadlinesCard,
    InstallmentCard,
  ],
  providers: [FirmRules],
  templateUrl: './calculator-page.html',
  styleUrl: './calculator-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalculatorPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly rules = inject(FirmRules);

  protected readonly taxTypes = TAX_TYPES;
  protected readonly sourceLabels = CITATION_SOURCE_LABELS;
  protected readonly breakdownColumns = ['month', 'period', 'unpaidTax', 'interest'];
  protected readonly form = this.fb.group({
    taxType: this.fb.control<TaxType>('individual_income'),
    tax: [''],
    dueDate: [''],
    payBy: [inject(TODAY)()],
    penaltyKind: this.fb.control<PenaltyKind>('late_payment'),
    extendedDueDate: [''],
    payments: this.fb.array<PaymentGroup>([]),
  });
  protected readonly penaltyKinds = PENALTY_KINDS;
  protected readonly penaltyKindLabels = PENALTY_KIND_LABELS;
  protected readonly payments = this.form.controls.payments;

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  private readonly tables = computed(() => this.rules.state().tables);
  protected readonly outcome = computed(() => computeQuote(this.value(), this.tables()));
  protected readonly quote = computed(() => readyValue(this.outcome()));
  protected readonly prompt = computed(() => promptOf(this.outcome()));
  protected readonly fieldErrors = new FieldErrorIndex(
    () => errorsOf(this.outcome()),
    (field) => this.form.get(field) !== null,
  );

  protected readonly rulesStatus = computed(() => {
    const { status, changed } = this.rules.state();
    if (status === 'loading') return "Loading your firm's rules…";
    if (status === 'fallback') return 'Connecticut default rules';
    if (changed === 0) return "Your firm's rules: the Connecticut defaults";
    return `Your firm's rules: ${changed} ${changed === 1 ? 'rule differs' : 'rules differ'} from the Connecticut defaults`;
  });

  /** What the installment card borrows from this one. */
  protected readonly planContext = computed<PlanContext>(() => {
    const { taxType, dueDate } = this.value();
    return {
      taxType,
      dueDate: isIsoDate(dueDate) ? dueDate : null,
      suggestedBalance: this.quote()?.accrual.unpaid.tax ?? null,
    };
  });

  protected taxTypeLabel(type: TaxType): string {
    return this.tables().taxTypes[type].label;
  }

  protected readonly trackMonth = (_index: number, row: AccrualMonth): number => row.month;

  protected addPayment(): void {
    this.payments.push(this.fb.group({ date: [''], amount: [''] }));
    const index = this.payments.length - 1;
    this.focusAfterRender(`[data-payment="${index}"] input`);
  }

  protected removePayment(index: number): void {
    this.payments.removeAt(index);
    // Keep the keyboard user in the list: the next row's remove button, or the add button when none is left.
    const next = Math.min(index, this.payments.length - 1);
    this.focusAfterRender(next >= 0 ? `[data-payment="${next}"] button` : '[data-testid=add-payment]');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
