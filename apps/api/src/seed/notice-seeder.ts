import { deadlinesForNotice, IsoDate, RuleTables } from '@nutmeg/domain';
import Decimal from 'decimal.js';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Client } from '../clients/client.entity';
import { deadlineRecordFrom } from '../deadlines/deadline-record';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { caseFactsOf, computeFigures, deadlineFactsOf, exposureOf, figuresStableUntil, mechanismLevelsOf } from '../notices/notice-figures';
import { Notice } from '../notices/notice.entity';
import { User } from '../users/user.entity';
import { GeneratedNotice, generateNotices } from './notice-generator';

const BATCH_SIZE = 1_000;
const PROGRESS_EVERY = 10_000;

export interface NoticeSeedInput {
  firmId: string;
  /** The firm's clients as stored, in a stable order (the generator picks among them by position). */
  clients: Client[];
  users: User[];
  count: number;
  /** "Today" for the figures, and the last day a notice can be dated. */
  asOf: IsoDate;
  seed: number;
  /** The firm's effective rules, as FirmRulesService gives them to the api. */
  rules: RuleTables;
  /** Only cases still being worked (see the generator). */
  openOnly?: boolean;
  /**
   * Leave the data as a sweep run every day up to `asOf` would have: deadlines already past are stored
   * missed, not open. Without it every past deadline is still open, as after a bulk import.
   */
  swept?: boolean;
  onProgress?: (written: number) => void;
}

/**
 * Writes generated notices for one firm in multi-row inserts of 1,000, each with the deadlines the rules
 * engine says it starts and the stored figures (next hard deadline, risk, balance) computed by the same
 * `computeFigures` the api runs, so sorting and filtering see exactly what the api would have stored at
 * intake on `asOf`. Run it inside the caller's transaction.
 */
export async function seedNotices(
  manager: EntityManager,
  input: NoticeSeedInput,
): Promise<{ noticeCount: number; deadlineCount: number }> {
  const clients = new Map(input.clients.map((client) => [client.id, client]));
  let batch: GeneratedNotice[] = [];
  let noticeCount = 0;
  let deadlineCount = 0;
  const flush = async (): Promise<void> => {
    const { notices, deadlines } = rowsFor(manager, batch, input, clients);
    await manager.createQueryBuilder().insert().into(Notice).values(notices).updateEntity(false).execute();
    // A deadline row has fewer columns than a notice, so its batch stays under PostgreSQL's 65,535 parameters too.
    for (let start = 0; start < deadlines.length; start += BATCH_SIZE * 2) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(DeadlineRecord)
        .values(deadlines.slice(start, start + BATCH_SIZE * 2))
        .updateEntity(false)
        .execute();
    }
    const before = noticeCount;
    noticeCount += notices.length;
    deadlineCount += deadlines.length;
    batch = [];
    if (Math.floor(noticeCount / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY) || noticeCount === input.count)
      input.onProgress?.(noticeCount);
  };
  const generated = generateNotices({
    clients: input.clients,
    users: input.users,
    count: input.count,
    asOf: input.asOf,
    seed: input.seed,
    openOnly: input.openOnly,
  });
  for (const notice of generated) {
    batch.push(notice);
    if (batch.length === BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  return { noticeCount, deadlineCount };
}

function rowsFor(
  manager: EntityManager,
  batch: GeneratedNotice[],
  input: NoticeSeedInput,
  clients: Map<string, Client>,
): { notices: Notice[]; deadlines: DeadlineRecord[] } {
  const notices: Notice[] = [];
  const deadlines: DeadlineRecord[] = [];
  for (const generated of batch) {
    const client = clients.get(generated.clientId);
    if (!client) throw new Error(`generated a notice for unknown client ${generated.clientId}`);
    const notice = Object.assign(new Notice(), {
      id: randomUUID(),
      firmId: input.firmId,
      clientId: client.id,
      kind: generated.kind,
      taxType: generated.taxType,
      taxPeriods: generated.taxPeriods,
      noticeDate: generated.noticeDate,
      receivedDate: generated.receivedDate,
      taxDueDate: generated.taxDueDate,
      taxDueDateAssumed: generated.taxDueDateAssumed,
      accountNumber: generated.accountNumber,
      correspondenceId: generated.correspondenceId,
      reason: generated.reason,
      statedTax: new Decimal(generated.stated.tax),
      statedPenalty: new Decimal(generated.stated.penalty),
      statedInterest: new Decimal(generated.stated.interest),
      statedCredits: new Decimal(generated.stated.credits),
      statedBalanceDue: new Decimal(generated.stated.balanceDue),
      statedAsOf: generated.stated.asOf,
      assigneeId: generated.assigneeId,
      status: generated.status,
      responseStatus: 'none',
      possibleScam: false,
      notes: null,
    } satisfies Partial<Notice>);
    // As NoticeDeadlinesService.recompute writes them at intake, ids given here so no row has to come back.
    const own = deadlinesForNotice({
      kind: notice.kind,
      noticeDate: generated.noticeDate,
      receivedDate: generated.receivedDate,
      taxType: notice.taxType,
      rules: input.rules,
    }).map((deadline) => {
      const record = Object.assign(deadlineRecordFrom(manager, { firmId: input.firmId, noticeId: notice.id }, deadline), { id: randomUUID() });
      if (input.swept && deadline.dueDate < input.asOf) record.status = 'missed';
      return record;
    });
    // As NoticesService stores them after every change: the live figures, from the same function.
    const ownFacts = own.map(deadlineFactsOf);
    const facts = caseFactsOf({ ...notice, statedTax: notice.statedTax.toFixed(2), penaltyWaived: '0.00' }, exposureOf(client), ownFacts, []);
    const figures = computeFigures(facts, ownFacts, input.rules, input.asOf);
    const nextHard = own.filter((deadline) => deadline.hard && deadline.status === 'open').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    notice.nextHardDeadline = nextHard?.dueDate ?? null;
    notice.riskScore = figures.risk.score;
    notice.riskLevel = figures.risk.level as Notice['riskLevel'];
    notice.mechanismLevels = mechanismLevelsOf(figures.risk);
    notice.balanceNow = new Decimal(figures.balanceNow);
    notice.figuresAsOf = figures.asOf;
    // As the sweep stores it: how long these figures hold, so a day's sweep reads only the cases due.
    notice.figuresStableUntil = figuresStableUntil(facts, input.rules, input.asOf, figures.balanceNow);
    notices.push(notice);
    deadlines.push(...own);
  }
  return { notices, deadlines };
}
