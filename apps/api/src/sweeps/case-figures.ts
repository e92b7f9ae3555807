import {
  IsoDate,
  NoticeKind,
  NoticePeriod,
  PaymentInput,
  PenaltyKind,
  ResponseStatus,
  RISK_MECHANISMS,
  RiskMechanism,
  RuleTables,
  TaxType,
} from '@nutmeg/domain';
import { assessCase, CaseFacts, figuresStableUntil, mechanismLevelsOf } from '../notices/notice-figures';

/** A case as the figures step reads it (sweep-sql CASES_PAGE / CASES_IN_BLOCKS). */
export interface CaseRow {
  id: string;
  firm_id: string;
  assignee_id: string | null;
  client_id: string;
  kind: NoticeKind;
  tax_type: TaxType;
  tax_periods: NoticePeriod[];
  penalty_kind: PenaltyKind;
  extended_due_date: string | null;
  notice_date: string;
  tax_due_date: string;
  stated_tax: string;
  /** Penalty taken off by approved waivers. */
  penalty_waived: string;
  response_status: ResponseStatus;
  risk_level: string;
  risk_score: number;
  balance_now: string;
  stored_next_hard: string | null;
  /** The next open hard deadline now (after the missed and met steps). */
  next_hard: string | null;
  figures_as_of: string | null;
  figures_stable_until: string | null;
  mechanism_levels: Partial<Record<RiskMechanism, string>>;
  legal_name: string;
  has_w2_wages: boolean;
  employer_name: string | null;
  known_bank_accounts: number;
  owns_real_property: boolean;
  expects_federal_refund: boolean;
  holds_ct_business_registration: boolean;
  in_bankruptcy: boolean;
  under_criminal_investigation: boolean;
}

/** What a page of cases writes back: changed figures, and the cases whose risk level changed. */
export interface ComputedPage {
  ids: string[];
  balances: string[];
  scores: number[];
  levels: string[];
  /** JSON of each case's level per mechanism. */
  mechanisms: string[];
  nextHard: Array<string | null>;
  /** The last day each written case's figures hold. */
  stableUntil: string[];
  changes: CaseRow[];
  changedLevels: string[];
}

/**
 * The figures of a page of cases as of a day, by the same function a read uses (assessCase). Pure: rows
 * in, what to write back out.
 */
export function computeCasePage(
  rows: CaseRow[],
  payments: ReadonlyMap<string, PaymentInput[]>,
  rulesFor: (firmId: string) => RuleTables,
  asOf: IsoDate,
): ComputedPage {
  const computed: ComputedPage = {
    ids: [],
    balances: [],
    scores: [],
    levels: [],
    mechanisms: [],
    nextHard: [],
    stableUntil: [],
    changes: [],
    changedLevels: [],
  };
  for (const row of rows) {
    const next = row.next_hard;
    const facts: CaseFacts = {
      kind: row.kind,
      taxType: row.tax_type,
      taxPeriods: row.tax_periods,
      penaltyKind: row.penalty_kind,
      extendedDueDate: row.extended_due_date,
      noticeDate: row.notice_date,
      taxDueDate: row.tax_due_date,
      statedTax: row.stated_tax,
      responseStatus: row.response_status,
      exposure: {
        hasW2Wages: row.has_w2_wages,
        employerName: row.employer_name,
        knownBankAccounts: row.known_bank_accounts,
        ownsRealProperty: row.owns_real_property,
        expectsFederalRefund: row.expects_federal_refund,
        holdsCtBusinessRegistration: row.holds_ct_business_registration,
        inBankruptcy: row.in_bankruptcy,
        underCriminalInvestigation: row.under_criminal_investigation,
      },
      payments: payments.get(row.id) ?? [],
      penaltyWaived: row.penalty_waived,
      nextHardDeadline: next,
    };
    const rules = rulesFor(row.firm_id);
    const { now, risk } = assessCase(facts, rules, asOf);
    const stableUntil = figuresStableUntil(facts, rules, asOf, now.total);
    // Unchanged figures are not rewritten: most cases keep their balance for a month, and every update
    // of an indexed column rewrites the row's index entries.
    const mechanisms = mechanismLevelsOf(risk);
    const unchanged =
      row.figures_as_of !== null &&
      row.figures_stable_until === stableUntil &&
      RISK_MECHANISMS.every((mechanism) => row.mechanism_levels[mechanism] === mechanisms[mechanism]) &&
      row.risk_score === risk.score &&
      row.risk_level === risk.level &&
      row.stored_next_hard === next &&
      row.balance_now === now.total;
    if (!unchanged) {
      computed.ids.push(row.id);
      computed.balances.push(now.total);
      computed.scores.push(risk.score);
      computed.levels.push(risk.level);
      computed.mechanisms.push(JSON.stringify(mechanisms));
      computed.nextHard.push(next);
      computed.stableUntil.push(stableUntil);
    }
    if (risk.level !== row.risk_level) {
      computed.changes.push(row);
      computed.changedLevels.push(risk.level);
    }
  }
  return computed;
}
