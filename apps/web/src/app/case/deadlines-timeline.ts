import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DeadlineView } from '@nutmeg/contracts';
import { CITATION_SOURCE_LABELS } from '../calculator/calculator-labels';
import { dateLabel, daysLeftLabel, DEADLINE_LABELS, deadlineTone, labelOf } from '../board/notice-labels';

/** One deadline in words; the tone colours only open deadlines (a met one is no longer urgent). */
export interface DeadlineRow {
  deadline: DeadlineView;
  kind: string;
  due: string;
  /** "Computed Nov 29, 2026; moved to the next business day: Thanksgiving" when the date rolled. */
  rolled: string | null;
  status: string;
  left: string | null;
  tone: 'overdue' | 'soon' | 'later' | 'closed';
  source: string;
}

const DEADLINE_STATUS_LABELS: Readonly<Record<string, string>> = {
  open: 'Open',
  met: 'Met',
  missed: 'Missed',
  waived: 'Waived',
};

export function deadlineRowOf(deadline: DeadlineView): DeadlineRow {
  const open = deadline.status === 'open';
  return {
    deadline,
    kind: labelOf(DEADLINE_LABELS, deadline.kind),
    due: dateLabel(deadline.dueDate),
    rolled: deadline.rolledForward
      ? `Computed ${dateLabel(deadline.computedDate)}${deadline.rollReason ? `; ${deadline.rollReason}` : ''}`
      : null,
    status: labelOf(DEADLINE_STATUS_LABELS, deadline.status),
    left: open ? daysLeftLabel(deadline.daysLeft) : null,
    tone: open ? deadlineTone(deadline.daysLeft) : 'closed',
    source: labelOf(CITATION_SOURCE_LABELS, deadline.citation.source),
  };
}

/** Every deadline of the case in date order: what it is, when, how long is left and the rule behind it. */
@Component({
  selector: 'nm-deadlines-timeline',
  template: `
    <h2 class="card-title" id="deadlines-title">Deadlines</h2>
    @if (rows().length === 0) {
      <p class="nm-muted">No deadlines on this case.</p>
    } @else {
      <ol class="list timeline" aria-labelledby="deadlines-title">
        @for (row of rows(); track row.deadline.id) {
          <li class="item" [class]="'item ' + row.tone" data-testid="case-deadline" [attr.data-tone]="row.tone">
            <div class="when">
              <span class="due number">{{ row.due }}</span>
              @if (row.left) {
                <strong class="left" data-testid="deadline-left">{{ row.left }}</strong>
              } @else {
                <span class="left">{{ row.status }}</span>
              }
            </div>
            <div class="what">
              <div class="heading">
                <span class="kind">{{ row.kind }}</span>
                <span class="tag" [class.hard]="row.deadline.hard">{{ row.deadline.hard ? 'Hard' : 'Soft' }}</span>
                @if (row.deadline.status !== 'open') {
                  <span class="tag">{{ row.status }}</span>
                }
              </div>
              @if (row.rolled; as rolled) {
                <p class="small nm-muted">{{ rolled }}</p>
              }
              <p class="small">{{ row.deadline.rule }}</p>
              <p class="small nm-muted">
                {{ row.source }}:
                @if (row.deadline.citation.url; as url) {
                  <a [href]="url" target="_blank" rel="noopener noreferrer">{{ row.deadline.citation.reference }}</a>
                } @else {
                  {{ row.deadline.citation.reference }}
                }
              </p>
            </div>
          </li>
        }
      </ol>
    }
  `,
  styleUrl: './deadlines-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlinesTimeline {
  readonly deadlines = input.required<readonly DeadlineView[]>();

  protected readonly rows = computed(() =>
    [...this.deadlines()]
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind))
      .map(deadlineRowOf),
  );
}
