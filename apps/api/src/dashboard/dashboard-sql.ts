import { AGING_BUCKET_DAYS, AGING_BUCKETS, CLOSED_NOTICE_STATUSES } from '@nutmeg/contracts';

/*
 * The dashboard's statements. Every one is scoped by $1 = the actor's firm. The predicates are the notice
 * list's own (NoticesService.list and notice-list-filters.ts), so each figure's `filter` lists exactly the
 * notices it counts: change one side, change the other.
 */

const CLOSED = CLOSED_NOTICE_STATUSES.map((status) => `'${status}'`).join(', ');

/** An open notice of the firm: the list's `open=true`, and never a deleted one (the list never shows those). */
const OPEN_NOTICE = (alias: string) =>
  `${alias}.firm_id = $1 AND ${alias}.deleted_at IS NULL AND ${alias}.status NOT IN (${CLOSED})`;

/** The list's `agingBucket`, from the same table of days: age = today − notice date. */
const AGING_BUCKET_OF = (age: string) =>
  `CASE ${AGING_BUCKETS.map((bucket) => {
    const { to } = AGING_BUCKET_DAYS[bucket];
    return to === null ? `ELSE '${bucket}'` : `WHEN ${age} <= ${to} THEN '${bucket}'`;
  }).join(' ')} END`;

/**
 * One pass over the open caseload, grouped four ways at once: the firm (dimension "all"), aging bucket,
 * overall risk level and assignee. $2 = today, $3 = today + 7.
 *
 * Per notice, its deadlines are counted the list's way: overdue as `overdue=true` (open or missed, due
 * before today — whether or not a sweep has marked it yet), due this week as `dueWithinDays=7` (open, due
 * today through today + 7). Balances are summed as numeric and returned as text, never as floats.
 */
export const CASELOAD = `
WITH deadline_counts AS (
  SELECT d.notice_id,
         count(*) FILTER (WHERE d.due_date < $2) AS overdue,
         count(*) FILTER (WHERE d.status = 'open' AND d.due_date >= $2) AS due_soon
    FROM deadline d
   WHERE d.firm_id = $1 AND d.status IN ('open', 'missed') AND d.due_date <= $3
   GROUP BY d.notice_id
),
open_case AS (
  SELECT n.assignee_id, n.risk_level, n.balance_now,
         ${AGING_BUCKET_OF('($2::date - n.notice_date)')} AS aging_bucket,
         coalesce(dc.overdue, 0) AS overdue_deadlines,
         coalesce(dc.due_soon, 0) AS due_deadlines
    FROM notice n
    LEFT JOIN deadline_counts dc ON dc.notice_id = n.id
   WHERE ${OPEN_NOTICE('n')}
)
SELECT CASE WHEN GROUPING(aging_bucket) = 0 THEN 'aging'
            WHEN GROUPING(risk_level) = 0 THEN 'risk'
            WHEN GROUPING(assignee_id) = 0 THEN 'assignee'
            ELSE 'all' END AS dimension,
       coalesce(aging_bucket, risk_level, assignee_id::text) AS key,
       count(*)::int AS notices,
       coalesce(sum(balance_now), 0.00)::text AS balance,
       count(*) FILTER (WHERE overdue_deadlines > 0)::int AS overdue_notices,
       coalesce(sum(balance_now) FILTER (WHERE overdue_deadlines > 0), 0.00)::text AS overdue_balance,
       coalesce(sum(overdue_deadlines), 0)::int AS overdue_deadlines,
       count(*) FILTER (WHERE due_deadlines > 0)::int AS due_notices,
       coalesce(sum(balance_now) FILTER (WHERE due_deadlines > 0), 0.00)::text AS due_balance,
       coalesce(sum(due_deadlines), 0)::int AS due_deadlines
  FROM open_case
 GROUP BY GROUPING SETS ((), (aging_bucket), (risk_level), (assignee_id))`;

export interface CaseloadRow {
  dimension: 'all' | 'aging' | 'risk' | 'assignee';
  /** The bucket, level or assignee id; null for "all" and for the unassigned group. */
  key: string | null;
  notices: number;
  balance: string;
  overdue_notices: number;
  overdue_balance: string;
  overdue_deadlines: number;
  due_notices: number;
  due_balance: string;
  due_deadlines: number;
}

/**
 * Open notices per escalation mechanism and stored level (the list's `mechanism` + `mechanismLevel`).
 * A caseload holds a few hundred distinct combinations of levels, so they are counted first and only
 * those are unpacked, rather than six rows for every notice.
 */
export const HEATMAP = `
WITH combination AS (
  SELECT n.mechanism_levels, count(*) AS notices
    FROM notice n
   WHERE ${OPEN_NOTICE('n')}
   GROUP BY n.mechanism_levels
)
SELECT level.key AS mechanism, level.value AS level, sum(c.notices)::int AS notices
  FROM combination c
 CROSS JOIN LATERAL jsonb_each_text(c.mechanism_levels) AS level
 GROUP BY level.key, level.value`;

export interface HeatmapRow {
  mechanism: string;
  level: string;
  notices: number;
}

/**
 * Weekly series from $2 (a Monday) for $3 weeks, in time zone $4: notices by notice date; notices moved
 * into resolved or closed, from the audit trail of status changes (each notice once a week); deadlines
 * that passed unmet by the week of their due date (the overdue predicate, as of $5 = today).
 */
export const TRENDS = `
WITH week AS (
  SELECT $2::date + 7 * i AS week_start FROM generate_series(0, $3::int - 1) AS i
),
received AS (
  SELECT date_trunc('week', n.notice_date::timestamp)::date AS week_start, count(*)::int AS notices
    FROM notice n
   WHERE n.firm_id = $1 AND n.deleted_at IS NULL
     AND n.notice_date >= $2::date AND n.notice_date < $2::date + 7 * $3::int
   GROUP BY 1
),
resolved AS (
  SELECT date_trunc('week', e.occurred_at AT TIME ZONE $4)::date AS week_start, count(DISTINCT e.entity_id)::int AS notices
    FROM audit_event e
   WHERE e.firm_id = $1 AND e.entity_type = 'notice' AND e.action = 'update'
     AND e.after ->> 'status' IN (${CLOSED})
     AND (e.before ->> 'status') NOT IN (${CLOSED})
     AND e.occurred_at >= ($2::date)::timestamp AT TIME ZONE $4
     AND e.occurred_at < ($2::date + 7 * $3::int)::timestamp AT TIME ZONE $4
   GROUP BY 1
),
missed AS (
  SELECT date_trunc('week', d.due_date::timestamp)::date AS week_start, count(*)::int AS deadlines
    FROM deadline d
    JOIN notice n ON n.id = d.notice_id AND n.deleted_at IS NULL
   WHERE d.firm_id = $1 AND d.status IN ('open', 'missed') AND d.due_date < $5
     AND d.due_date >= $2::date AND d.due_date < $2::date + 7 * $3::int
   GROUP BY 1
)
SELECT to_char(week.week_start, 'YYYY-MM-DD') AS week_start,
       coalesce(received.notices, 0) AS received,
       coalesce(resolved.notices, 0) AS resolved,
       coalesce(missed.deadlines, 0) AS missed
  FROM week
  LEFT JOIN received ON received.week_start = week.week_start
  LEFT JOIN resolved ON resolved.week_start = week.week_start
  LEFT JOIN missed ON missed.week_start = week.week_start
 ORDER BY week.week_start`;

export interface TrendRow {
  week_start: string;
  received: number;
  resolved: number;
  missed: number;
}
