import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { dateLabel, labelOf, TAX_TYPE_LABELS } from '../board/notice-labels';
import { Icon } from '../shared/icon';
import type { CoverageState } from './call-coverage';

/**
 * The POA answer before a call is saved: green when a POA covers the caller, a warning when none does (DRS
 * discusses an account only with an authorised representative).
 */
@Component({
  selector: 'nm-coverage-panel',
  imports: [Icon],
  template: `
    @switch (state().kind) {
      @case ('idle') {
        <p class="panel idle nm-muted" data-testid="coverage" data-coverage="idle">
          Choose a client (and the notice) to check the caller's power of attorney.
        </p>
      }
      @case ('checking') {
        <p class="panel idle nm-muted" data-testid="coverage" data-coverage="checking" role="status">
          Checking power of attorney…
        </p>
      }
      @case ('error') {
        <p class="panel idle" data-testid="coverage" data-coverage="error" role="status">{{ errorMessage() }}</p>
      }
      @case ('answered') {
        @if (covered()) {
          <div class="panel covered" data-testid="coverage" data-coverage="covered" role="status">
            <nm-icon name="done_all" />
            <div>
              <p class="headline">{{ headline() }}</p>
              <p class="detail">{{ reason() }}</p>
            </div>
          </div>
        } @else {
          <div class="panel uncovered" data-testid="coverage" data-coverage="uncovered" role="alert">
            <nm-icon name="warning" />
            <div>
              <p class="headline">{{ headline() }}</p>
              <p class="detail">{{ reason() }}</p>
            </div>
          </div>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .panel {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      margin: 0;
      padding: 10px 12px;
      border-radius: 8px;
    }
    .idle {
      background: var(--mat-sys-surface-container);
    }
    .covered {
      background: #e3f4e6;
      color: #14522b;
    }
    .uncovered {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .headline {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .detail {
      margin: 2px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoveragePanel {
  readonly state = input.required<CoverageState>();

  private readonly answer = computed(() => {
    const state = this.state();
    return state.kind === 'answered' ? state : null;
  });
  protected readonly covered = computed(() => this.answer()?.covered === true);
  protected readonly reason = computed(() => this.answer()?.reason ?? '');
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.message : '';
  });

  protected readonly headline = computed(() => {
    const answer = this.answer();
    if (!answer) return '';
    if (!answer.covered) return `No active POA covers ${answer.matter} — DRS should not discuss this account.`;
    const poa = answer.poa;
    if (!poa) return `Covered by POA for ${answer.matter}.`;
    const matters = poa.taxTypes.map((taxType) => labelOf(TAX_TYPE_LABELS, taxType).toLowerCase()).join(', ');
    const until = poa.expiresOn ? `until ${dateLabel(poa.expiresOn)}` : 'with no expiry';
    const confirmation = poa.confirmationNumber ? `, myconneCT ${poa.confirmationNumber}` : '';
    return `Covered by POA naming ${poa.representative.fullName} (${matters} ${poa.periodLabels.join(', ')}${confirmation}), in force ${until}.`;
  });
}
