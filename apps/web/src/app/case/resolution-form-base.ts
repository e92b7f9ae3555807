import { Directive, inject, input, output, signal } from '@angular/core';
import type { NoticeView } from '@nutmeg/contracts';
import { TODAY } from '../calculator/today';
import { type ResolutionRequests, type ResolutionResult, ResolutionsApi } from '../core/api/resolutions.api';
import { FormProblems } from './api-field-errors';

/**
 * What the six "record a resolution" forms share: the notice they record on, the api call, the saving flag and
 * the problems shown beside their fields. Each form only builds its request body.
 */
@Directive()
export abstract class ResolutionFormBase<T extends keyof ResolutionRequests> {
  private readonly api = inject(ResolutionsApi);
  protected readonly today = inject(TODAY)();

  readonly notice = input.required<NoticeView>();
  /** The api recorded it: the new resolution and the notice as it now stands. */
  readonly recorded = output<ResolutionResult>();
  readonly cancelled = output<void>();

  protected abstract readonly type: T;
  protected readonly saving = signal(false);
  protected abstract readonly problems: FormProblems;

  /** The form's own checks found nothing and the request is built: send it. */
  protected send(request: ResolutionRequests[T], onRefused?: (error: unknown) => boolean): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.api.record(this.notice().id, this.type, request).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.problems.clear();
        this.recorded.emit(result);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (onRefused?.(error)) return;
        this.problems.take(error);
      },
    });
  }

  protected cancel(): void {
    this.cancelled.emit();
  }
}

/** "  a\n\n b " → ["a", "b"]: one supporting document a line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
