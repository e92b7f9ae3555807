import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DEFAULT_RULES, DomainValidationError, effectiveRules, type RuleTables } from '@nutmeg/domain';
import { RulesApi } from '../core/api/rules.api';
import { describeHttpError } from '../core/http/api-error';

export interface FirmRulesState {
  /** loading: the defaults are in use until the firm's overrides arrive. fallback: they could not be used. */
  readonly status: 'loading' | 'firm' | 'fallback';
  readonly tables: RuleTables;
  /** Rule rows the firm changed from the Connecticut defaults. */
  readonly changed: number;
  readonly problem: string | null;
}

/**
 * The rules the calculator computes with: the Connecticut defaults with the firm's overrides merged in, the
 * same tables the api's calculator endpoints use, so the page's numbers match the server's. Provided by the
 * page, so each visit reads the firm's current overrides.
 */
@Injectable()
export class FirmRules {
  private readonly api = inject(RulesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly current = signal<FirmRulesState>({
    status: 'loading',
    tables: DEFAULT_RULES,
    changed: 0,
    problem: null,
  });

  readonly state = this.current.asReadonly();

  constructor() {
    this.load();
  }

  load(): void {
    this.current.update((state) => ({ ...state, status: 'loading', problem: null }));
    this.api
      .effective()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => {
          try {
            this.current.set({
              status: 'firm',
              tables: effectiveRules(view.overrides),
              changed: (view.rows ?? []).filter((row) => row.overridden).length,
              problem: null,
            });
          } catch (error) {
            if (!(error instanceof DomainValidationError)) throw error;
            this.fallBack(`Your firm's rule changes could not be applied (${error.field}: ${error.message}).`);
          }
        },
        error: (error: unknown) =>
          this.fallBack(`Your firm's rule changes could not be loaded. ${describeHttpError(error)}`),
      });
  }

  private fallBack(problem: string): void {
    this.current.set({ status: 'fallback', tables: DEFAULT_RULES, changed: 0, problem });
  }
}
