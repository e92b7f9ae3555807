import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { NoticeListItem } from '@nutmeg/contracts';
import { Icon } from '../shared/icon';
import { formatUsd } from '../shared/money';
import {
  dateLabel,
  daysLeftLabel,
  DEADLINE_LABELS,
  deadlineLabelOf,
  initialsOf,
  labelOf,
  NOTICE_KIND_LABELS,
  periodsLabel,
  STATUS_LABELS,
  TAX_TYPE_LABELS,
} from './notice-labels';
import { RiskChips, riskChipsOf } from './risk-chips';

export { type DeadlineTone, deadlineTone, DUE_SOON_DAYS } from './notice-labels';

/** One notice on the caseload board; the client's name opens the case page, and the card explains itself in a tooltip. */
@Component({
  selector: 'nm-board-card',
  imports: [MatTooltipModule, RouterLink, Icon, RiskChips],
  template: `
    @let n = notice();
    <div class="top">
      <!-- A click opens the case; the CDK only starts a drag once the pointer moves, so both work. -->
      <a class="client" data-testid="card-client" [routerLink]="['/notices', n.id]">{{ n.client.legalName }}</a>
      @if (n.assignee; as assignee) {
        <span class="assignee" [matTooltip]="assignee.fullName" [attr.aria-label]="'Assigned to ' + assignee.fullName">
          {{ initials() }}
        </span>
      } @else {
        <span class="assignee unassigned" aria-label="Unassigned" matTooltip="Unassigned">–</span>
      }
    </div>
    <div class="kind">{{ kind() }}</div>
    <div class="tax nm-muted">{{ tax() }}</div>
    <div class="money">
      <span class="balance" data-testid="card-balance">{{ balance() }}</span>
      @if (n.possibleScam) {
        <span
          class="scam"
          data-testid="card-scam"
          matTooltip="The notice may not be from DRS: check it before anyone pays"
        >
          <nm-icon name="warning" /> Possible scam
        </span>
      }
    </div>
    @if (deadline(); as d) {
      <div class="deadline" [class]="'deadline ' + d.tone" data-testid="card-deadline" [attr.data-tone]="d.tone">
        <nm-icon name="calendar" />
        <span
          >{{ d.kind }} · {{ d.date }} · <strong>{{ d.left }}</strong></span
        >
      </div>
    } @else {
      <div class="deadline none nm-muted">No open deadline</div>
    }
    <nm-risk-chips [mechanisms]="n.figures.risk.mechanisms" />
  `,
  styleUrl: './board-card.scss',
  host: {
    class: 'nm-board-card',
    '[attr.data-notice-id]': 'notice().id',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardCard {
  readonly notice = input.required<NoticeListItem>();

  protected readonly initials = computed(() => initialsOf(this.notice().assignee?.fullName ?? ''));
  protected readonly kind = computed(() => labelOf(NOTICE_KIND_LABELS, this.notice().kind));
  protected readonly tax = computed(() => {
    const notice = this.notice();
    const periods = periodsLabel(notice.taxPeriods);
    return periods
      ? `${labelOf(TAX_TYPE_LABELS, notice.taxType)} · ${periods}`
      : labelOf(TAX_TYPE_LABELS, notice.taxType);
  });
  protected readonly balance = computed(() => formatUsd(this.notice().figures.balanceNow));
  protected readonly deadline = computed(() => deadlineLabelOf(this.notice().figures.nextDeadline));
}

/** Everything the card says, as one sentence list: the card's tooltip and its accessible description. */
export function cardSummary(notice: NoticeListItem): string {
  const next = notice.figures.nextDeadline;
  const parts = [
    notice.client.legalName,
    `${labelOf(NOTICE_KIND_LABELS, notice.kind)}, ${labelOf(TAX_TYPE_LABELS, notice.taxType)}${
      notice.taxPeriods.length ? ` ${periodsLabel(notice.taxPeriods)}` : ''
    }`,
    `Status: ${STATUS_LABELS[notice.status] ?? notice.status}`,
    `Balance now ${formatUsd(notice.figures.balanceNow)}`,
    next
      ? `${labelOf(DEADLINE_LABELS, next.kind)} ${dateLabel(next.dueDate)}, ${daysLeftLabel(next.daysLeft)}`
      : 'No open deadline',
    ...riskChipsOf(notice.figures.risk.mechanisms).map((chip) => chip.description),
    notice.possibleScam ? 'Possible scam: verify before paying' : '',
    notice.assignee ? `Assigned to ${notice.assignee.fullName}` : 'Unassigned',
  ];
  return parts.filter(Boolean).join('\n');
}
