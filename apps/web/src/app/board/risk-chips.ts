import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { MechanismRiskView } from '@nutmeg/contracts';
import { BOARD_MECHANISMS, labelOf, MECHANISM_LABELS, RISK_LEVEL_LABELS } from './notice-labels';

export interface RiskChip {
  mechanism: string;
  label: string;
  level: string;
  /** "Lien: high risk". */
  description: string;
  reasons: string;
}

/** Lien, garnishment, levy, offset and private-collection risk, each coloured by its level; hover for why. */
export function riskChipsOf(mechanisms: readonly MechanismRiskView[]): RiskChip[] {
  return BOARD_MECHANISMS.flatMap((mechanism) => {
    const risk = mechanisms.find((item) => item.mechanism === mechanism);
    if (!risk) return [];
    const label = labelOf(MECHANISM_LABELS, mechanism);
    const description = `${label}: ${labelOf(RISK_LEVEL_LABELS, risk.level)} risk`;
    return [
      {
        mechanism,
        label,
        level: risk.level,
        description,
        reasons: risk.reasons.length > 0 ? `${description}. ${risk.reasons.join('. ')}` : description,
      },
    ];
  });
}

@Component({
  selector: 'nm-risk-chips',
  imports: [MatTooltipModule],
  template: `
    <ul class="chips" aria-label="Escalation risk">
      @for (chip of chips(); track chip.mechanism) {
        <li
          [class]="'chip level-' + chip.level"
          [attr.data-level]="chip.level"
          [attr.data-mechanism]="chip.mechanism"
          [matTooltip]="chip.reasons"
          matTooltipClass="nm-multiline-tooltip"
        >
          {{ chip.label }}<span class="nm-visually-hidden">: {{ chip.level }} risk</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      padding: 1px 8px;
      border-radius: 10px;
      border: 1px solid transparent;
      font: var(--mat-sys-label-small);
      white-space: nowrap;
    }
    .level-low {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    .level-elevated {
      background: #fff4d6;
      color: #6b4a00;
      border-color: #e8c66a;
    }
    .level-high {
      background: #ffe0cc;
      color: #7a2e00;
      border-color: #f0a070;
    }
    .level-critical {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskChips {
  readonly mechanisms = input.required<readonly MechanismRiskView[]>();
  protected readonly chips = computed(() => riskChipsOf(this.mechanisms()));
}
