import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import type { ResolutionAssessment } from '@nutmeg/domain';
import { catchError, of, switchMap, tap } from 'rxjs';
import { CITATION_SOURCE_LABELS } from '../calculator/calculator-labels';
import { labelOf } from '../board/notice-labels';
import { NoticesApi } from '../core/api/notices.api';
import { describeHttpError } from '../core/http/api-error';
import { OPTION_LABELS } from './case-labels';

/** The ways this notice can be resolved, from the rules engine: open or not and why, and what each needs. */
@Component({
  selector: 'nm-options-card',
  imports: [MatExpansionModule, MatButtonModule],
  templateUrl: './options-card.html',
  styleUrl: './options-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OptionsCard {
  private readonly api = inject(NoticesApi);

  readonly noticeId = input.required<string>();
  /** Bumped by the page after a change to the case: eligibility may have moved with it. */
  readonly revision = input(0);

  protected readonly options = signal<ResolutionAssessment[] | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly retries = signal(0);
  protected readonly openCount = computed(() => (this.options() ?? []).filter((option) => option.open).length);

  constructor() {
    toObservable(computed(() => ({ id: this.noticeId(), revision: this.revision(), retry: this.retries() })))
      .pipe(
        tap(() => this.error.set(null)),
        switchMap(({ id }) =>
          this.api.options(id).pipe(
            catchError((error: unknown) => {
              this.error.set(describeHttpError(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((options) => this.options.set(options));
  }

  protected label(option: string): string {
    return labelOf(OPTION_LABELS, option);
  }

  protected source(source: string): string {
    return labelOf(CITATION_SOURCE_LABELS, source);
  }

  protected retry(): void {
    this.retries.update((n) => n + 1);
  }
}
