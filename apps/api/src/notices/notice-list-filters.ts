import { AGING_BUCKET_DAYS, CLOSED_NOTICE_STATUSES } from '@nutmeg/contracts';
import { addDays, IsoDate } from '@nutmeg/domain';
import { SelectQueryBuilder } from 'typeorm';
import { FieldValidationError } from '../common/field-validation.error';
import { NoticeQueryDto } from './dto/notice-query.dto';
import { Notice } from './notice.entity';

/** Every filter of the notice list and the triage queue (NoticeQueryDto), as conditions on `notice`. */
export function applyListFilters(builder: SelectQueryBuilder<Notice>, query: NoticeQueryDto, today: IsoDate): void {
  if (query.status) builder.andWhere('notice.status = :status', { status: query.status });
  if (query.kind) builder.andWhere('notice.kind = :kind', { kind: query.kind });
  if (query.assigneeId) builder.andWhere('notice.assigneeId = :assigneeId', { assigneeId: query.assigneeId });
  if (query.clientId) builder.andWhere('notice.clientId = :clientId', { clientId: query.clientId });
  if (query.riskLevel) builder.andWhere('notice.riskLevel = :riskLevel', { riskLevel: query.riskLevel });
  if (query.overdue !== undefined) {
    builder.andWhere(
      // Overdue: a deadline whose day has passed unmet, whether or not a sweep has marked it missed yet.
      `${query.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM deadline d WHERE d.notice_id = notice.id AND d.status IN ('open', 'missed') AND d.due_date < :today)`,
      { today },
    );
  }
  if (query.dueWithinDays !== undefined) {
    builder.andWhere(
      `EXISTS (SELECT 1 FROM deadline d WHERE d.notice_id = notice.id AND d.status = 'open' AND d.due_date BETWEEN :today AND :horizon)`,
      { today, horizon: addDays(today, query.dueWithinDays) },
    );
  }
  applyCaseloadFilters(builder, query, today);
}

/**
 * The list filters behind the dashboard's figures: open, unassigned, aging bucket and mechanism level.
 * Each is the same predicate DashboardService aggregates with, so a figure's `filter` lists exactly the
 * notices it counts.
 */
export function applyCaseloadFilters(builder: SelectQueryBuilder<Notice>, query: NoticeQueryDto, today: IsoDate): void {
  if (query.open !== undefined) {
    builder.andWhere(`notice.status ${query.open ? 'NOT IN' : 'IN'} (:...closedStatuses)`, {
      closedStatuses: [...CLOSED_NOTICE_STATUSES],
    });
  }
  if (query.unassigned !== undefined) {
    if (query.unassigned && query.assigneeId)
      throw FieldValidationError.of('unassigned', 'cannot be combined with assigneeId');
    builder.andWhere(query.unassigned ? 'notice.assigneeId IS NULL' : 'notice.assigneeId IS NOT NULL');
  }
  if (query.agingBucket) {
    // Age is today minus the notice date, so the oldest age allowed gives the earliest notice date.
    const { from, to } = AGING_BUCKET_DAYS[query.agingBucket];
    if (to !== null) builder.andWhere('notice.noticeDate >= :agedAtMost', { agedAtMost: addDays(today, -to) });
    if (from !== null) builder.andWhere('notice.noticeDate <= :agedAtLeast', { agedAtLeast: addDays(today, -from) });
  }
  if (query.mechanism && query.mechanismLevel) {
    builder.andWhere('notice.mechanismLevels ->> :mechanism = :mechanismLevel', {
      mechanism: query.mechanism,
      mechanismLevel: query.mechanismLevel,
    });
  }
}
