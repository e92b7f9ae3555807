import { Injectable } from '@nestjs/common';
import { deadlinesForNotice, IsoDate, RuleTables } from '@nutmeg/domain';
import { EntityManager } from 'typeorm';
import { Notice } from '../notices/notice.entity';
import { deadlineRecordFrom } from './deadline-record';
import { DeadlineRecord } from './deadline.entity';

/** Keeps a notice's deadline rows equal to what the rules engine says its notice starts. */
@Injectable()
export class NoticeDeadlinesService {
  /**
   * Replaces the notice's *open* rule-made deadlines with a fresh computation (at intake, and when the
   * notice date, received date, kind or tax type is corrected). Met, missed and waived ones are history
   * and stay as they were.
   */
  async recompute(manager: EntityManager, notice: Notice, rules: RuleTables): Promise<DeadlineRecord[]> {
    const computed = deadlinesForNotice({
      kind: notice.kind,
      noticeDate: notice.noticeDate as IsoDate,
      receivedDate: (notice.receivedDate as IsoDate | null) ?? null,
      taxType: notice.taxType,
      rules,
    });
    // Only the deadlines the notice itself starts (rule ids "notice.*"); follow-ups and plan payments stay.
    await manager
      .createQueryBuilder()
      .delete()
      .from(DeadlineRecord)
      .where("notice_id = :id AND status = 'open' AND rule_id LIKE 'notice.%'", { id: notice.id })
      .execute();
    const settledKinds = new Set(
      (await manager.find(DeadlineRecord, { where: { noticeId: notice.id }, select: { kind: true } })).map((d) => d.kind),
    );
    const rows = computed
      .filter((deadline) => !settledKinds.has(deadline.kind))
      .map((deadline) => deadlineRecordFrom(manager, { firmId: notice.firmId, noticeId: notice.id }, deadline));
    if (rows.length > 0) await manager.save(rows);
    return manager.find(DeadlineRecord, { where: { noticeId: notice.id }, order: { dueDate: 'ASC', kind: 'ASC' } });
  }
}
