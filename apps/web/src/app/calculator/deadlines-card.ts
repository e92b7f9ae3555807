import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  type Deadline,
  deadlinesForNotice,
  dayOfWeek,
  NOTICE_KINDS,
  type NoticeKind,
  type RuleTables,
} from '@nutmeg/domain';
import { map } from 'rxjs';
import { StatePanel } from '../shared/state-panel';
import { CITATION_SOURCE_LABELS, DEADLINE_KIND_LABELS, dayNameOf } from './calculator-labels';
import { attempt, dateError, type FieldError } from './field-errors';
import { errorsOf, FieldErrorIndex, type Outcome, promptOf, readyValue } from './outcome';

interface NoticeFormValue {
  kind: NoticeKind;
  noticeDate: string;
  receivedDate: string;
}

export function computeDeadlines(form: NoticeFormValue, rules: RuleTables): Outcome<readonly Deadline[]> {
  if (form.noticeDate === '')
    return { state: 'empty', prompt: 'Enter the date printed on the notice to see its deadlines.' };
  const errors = [
    dateError('noticeDate', form.noticeDate),
    form.receivedDate ? dateError('receivedDate', form.receivedDate) : null,
  ];
  const found = errors.filter((error): error is FieldError => error !== null);
  if (found.length > 0) return { state: 'invalid', errors: found };
  const deadlines = attempt(() =>
    deadlinesForNotice({
      kind: form.kind,
      noticeDate: form.noticeDate,
      receivedDate: form.receivedDate || null,
      rules,
    }),
  );
  return deadlines.ok ? { state: 'ready', value: deadlines.value } : { state: 'invalid', errors: [deadlines.error] };
}

/** "Deadlines for a notice": what a DRS notice starts, each date with its rule and citation. */
@Component({
  selector: 'nm-deadlines-card',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatTableModule, StatePanel],
  templateUrl: './deadlines-card.html',
  styleUrl: './calculator-card.scss',
  host: { role: 'region', 'aria-labelledby': 'deadlines-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlinesCard {
  readonly rules = input.required<RuleTables>();

  protected readonly kinds = NOTICE_KINDS;
  protected readonly columns = ['kind', 'dueDate', 'hard', 'rule', 'citation'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['individual_income_balance_due' as NoticeKind],
    noticeDate: [''],
    receivedDate: [''],
  });

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly outcome = computed(() => computeDeadlines(this.value(), this.rules()));
  protected readonly deadlines = computed(() => readyValue(this.outcome()));
  protected readonly prompt = computed(() => promptOf(this.outcome()));
  protected readonly fieldErrors = new FieldErrorIndex(
    () => errorsOf(this.outcome()),
    (field) => this.form.get(field) !== null,
  );

  protected kindLabel(kind: NoticeKind): string {
    return this.rules().noticeKinds[kind].label;
  }

  protected deadlineLabel(deadline: Deadline): string {
    return DEADLINE_KIND_LABELS[deadline.kind];
  }

  protected sourceLabel(deadline: Deadline): string {
    return CITATION_SOURCE_LABELS[deadline.citation.source];
  }

  protected dayName(date: string): string {
    return dayNameOf(dayOfWeek(date));
  }
}
