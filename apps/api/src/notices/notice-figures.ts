import { DeadlineView, NoticeFigures } from '@nutmeg/contracts';
import { accrue, assessEscalationRisk, diffInDays, IsoDate, PaymentInput, RISK_MECHANISMS, RuleTables } from '@nutmeg/domain';
import { Client } from '../clients/client.entity';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { Notice } from './notice.entity';

/**
 * The live figures of a case as of `today`: balance now and at the next deadline (accrued by the rules
 * engine from the stated tax, the tax's due date and the payments recorded), the next open deadline and the
 * escalation risk.
 */
export function computeFigures(
  notice: Notice,
  client: Client,
  deadlines: DeadlineRecord[],
  payments: PaymentInput[],
  rules: RuleTables,
  today: IsoDate,
): NoticeFigures {
  // Risk is measured from the notice; a notice dated "tomorrow" is read as of its own date.
  const asOf = today < notice.noticeDate ? notice.noticeDate : today;
  const liability = { taxType: notice.taxType, tax: notice.statedTax.toFixed(2), dueDate: notice.taxDueDate, payments, rules };
  const now = accrue({ ...liability, asOf });
  const open = deadlines.filter((deadline) => deadline.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const next = open[0] ?? null;
  const nextHard = open.find((deadline) => deadline.hard) ?? null;
  const atNext = next && next.dueDate > asOf ? accrue({ ...liability, asOf: next.dueDate }).total : next ? now.total : null;
  const risk = assessEscalationRisk({
    noticeKind: notice.kind,
    noticeDate: notice.noticeDate,
    asOf,
    nextHardDeadline: nextHard?.dueDate ?? null,
    balance: now.total,
    responseStatus: notice.responseStatus,
    exposure: {
      hasW2Wages: client.hasW2Wages,
      employerName: client.employerName,
      knownBankAccounts: client.knownBankAccounts,
      ownsRealProperty: client.ownsRealProperty,
      expectsFederalRefund: client.expectsFederalRefund,
      holdsCtBusinessRegistration: client.holdsCtBusinessRegistration,
      inBankruptcy: client.inBankruptcy,
      underCriminalInvestigation: client.underCriminalInvestigation,
    },
    rules,
  });
  return {
    asOf,
    balanceNow: now.total,
    penaltyNow: now.penalty,
    interestNow: now.interest,
    unpaid: { ...now.unpaid },
    paid: now.paid,
    monthsLate: now.monthsLate,
    nextDeadline: next ? toDeadlineView(next, today) : null,
    balanceAtNextDeadline: atNext,
    risk: {
      score: risk.score,
      level: risk.level,
      topMechanism: risk.topMechanism,
      mechanisms: RISK_MECHANISMS.map((mechanism) => {
        const { score, level, reasons } = risk.mechanisms[mechanism];
        return { mechanism, score, level, reasons: [...reasons] };
      }),
    },
  };
}

export function toDeadlineView(deadline: DeadlineRecord, today: IsoDate): DeadlineView {
  return {
    id: deadline.id,
    kind: deadline.kind,
    dueDate: deadline.dueDate,
    computedDate: deadline.computedDate,
    rolledForward: deadline.computedDate !== deadline.dueDate,
    rollReason: deadline.rollReason,
    hard: deadline.hard,
    status: deadline.status,
    metAt: deadline.metAt?.toISOString() ?? null,
    ruleId: deadline.ruleId,
    rule: deadline.rule,
    citation: { ...deadline.citation },
    daysLeft: diffInDays(today, deadline.dueDate),
  };
}
