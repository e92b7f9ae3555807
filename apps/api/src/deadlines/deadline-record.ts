import { Deadline } from '@nutmeg/domain';
import { EntityManager } from 'typeorm';
import { DeadlineRecord } from './deadline.entity';

/**
 * An open deadline row for a notice from a deadline the rules engine computed: the one way a computed
 * deadline becomes a stored one (notice deadlines, plan payments, call follow-ups). `context` adds what
 * set it, e.g. "Set by Paul Ortiz's DRS call on 2026-11-10".
 */
export function deadlineRecordFrom(
  manager: EntityManager,
  owner: { firmId: string; noticeId: string },
  deadline: Deadline,
  context?: string,
): DeadlineRecord {
  return manager.create(DeadlineRecord, {
    firmId: owner.firmId,
    noticeId: owner.noticeId,
    kind: deadline.kind,
    dueDate: deadline.dueDate,
    computedDate: deadline.computedDate,
    rollReason: deadline.rollReason ?? null,
    hard: deadline.hard,
    status: 'open',
    metAt: null,
    ruleId: deadline.ruleId,
    rule: [deadline.rule, context, deadline.note].filter(Boolean).join('. '),
    citation: deadline.citation,
  });
}
