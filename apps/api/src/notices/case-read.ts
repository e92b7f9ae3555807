import { NoticeReason, NoticeStatus, StatedAmounts, NoticePeriod } from '@nutmeg/contracts';
import { Exposure, NoticeKind, PaymentInput, PenaltyKind, ResponseStatus, TaxType } from '@nutmeg/domain';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { paymentRowsSql } from '../resolutions/payment-rows';
import { DeadlineFacts } from './notice-figures';

/** The penalty approved waivers took off a case `n` (a waiver's approval is final), as money text. */
export const PENALTY_WAIVED_SQL = `(SELECT coalesce(sum(r.amount), 0)::numeric(14,2)::text FROM resolution r
    WHERE r.notice_id = n.id AND r.type = 'penalty_waiver' AND r.status = 'approved')`;

/** Everything a case's view is made of, read in one statement: the notice, its client, assignee, deadlines and payments. */
export interface CaseRead {
  id: string;
  clientId: string;
  clientName: string;
  kind: NoticeKind;
  taxType: TaxType;
  taxPeriods: NoticePeriod[];
  noticeDate: string;
  receivedDate: string | null;
  taxDueDate: string;
  taxDueDateAssumed: boolean;
  penaltyKind: PenaltyKind;
  extendedDueDate: string | null;
  accountNumber: string;
  correspondenceId: string;
  reason: NoticeReason | null;
  stated: StatedAmounts;
  assigneeId: string | null;
  assigneeName: string | null;
  status: NoticeStatus;
  responseStatus: ResponseStatus;
  possibleScam: boolean;
  notes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  exposure: Exposure;
  /** Every deadline of the case, by due date then kind. */
  deadlines: DeadlineFacts[];
  /** Single payments and paid plan installments, by date. */
  payments: PaymentInput[];
  /** Penalty taken off by approved waivers ("0.00" when none). */
  penaltyWaived: string;
}

/** Which cases to read, in order: SQL returning one `id` column, and its parameters ($1 … $n). */
export interface CaseSelection {
  sql: string;
  params: unknown[];
}

// A timestamp as JavaScript's toISOString writes it (UTC, milliseconds cut, not rounded, as pg's own parser does).
const isoTimestamp = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One statement for a whole page: the ids come from the selection (its order kept by WITH ORDINALITY),
 * and each case's deadlines and payments are aggregated to JSON beside it. Dates leave PostgreSQL as text
 * and amounts as their exact decimal text, so nothing is parsed into a JS Date or a float on the way.
 */
function caseReadSql(selection: string, firmParam: number): string {
  return `
SELECT n.id, n.client_id AS "clientId", c.legal_name AS "clientName", n.kind, n.tax_type AS "taxType", n.tax_periods AS "taxPeriods",
       n.notice_date::text AS "noticeDate", n.received_date::text AS "receivedDate", n.tax_due_date::text AS "taxDueDate",
       n.tax_due_date_assumed AS "taxDueDateAssumed", n.penalty_kind AS "penaltyKind", n.extended_due_date::text AS "extendedDueDate", n.account_number AS "accountNumber", n.correspondence_id AS "correspondenceId", n.reason,
       json_build_object('tax', n.stated_tax::text, 'penalty', n.stated_penalty::text, 'interest', n.stated_interest::text,
                         'credits', n.stated_credits::text, 'balanceDue', n.stated_balance_due::text, 'asOf', n.stated_as_of::text) AS stated,
       n.assignee_id AS "assigneeId", u.full_name AS "assigneeName", n.status, n.response_status AS "responseStatus",
       n.possible_scam AS "possibleScam", n.notes, n.version, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
       json_build_object('hasW2Wages', c.has_w2_wages, 'employerName', c.employer_name, 'knownBankAccounts', c.known_bank_accounts,
                         'ownsRealProperty', c.owns_real_property, 'expectsFederalRefund', c.expects_federal_refund,
                         'holdsCtBusinessRegistration', c.holds_ct_business_registration, 'inBankruptcy', c.in_bankruptcy,
                         'underCriminalInvestigation', c.under_criminal_investigation) AS exposure,
       (SELECT coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'dueDate', d.due_date::text, 'computedDate', d.computed_date::text,
                                 'rollReason', d.roll_reason, 'hard', d.hard, 'status', d.status, 'metAt', ${isoTimestamp('d.met_at')},
                                 'ruleId', d.rule_id, 'rule', d.rule, 'citation', d.citation) ORDER BY d.due_date, d.kind), '[]')
          FROM deadline d WHERE d.notice_id = n.id) AS deadlines,
       (SELECT coalesce(json_agg(json_build_object('date', p.date, 'amount', p.amount, 'cashBond', p.cash_bond) ORDER BY p.date), '[]')
          FROM (${paymentRowsSql('r.notice_id = n.id')}) p) AS payments,
       ${PENALTY_WAIVED_SQL} AS "penaltyWaived"
  FROM unnest(ARRAY(${selection})) WITH ORDINALITY AS page(id, position)
  JOIN notice n ON n.id = page.id AND n.firm_id = $${firmParam} AND n.deleted_at IS NULL
  JOIN client c ON c.id = n.client_id AND c.firm_id = n.firm_id
  LEFT JOIN app_user u ON u.id = n.assignee_id AND u.firm_id = n.firm_id
 ORDER BY page.position`;
}

/**
 * Reads the selected cases of one firm, in the selection's order. `prepare` names the statement so the
 * connection plans it once (for the hot, repeated reads); one-off texts are better left unnamed.
 */
export async function readCases(
  manager: EntityManager,
  firmId: string,
  selection: CaseSelection,
  prepare: boolean,
): Promise<CaseRead[]> {
  const sql = caseReadSql(selection.sql, selection.params.length + 1);
  const params = [...selection.params, firmId];
  return prepare ? preparedQuery<CaseRead>(manager, sql, params) : manager.query<CaseRead[]>(sql, params);
}

/** The selection of given cases, in the order given. */
export function casesById(ids: string[]): CaseSelection {
  return { sql: 'SELECT unnest($1::uuid[])', params: [ids] };
}
