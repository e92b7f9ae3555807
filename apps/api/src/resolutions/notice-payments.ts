import { PaymentInput } from '@nutmeg/domain';
import { EntityManager, In } from 'typeorm';
import { Installment } from './installment.entity';
import { Resolution } from './resolution.entity';

/**
 * Every payment recorded against the notices, for the accrual: single payments and paid plan
 * installments alike (one query each, for any number of notices).
 */
export async function paymentsByNotice(manager: EntityManager, noticeIds: string[]): Promise<Map<string, PaymentInput[]>> {
  const byNotice = new Map<string, PaymentInput[]>(noticeIds.map((id) => [id, []]));
  if (noticeIds.length === 0) return byNotice;
  const payments = await manager.find(Resolution, {
    where: { noticeId: In(noticeIds), type: 'payment' },
    select: { noticeId: true, amount: true, date: true },
  });
  for (const payment of payments) {
    if (payment.amount && payment.date) byNotice.get(payment.noticeId)?.push({ date: payment.date, amount: payment.amount.toFixed(2) });
  }
  const installments = await manager
    .createQueryBuilder(Installment, 'installment')
    .innerJoin(Resolution, 'plan', 'plan.id = installment.resolutionId')
    // Raw rows bypass TypeORM's column types: read the date and the amount as text, exactly as stored.
    .select(['plan.notice_id AS notice_id', 'installment.paid_on::text AS paid_on', 'installment.paid_amount::text AS paid_amount'])
    .where('plan.noticeId IN (:...noticeIds)', { noticeIds })
    .andWhere("installment.status = 'paid'")
    .getRawMany<{ notice_id: string; paid_on: string; paid_amount: string }>();
  for (const row of installments) byNotice.get(row.notice_id)?.push({ date: row.paid_on, amount: row.paid_amount });
  return byNotice;
}
