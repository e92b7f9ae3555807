import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { NoticeView, ResolutionView } from '@nutmeg/contracts';
import { addDays } from '@nutmeg/domain';
import { map } from 'rxjs';
import { dateLabel } from '../board/notice-labels';
import type { FirmRulesState } from '../calculator/firm-rules';
import { PayoffChart } from '../calculator/payoff-chart';
import { UsdPipe } from '../shared/money';
import { computeWhatIf } from './what-if';

/**
 * "If the client paid on day D": the balance that day and how it grows, computed in the browser by the rules
 * engine under the firm's rules, from the same facts the api accrues on. Nothing is recorded.
 */
@Component({
  selector: 'nm-what-if-card',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, UsdPipe, PayoffChart],
  templateUrl: './what-if-card.html',
  styleUrl: './what-if-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WhatIfCard {
  readonly notice = input.required<NoticeView>();
  /** The recorded resolutions (their payments count); null while loading. */
  readonly resolutions = input<ResolutionView[] | null>(null);
  readonly rules = input.required<FirmRulesState>();

  protected readonly form = inject(NonNullableFormBuilder).group({ payDate: [''] });
  private readonly typed = toSignal(this.form.controls.payDate.valueChanges.pipe(map((value) => value)), {
    initialValue: '',
  });

  /** Until a day is typed: the next deadline when it is still ahead, else a month from today. */
  protected readonly suggested = computed(() => {
    const { figures } = this.notice();
    const next = figures.nextDeadline;
    return next && next.dueDate >= figures.asOf ? next.dueDate : addDays(figures.asOf, 30);
  });
  protected readonly payDate = computed(() => this.typed() || this.suggested());

  protected readonly outcome = computed(() => {
    const resolutions = this.resolutions();
    if (resolutions === null) return null;
    return computeWhatIf(this.notice(), resolutions, this.payDate(), this.rules().tables);
  });
  protected readonly result = computed(() => {
    const outcome = this.outcome();
    return outcome?.ok ? outcome.value : null;
  });
  protected readonly problem = computed(() => {
    const outcome = this.outcome();
    return outcome && !outcome.ok ? outcome.message : null;
  });
  protected readonly rulesNote = computed(() => {
    const state = this.rules();
    if (state.status === 'loading') return "Loading your firm's rules; the Connecticut defaults meanwhile.";
    if (state.status === 'fallback') return state.problem ?? 'Connecticut default rules.';
    return state.changed === 0
      ? "Your firm's rules (the Connecticut defaults)."
      : `Your firm's rules (${state.changed} differ from the Connecticut defaults).`;
  });

  protected dateLabel(date: string | undefined): string {
    return date ? dateLabel(date) : '';
  }
}
