import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accrue } from '../accrual/accrue';
import { alertThresholds } from '../alerts/alert-thresholds';
import { quoteNoticeAccrual } from '../accrual/notice-accrual';
import { deadlinesForAppellateDecision } from '../deadlines/appellate-deadlines';
import type { Deadline } from '../deadlines/deadline';
import { followUpDeadline } from '../deadlines/follow-up-deadline';
import { installmentPaymentDeadlines } from '../deadlines/installment-deadlines';
import { deadlinesForNotice } from '../deadlines/notice-deadlines';
import { assumedTaxDueDate } from '../deadlines/return-due-date';
import { poaExpiryDeadlines } from '../deadlines/poa-deadlines';
import { installmentSchedule } from '../installments/installment-schedule';
import { resolutionOptions } from '../resolution/resolution-options';
import { resolutionCase } from '../resolution/resolution.fixtures';
import { assessEscalationRisk } from '../risk/escalation-risk';
import { riskCase } from '../risk/risk.fixtures';
import { NOTICE_KINDS, PENALTY_KINDS, TAX_TYPES } from '../vocabulary/vocabulary';
import { listRuleRows } from './rule-rows';

/**
 * Every rule row must be used by some calculation and have a citation, and docs/rules.md must explain it:
 * a row nobody reads is a rule the product silently ignores, and an undocumented one cannot be checked.
 */
describe('rule table coverage', () => {
  const used = new Set<string>();
  const record = (ids: Iterable<string>) => {
    for (const id of ids) used.add(id);
  };
  const recordDeadlines = (deadlines: readonly Deadline[]) => {
    for (const deadline of deadlines) record([deadline.ruleId, ...deadline.calendarRuleIds]);
  };

  beforeAll(() => {
    for (const taxType of TAX_TYPES) {
      record(accrue({ taxType, tax: '100.00', dueDate: '2026-04-15', asOf: '2026-10-16' }).rulesApplied.map((rule) => rule.id));
      record(accrue({ taxType, tax: '100.00', dueDate: '2023-04-15', asOf: '2023-10-16' }).rulesApplied.map((rule) => rule.id));
      for (const kind of NOTICE_KINDS) recordDeadlines(deadlinesForNotice({ kind, noticeDate: '2026-05-04', taxType }));
      record([assumedTaxDueDate({ taxType, periods: [{ year: 2025 }], noticeDate: '2026-05-04' }).ruleId]);
      for (const entry of resolutionOptions(resolutionCase({ taxType }))) record(entry.ruleIds);
    }
    recordDeadlines(deadlinesForAppellateDecision({ decisionDate: '2026-01-30' }));
    recordDeadlines(installmentPaymentDeadlines({ startDate: '2026-01-31', months: 3 }));
    recordDeadlines(poaExpiryDeadlines({ expiresOn: '2026-07-04' }));
    recordDeadlines([followUpDeadline({ from: '2026-11-19' })]);
    record(installmentSchedule({ taxType: 'sales', balance: '900.00', dueDate: '2026-01-20', months: 3, startDate: '2026-03-01' }).rulesApplied.map((rule) => rule.id));
    record(assessEscalationRisk(riskCase()).rulesApplied.map((rule) => rule.id));
    record(alertThresholds().ruleIds);
    for (const penaltyKind of PENALTY_KINDS) {
      record(accrue({ taxType: 'individual_income', tax: '0.00', dueDate: '2026-04-15', asOf: '2026-11-01', penaltyKind }).rulesApplied.map((rule) => rule.id));
    }
    record(
      accrue({ taxType: 'individual_income', tax: '100.00', dueDate: '2026-04-15', extendedDueDate: '2026-10-15', asOf: '2026-11-01' }).rulesApplied.map(
        (rule) => rule.id,
      ),
    );
    record(
      quoteNoticeAccrual({
        taxType: 'sales',
        periods: [
          { label: '2025-Q1', tax: '100.00', dueDate: '2025-04-30' },
          { label: '2025-Q2', tax: '100.00', dueDate: '2025-07-31' },
        ],
        asOf: '2026-01-15',
      }).rulesApplied.map((rule) => rule.id),
    );
  });

  it.each(listRuleRows().map((row) => [row.id, row] as const))('%s is used and cited', (id, row) => {
    expect(used).toContain(id);
    expect(row.citation.reference.trim().length).toBeGreaterThan(0);
  });

  it('documents every rule row in docs/rules.md', () => {
    const docs = readFileSync(join(__dirname, '../../../../../docs/rules.md'), 'utf8');
    const missing = listRuleRows()
      .map((row) => row.id)
      .filter((id) => !docs.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
