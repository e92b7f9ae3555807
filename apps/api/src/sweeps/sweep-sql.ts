/**
 * The set-based statements of a sweep. Each works on at most `$batch` rows (keyset on id, or SKIP LOCKED
 * on the rows it changes), runs in its own transaction, and is safe to repeat: status changes only move
 * rows that are still in the old status, and alerts are inserted ON CONFLICT DO NOTHING against their
 * unique key. A crash between batches leaves every finished batch complete and the rest for the next run.
 *
 * Parameters everywhere: $1 = as-of day, $2 = firm id or NULL for every firm, $3 = batch size; the alert
 * walks add $4 = last id seen and $5 = the firms' alert thresholds (ALERT_RULES).
 */

import { PENALTY_WAIVED_SQL } from '../notices/case-read';
import { paymentRowsSql } from '../resolutions/payment-rows';

const FIRM = (alias: string) => `($2::uuid IS NULL OR ${alias}.firm_id = $2::uuid)`;

/**
 * Deadlines a recorded action satisfied: a plan payment paid by its date, a protest filed in time. The
 * services mark these when the action is recorded; this is the safety net for actions entered after a
 * sweep had already called the deadline missed, within 90 days of it (the partial index
 * deadline_reconcile_idx holds exactly these rows, so the step never reads the whole history). Only days
 * already past: a deadline still ahead is the services' to mark when the action is recorded, which keeps
 * the next hard deadline stored on each case right (the figures step relies on it).
 */
export const MARK_MET = `
WITH candidates AS (
  SELECT d.id FROM deadline d
  WHERE d.status IN ('open', 'missed')
    AND d.kind IN ('installment_payment', 'written_protest', 'superior_court_appeal')
    AND d.due_date >= $1::date - 90 AND d.due_date < $1::date AND ${FIRM('d')}
    AND (
      (d.kind = 'installment_payment' AND EXISTS (
        SELECT 1 FROM installment i JOIN resolution r ON r.id = i.resolution_id
        WHERE r.notice_id = d.notice_id AND i.due_date = d.due_date AND i.status = 'paid' AND i.paid_on <= d.due_date))
      OR (d.kind IN ('written_protest', 'superior_court_appeal') AND EXISTS (
        SELECT 1 FROM resolution r
        WHERE r.notice_id = d.notice_id AND r.type = 'protest' AND r.date <= d.due_date
          AND (r.details->>'level') = CASE d.kind WHEN 'written_protest' THEN 'appellate_division' ELSE 'superior_court' END))
    )
  LIMIT $3
  FOR UPDATE OF d SKIP LOCKED
), met AS (
  UPDATE deadline d SET status = 'met', met_at = now(), updated_at = now()
  FROM candidates c WHERE d.id = c.id
  RETURNING d.id
)
SELECT count(*)::int AS changed, 0 AS alerts FROM met`;

/** Open deadlines whose day has passed become missed, each with one alert to the case's assignee. */
export const MARK_MISSED = `
WITH candidates AS (
  -- No ORDER BY: any batch of open, past-due rows will do, read straight off deadline_open_due_idx.
  SELECT d.id FROM deadline d
  WHERE d.status = 'open' AND d.due_date < $1::date AND ${FIRM('d')}
  LIMIT $3
  FOR UPDATE OF d SKIP LOCKED
), missed AS (
  UPDATE deadline d SET status = 'missed', updated_at = now()
  FROM candidates c WHERE d.id = c.id
  RETURNING d.id, d.firm_id, d.notice_id, d.kind, d.due_date, d.hard
), raised AS (
  INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
  SELECT m.firm_id, n.assignee_id, 'deadline', m.id, 'deadline_missed', 0, m.notice_id, n.client_id,
         format('%s: the %s%s deadline of %s was missed', cl.legal_name, CASE WHEN m.hard THEN '' ELSE 'target ' END,
                replace(m.kind, '_', ' '), to_char(m.due_date, 'YYYY-MM-DD'))
  FROM missed m JOIN notice n ON n.id = m.notice_id JOIN client cl ON cl.id = n.client_id
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM missed) AS changed, (SELECT count(*)::int FROM raised) AS alerts`;

/** A scheduled plan payment whose day has passed unpaid defaults its plan (seed: enforcement restarts). */
export const DEFAULT_PLANS = `
WITH late AS (
  SELECT i.id, i.resolution_id FROM installment i JOIN resolution r ON r.id = i.resolution_id
  WHERE i.status = 'scheduled' AND i.due_date < $1::date AND r.status = 'approved' AND ${FIRM('r')}
  ORDER BY i.id LIMIT $3
  FOR UPDATE OF i SKIP LOCKED
), marked AS (
  UPDATE installment i SET status = 'missed', updated_at = now() FROM late WHERE i.id = late.id
  RETURNING i.resolution_id, i.number
), defaulted AS (
  UPDATE resolution r
     SET status = 'defaulted', version = r.version + 1, updated_at = now(),
         details = r.details || jsonb_build_object('defaultedOn', $1::text,
                   'defaultedBy', format('sweep: plan payment %s missed', (SELECT min(number) FROM marked WHERE resolution_id = r.id)))
   WHERE r.id IN (SELECT resolution_id FROM marked) AND r.status = 'approved'
  RETURNING r.id, r.firm_id, r.notice_id
), responded AS (
  UPDATE notice n SET response_status = 'plan_defaulted'
   WHERE n.id IN (SELECT notice_id FROM defaulted) AND n.response_status <> 'paid'
  RETURNING n.id
), raised AS (
  INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
  SELECT d.firm_id, n.assignee_id, 'resolution', d.id, 'plan_defaulted', 0, d.notice_id, n.client_id,
         format('%s: the installment plan defaulted (a payment was missed); DRS may resume enforcement', cl.legal_name)
  FROM defaulted d JOIN notice n ON n.id = d.notice_id JOIN client cl ON cl.id = n.client_id
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM defaulted) AS changed, (SELECT count(*)::int FROM raised) AS alerts, (SELECT count(*)::int FROM responded) AS responded`;

/**
 * Alerts on open rows found by a keyset walk ($4 = last id seen): every statement below selects a page
 * of candidates in id order and returns the last id, so the caller can loop until a page comes back empty.
 */
const keyset = (table: string, where: string) => `
  SELECT ${table}.* FROM ${table}
  WHERE ${table}.id > $4::uuid AND ${where}
  ORDER BY ${table}.id LIMIT $3`;

/**
 * The firms' alert thresholds ($5, from libs/domain alertThresholds of each firm's rule tables): one row
 * with a null firm for the defaults, one per firm that overrides them. `bounds` widens each page's filter
 * to the loosest firm; each candidate is then held to its own firm's numbers.
 */
const ALERT_RULES = `
  rules AS (SELECT * FROM jsonb_to_recordset($5::jsonb)
            AS r(firm_id uuid, due_days int[], max_due int, stale_days int, scam_days int, poa_lead int)),
  bounds AS (SELECT max(max_due) AS max_due, min(stale_days) AS stale_days, min(scam_days) AS scam_days, max(poa_lead) AS poa_lead FROM rules)`;

/** The thresholds of the firm of candidate `p`. */
const FIRM_RULES = `
  CROSS JOIN LATERAL (SELECT r.* FROM rules r WHERE r.firm_id = p.firm_id OR r.firm_id IS NULL ORDER BY r.firm_id NULLS LAST LIMIT 1) fr`;

/** Hard deadlines within the firm's thresholds (7, 3 and 1 days by default): only the tightest reached is raised. */
export const DUE_SOON = `
WITH ${ALERT_RULES},
page AS (${keyset('deadline', `deadline.status = 'open' AND deadline.hard AND deadline.due_date BETWEEN $1::date AND $1::date + (SELECT max_due FROM bounds) AND ${FIRM('deadline')}`)}),
raised AS (
  INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
  SELECT p.firm_id, n.assignee_id, 'deadline', p.id,
         CASE WHEN p.kind = 'private_collection_referral' THEN 'r859_referral_imminent' ELSE 'deadline_due_soon' END,
         t.threshold, p.notice_id, n.client_id,
         CASE WHEN p.kind = 'private_collection_referral'
              THEN format('%s: referral to a private collection agency on %s unless paid (%s days left)', cl.legal_name, to_char(p.due_date, 'YYYY-MM-DD'), p.due_date - $1::date)
              ELSE format('%s: %s due %s (%s days left)', cl.legal_name, replace(p.kind, '_', ' '), to_char(p.due_date, 'YYYY-MM-DD'), p.due_date - $1::date) END
  FROM page p
  JOIN notice n ON n.id = p.notice_id JOIN client cl ON cl.id = n.client_id
  ${FIRM_RULES}
  CROSS JOIN LATERAL (SELECT min(x) AS threshold FROM unnest(fr.due_days) AS x WHERE p.due_date - $1::date <= x) t
  WHERE n.status NOT IN ('resolved', 'closed_no_action') AND t.threshold IS NOT NULL
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT id FROM page ORDER BY id DESC LIMIT 1) AS last_id, (SELECT count(*)::int FROM page) AS seen, (SELECT count(*)::int FROM raised) AS alerts`;

/** Open cases nobody has touched for the firm's days (14 by default), and possible scams untouched (2). */
export const STALE_NOTICES = `
WITH ${ALERT_RULES},
page AS (${keyset(
  'notice',
  `notice.status NOT IN ('resolved', 'closed_no_action') AND notice.deleted_at IS NULL AND ${FIRM('notice')}
   AND notice.last_activity_at < ($1::date - (SELECT least(scam_days, stale_days) FROM bounds))::timestamp AT TIME ZONE 'America/New_York'
   AND (notice.possible_scam OR notice.last_activity_at < ($1::date - (SELECT stale_days FROM bounds))::timestamp AT TIME ZONE 'America/New_York')`,
)}),
raised AS (
  INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
  SELECT p.firm_id, p.assignee_id, 'notice', p.id, k.kind, k.threshold, p.id, p.client_id, k.message
  FROM page p JOIN client cl ON cl.id = p.client_id
  ${FIRM_RULES}
  CROSS JOIN LATERAL (VALUES
    ('notice_stale', fr.stale_days, format('%s: no activity on this %s notice since %s', cl.legal_name, replace(p.kind, '_', ' '), to_char(p.last_activity_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD')),
     p.last_activity_at < ($1::date - fr.stale_days)::timestamp AT TIME ZONE 'America/New_York'),
    ('possible_scam_untouched', fr.scam_days, format('%s: a notice flagged as a possible scam has waited since %s; confirm with DRS before anyone pays', cl.legal_name, to_char(p.last_activity_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD')),
     p.possible_scam AND p.status IN ('new', 'triage') AND p.last_activity_at < ($1::date - fr.scam_days)::timestamp AT TIME ZONE 'America/New_York')
  ) AS k(kind, threshold, message, due)
  WHERE k.due
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT id FROM page ORDER BY id DESC LIMIT 1) AS last_id, (SELECT count(*)::int FROM page) AS seen, (SELECT count(*)::int FROM raised) AS alerts`;

const CASE_COLUMNS = `
SELECT n.id, n.firm_id, n.assignee_id, n.client_id, n.kind, n.tax_type, n.tax_periods, n.penalty_kind, n.extended_due_date::text AS extended_due_date, n.notice_date::text AS notice_date,
       n.tax_due_date::text AS tax_due_date, n.stated_tax::text AS stated_tax, ${PENALTY_WAIVED_SQL} AS penalty_waived,
       n.response_status, n.risk_level,
       n.risk_score, n.balance_now::text AS balance_now, n.next_hard_deadline::text AS stored_next_hard, n.figures_as_of::text AS figures_as_of, n.figures_stable_until::text AS figures_stable_until, n.mechanism_levels,
       CASE WHEN n.next_hard_deadline >= $1::date THEN n.next_hard_deadline::text
            ELSE (SELECT min(d.due_date)::text FROM deadline d WHERE d.notice_id = n.id AND d.status = 'open' AND d.hard) END AS next_hard,
       cl.legal_name, cl.has_w2_wages, cl.employer_name, cl.known_bank_accounts, cl.owns_real_property,
       cl.expects_federal_refund, cl.holds_ct_business_registration, cl.in_bankruptcy, cl.under_criminal_investigation
FROM notice n
-- A lookup per case by the client's key, not a hash of every client per page: on a day when few cases are
-- due, a page returns a handful of rows and hashing 50,000 clients for each would cost most of the step.
CROSS JOIN LATERAL (SELECT * FROM client c WHERE c.id = n.client_id) cl`;

const CASES_TO_REFRESH = `n.status NOT IN ('resolved', 'closed_no_action') AND n.deleted_at IS NULL AND ${FIRM('n')}
  AND ((n.figures_as_of IS DISTINCT FROM $1::date AND (n.figures_stable_until IS NULL OR n.figures_stable_until < $1::date))
       OR n.next_hard_deadline < $1::date)`;

/**
 * Open cases whose figures may have changed, with the client facts the risk model reads and the next open
 * hard deadline. Figures are a function of the day and the case's facts, and hold until the day stored
 * with them (figures_stable_until: the next month of interest, age step or deadline threshold); every edit
 * stores new figures and clears that day. So a case is read only when it has no such day, or the day has
 * passed and it was not computed today, or its next hard deadline has passed (the missed step has just
 * closed it). The stored next hard deadline is still right when it has not passed (the sweep only closes
 * past deadlines); otherwise it is read again.
 *
 * CASES_PAGE walks one firm's cases by id ($4, $5], a page of $3 at a time. CASES_IN_BLOCKS reads every
 * firm's cases between the tuple ids $3 and $4 (whole blocks) in the order they lie on disk, which for a sweep of the whole
 * table costs far less than visiting a million rows in random (uuid) order. A row rewritten by this sweep
 * may land in a block still to be read; it is then already computed for the day and filtered out.
 */
export const CASES_PAGE = `${CASE_COLUMNS}
WHERE n.id > $4::uuid AND n.id <= $5::uuid AND ${CASES_TO_REFRESH}
ORDER BY n.id LIMIT $3`;

export const CASES_IN_BLOCKS = `${CASE_COLUMNS}
WHERE n.ctid >= $3::tid AND n.ctid < $4::tid AND ${CASES_TO_REFRESH}`;

/** The notice table's size in blocks and rows per block, to split a whole-table walk into pages. */
export const NOTICE_BLOCKS = `
SELECT (pg_relation_size('notice') / current_setting('block_size')::int)::bigint AS blocks,
       -- Unknown before the first ANALYZE (reltuples -1): assume ~500-byte rows, 16 to a block, so a page
       -- stays near the batch size rather than 5,000 blocks.
       (CASE WHEN reltuples > 0 AND relpages > 0 THEN reltuples / relpages ELSE 16 END)::float AS rows_per_block
FROM pg_class WHERE oid = 'notice'::regclass`;

/** Every payment on the cases of a page: single payments and paid plan installments. */
export const PAGE_PAYMENTS = paymentRowsSql('r.notice_id = ANY($1::uuid[])');

/** Writes a page of refreshed figures back in one statement. */
export const WRITE_FIGURES = `
UPDATE notice n
   SET balance_now = v.balance::numeric, risk_score = v.score, risk_level = v.level,
       next_hard_deadline = v.next_hard::date, figures_as_of = $1::date, mechanism_levels = v.mechanisms::jsonb,
       figures_stable_until = v.stable_until::date
  FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[]) AS v(id, balance, score, level, next_hard, mechanisms, stable_until)
 WHERE n.id = v.id`;

/** Alerts and audit events for cases whose overall risk level changed. */
export const RISK_CHANGES = `
WITH changes AS (
  SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[])
    AS c(notice_id, firm_id, assignee_id, client_id, before_level, after_level, message)
), raised AS (
  INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
  SELECT c.firm_id, c.assignee_id, 'notice', c.notice_id, 'risk_level_changed',
         -- One alert per level reached: 0 low, 1 elevated, 2 high, 3 critical.
         array_position(ARRAY['low', 'elevated', 'high', 'critical'], c.after_level) - 1,
         c.notice_id, c.client_id, c.message
  FROM changes c
  ON CONFLICT DO NOTHING
  RETURNING 1
), audited AS (
  INSERT INTO audit_event (firm_id, actor_user_id, action, entity_type, entity_id, before, after)
  SELECT c.firm_id, NULL, 'update', 'notice', c.notice_id,
         jsonb_build_object('riskLevel', c.before_level),
         jsonb_build_object('riskLevel', c.after_level, 'asOf', $1::text, 'source', 'sweep')
  FROM changes c
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM raised) AS alerts, (SELECT count(*)::int FROM audited) AS audited`;

/** Active POAs within the firm's renewal lead (30 days by default) of expiry, or expired, while the client has open notices. */
export const POA_EXPIRY = `
WITH ${ALERT_RULES},
page AS (${keyset('poa_authorization', `poa_authorization.status = 'active' AND poa_authorization.expires_on IS NOT NULL AND poa_authorization.expires_on <= $1::date + (SELECT poa_lead FROM bounds) AND ${FIRM('poa_authorization')}`)}),
raised AS (
  INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
  SELECT p.firm_id, p.representative_id, 'poa', p.id,
         CASE WHEN p.expires_on < $1::date THEN 'poa_expired' ELSE 'poa_expiring' END,
         CASE WHEN p.expires_on < $1::date THEN 0 ELSE fr.poa_lead END,
         NULL, p.client_id,
         CASE WHEN p.expires_on < $1::date
              THEN format('%s: the power of attorney (LGL-001) expired on %s and the client has open notices; file a new one before calling DRS', cl.legal_name, to_char(p.expires_on, 'YYYY-MM-DD'))
              ELSE format('%s: the power of attorney (LGL-001) expires on %s (%s days) and the client has open notices', cl.legal_name, to_char(p.expires_on, 'YYYY-MM-DD'), p.expires_on - $1::date) END
  FROM page p JOIN client cl ON cl.id = p.client_id
  ${FIRM_RULES}
  WHERE p.expires_on <= $1::date + fr.poa_lead
    AND EXISTS (SELECT 1 FROM notice n WHERE n.client_id = p.client_id AND n.status NOT IN ('resolved', 'closed_no_action') AND n.deleted_at IS NULL)
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT id FROM page ORDER BY id DESC LIMIT 1) AS last_id, (SELECT count(*)::int FROM page) AS seen, (SELECT count(*)::int FROM raised) AS alerts`;
