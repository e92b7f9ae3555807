import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DashboardSummary } from '@nutmeg/contracts';
import { dateLabel } from '../board/notice-labels';
import { relativeTime } from '../shared/relative-time';

type Sweep = DashboardSummary['sweep'];

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

const TIME = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/New_York',
  timeZoneName: 'short',
});

/** The common schedules in words; anything else is shown as the cron expression the operator wrote. */
export function scheduleLabel(cron: string | null): string | null {
  if (cron === null) return null;
  const known: Record<string, string> = {
    '0 * * * *': 'Every hour, on the hour',
    '*/30 * * * *': 'Every 30 minutes',
    '*/15 * * * *': 'Every 15 minutes',
    '0 0 * * *': 'Every day at midnight',
  };
  return known[cron.trim()] ?? `Cron “${cron}”`;
}

function durationLabel(ms: number | null): string | null {
  if (ms === null) return null;
  if (ms < 1000) return `${ms} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

export interface SweepFacts {
  outcome: string | null;
  outcomeTone: 'ok' | 'failed' | 'running' | null;
  lastRun: string | null;
  lastRunAgo: string | null;
  asOf: string | null;
  duration: string | null;
  alertsRaised: number | null;
  nextRun: string | null;
  nextRunIn: string | null;
  schedule: string | null;
  enabled: boolean;
  unreadAlerts: number;
}

export function sweepFactsOf(sweep: Sweep, now: number = Date.now()): SweepFacts {
  const last = sweep.lastRun;
  return {
    outcome: last ? (OUTCOME_LABELS[last.outcome] ?? last.outcome) : null,
    outcomeTone: last ? (last.outcome === 'succeeded' ? 'ok' : last.outcome === 'failed' ? 'failed' : 'running') : null,
    lastRun: last ? TIME.format(new Date(last.startedAt)) : null,
    lastRunAgo: last ? relativeTime(last.startedAt, now) : null,
    asOf: last ? dateLabel(last.asOf) : null,
    duration: last ? durationLabel(last.durationMs) : null,
    alertsRaised: last?.alertsRaised ?? null,
    nextRun: sweep.nextRunAt ? TIME.format(new Date(sweep.nextRunAt)) : null,
    nextRunIn: sweep.nextRunAt ? relativeTime(sweep.nextRunAt, now) : null,
    schedule: scheduleLabel(sweep.schedule),
    enabled: sweep.enabled,
    unreadAlerts: sweep.unreadAlerts,
  };
}

/** The deadline sweep that keeps every figure here current: when it last ran, how it went, when it runs next. */
@Component({
  selector: 'nm-sweep-card',
  template: `
    <h2 class="card-title" id="sweep-title">Deadline sweep</h2>
    <p class="card-hint">Marks missed deadlines, raises alerts and refreshes balances and risk</p>
    @let f = facts();
    <dl class="facts">
      <div>
        <dt>Last run</dt>
        <dd data-testid="sweep-last-run">
          @if (f.lastRun) {
            <span [class]="'outcome ' + f.outcomeTone" data-testid="sweep-outcome">{{ f.outcome }}</span>
            <span class="when">{{ f.lastRunAgo }}</span>
            <span class="small nm-muted"
              >{{ f.lastRun }}
              @if (f.duration) {
                · took {{ f.duration }}
              }
              · as of {{ f.asOf }}</span
            >
          } @else {
            <span class="nm-muted">Never run yet</span>
          }
        </dd>
      </div>
      <div>
        <dt>Alerts raised</dt>
        <dd class="number" data-testid="sweep-alerts-raised">{{ f.alertsRaised ?? '—' }}</dd>
      </div>
      <div>
        <dt>Unread alerts</dt>
        <dd class="number" data-testid="sweep-unread-alerts">{{ f.unreadAlerts }}</dd>
      </div>
      <div>
        <dt>Next run</dt>
        <dd data-testid="sweep-next-run">
          @if (!f.enabled) {
            <span class="nm-muted">Scheduled sweeps are off on this server</span>
          } @else if (f.nextRun) {
            <span class="when">{{ f.nextRunIn }}</span>
            <span class="small nm-muted">{{ f.nextRun }}</span>
          } @else {
            <span class="nm-muted">Not scheduled</span>
          }
          @if (f.enabled && f.schedule) {
            <span class="small nm-muted">{{ f.schedule }}</span>
          }
        </dd>
      </div>
    </dl>
  `,
  styleUrl: './sweep-card.scss',
  host: { role: 'region', 'aria-labelledby': 'sweep-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SweepCard {
  readonly sweep = input.required<Sweep>();
  protected readonly facts = computed(() => sweepFactsOf(this.sweep()));
}
