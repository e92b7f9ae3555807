import { PaymentInput } from '@nutmeg/domain';

/**
 * Every payment counted against a notice's balance, as rows (notice_id, date, amount, cash_bond): recorded
 * payments and the paid installments of plans. A payment recorded as paid under protest is a deposit in the
 * nature of a cash bond (§12-39m, Form APL-004), which the engine applies by its own ratio. The case read and
 * the sweep both select from this one query, so they always count the same payments.
 *
 * `forNotices` is the condition on the resolution alias `r` that picks the notices (a correlated
 * `r.notice_id = n.id` or a page's `r.notice_id = ANY($1)`).
 */
export function paymentRowsSql(forNotices: string): string {
  return `SELECT r.notice_id, r.date::text AS date, r.amount::text AS amount,
       coalesce(r.details->>'payUnderProtest' = 'true', false) AS cash_bond
  FROM resolution r
 WHERE ${forNotices} AND r.type = 'payment' AND r.amount IS NOT NULL AND r.date IS NOT NULL
UNION ALL
SELECT r.notice_id, i.paid_on::text, i.paid_amount::text, false
  FROM installment i JOIN resolution r ON r.id = i.resolution_id
 WHERE ${forNotices} AND i.status = 'paid'`;
}

export interface PaymentRow {
  notice_id: string;
  date: string;
  amount: string;
  cash_bond: boolean;
}

/** A payment row as the engine reads it (the flag only when set, as PaymentInput makes it optional). */
export function paymentInputOf(row: Pick<PaymentRow, 'date' | 'amount' | 'cash_bond'>): PaymentInput {
  return row.cash_bond
    ? { date: row.date, amount: row.amount, cashBond: true }
    : { date: row.date, amount: row.amount };
}
