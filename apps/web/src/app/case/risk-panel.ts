import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { NoticeFigures } from '@nutmeg/contracts';
import { RISK_MECHANISMS } from '@nutmeg/domain';
import { labelOf, MECHANISM_LABELS, RISK_LEVEL_LABELS } from '../board/notice-labels';

export interface RiskRow {
  mechanism: string;
  label: string;
  level: string;
  levelLabel: string;
  score: number;
  reasons: readonly string[];
}

/** Every mechanism the api scored, most threatening first (the board's chips leave asset seizure out; not here). */
export function riskRowsOf(risk: NoticeFigures['risk']): RiskRow[] {
  const order = (mechanism: string): number => {
    const index = (RISK_MECHANISMS as readonly string[]).indexOf(mechanism);
    return index < 0 ? RISK_MECHANISMS.length : index;
  };
  return [...risk.mechanisms]
    .sort((a, b) => b.score - a.score || order(a.mechanism) - order(b.mechanism))
    .map((item) => ({
      mechanism: item.mechanism,
      label: labelOf(MECHANISM_LABELS, item.mechanism),
      level: item.level,
      levelLabel: labelOf(RISK_LEVEL_LABELS, item.level),
      score: item.score,
      reasons: item.reasons,
    }));
}

/** How close DRS is to each way of collecting (lien, garnishment, levy, ...), with the api's reasons. */
@Component({
  selector: 'nm-risk-panel',
  template: `
    <h2 class="card-title" id="risk-title">Escalation risk</h2>
    <p class="card-hint">
      Overall <strong [class]="'level-text ' + risk().level" data-testid="risk-overall">{{ overall() }}</strong>
      ({{ risk().score }} of 100)@if (top(); as top) {<span>; most likely next: {{ top }}</span>}.
    </p>
    @if (rows().length === 0) {
      <p class="nm-muted">No escalation scored for this case.</p>
    } @else {
      <ul class="list" aria-labelledby="risk-title">
        @for (row of rows(); track row.mechanism) {
          <li class="row" data-testid="risk-row" [attr.data-mechanism]="row.mechanism" [attr.data-level]="row.level">
            <div class="line">
              <span class="name">{{ row.label }}</span>
              <span [class]="'chip level-' + row.level">{{ row.levelLabel }}</span>
            </div>
            <div
              class="meter"
              role="meter"
              aria-valuemin="0"
              aria-valuemax="100"
              [attr.aria-valuenow]="row.score"
              [attr.aria-label]="row.label + ' risk score'"
            >
              <span [class]="'fill level-' + row.level" [style.width.%]="row.score"></span>
            </div>
            @if (row.reasons.length > 0) {
              <ul class="reasons small">
                @for (reason of row.reasons; track $index) {
                  <li>{{ reason }}</li>
                }
              </ul>
            }
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './risk-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskPanel {
  readonly risk = input.required<NoticeFigures['risk']>();

  protected readonly rows = computed(() => riskRowsOf(this.risk()));
  protected readonly overall = computed(() => labelOf(RISK_LEVEL_LABELS, this.risk().level));
  protected readonly top = computed(() => {
    const top = this.risk().topMechanism;
    return top ? labelOf(MECHANISM_LABELS, top).toLowerCase() : null;
  });
}
