import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canTransition,
  LegitimacyCheck,
  NOTICE_STATUSES,
  NoticeListItem,
  NoticeView,
  Page,
  TimelineEntry,
} from '@nutmeg/contracts';
import { formatMoney, IsoDate, NoticePeriod, resolveNoticePeriods, RuleTables } from '@nutmeg/domain';
import Decimal from 'decimal.js';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { SerializedJson } from '../common/serialized-json';
import { CaseloadChangeFeed, EVERY_FIRM } from '../database/caseload-change-feed';
import { FieldValidationError } from '../common/field-validation.error';
import { FirmScopedRepository, isUuid } from '../common/firm-scoped.repository';
import { assertCurrentVersion } from '../common/optimistic-lock';
import { NoticeDeadlinesService } from '../deadlines/notice-deadlines.service';
import { FirmRulesService } from '../rules/firm-rules.service';
import { UsersService } from '../users/users.service';
import { AssignDto, ChecklistItemDto, TransitionDto } from './dto/notice-actions.dto';
import { NoticeQueryDto } from './dto/notice-query.dto';
import { CreateNoticeDto, UpdateNoticeDto } from './dto/notice-write.dto';
import { caseFactsOf, computeFigures, mechanismLevelsOf } from './notice-figures';
import { CaseRead, casesById, readCases } from './case-read';
import { CachedPage, CaseListCache } from './case-list-cache';
import { AuditRow, toTimelineEntry } from './notice-timeline';
import { NoticeCheck } from './notice-check.entity';
import { applyListFilters } from './notice-list-filters';
import { NoticeTotals } from './notice-totals';
import { checklistView, toNoticeListItem } from './notice.view';
import { Notice } from './notice.entity';
import { Resolution } from '../resolutions/resolution.entity';
import { deriveResponseStatus } from '../resolutions/response-status';

const ASSIGNABLE_ROLES = ['practitioner', 'manager'];
// How many pages of each list are read by prepared statements (see page()).
const PREPARED_PAGES = 10;
// Changing any of these changes what the notice starts, so its deadlines are recomputed.
const DEADLINE_INPUTS = ['kind', 'noticeDate', 'receivedDate', 'taxType'] as const;

@Injectable()
export class NoticesService {
  private readonly notices: FirmScopedRepository<Notice>;
  private readonly totals = new NoticeTotals();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: NoticeDeadlinesService,
    private readonly rules: FirmRulesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cache: CaseListCache,
    changes: CaseloadChangeFeed,
  ) {
    this.notices = new FirmScopedRepository(Notice, dataSource.manager, 'Notice');
    changes.onChange((firm) => (firm === EVERY_FIRM ? this.totals.forgetAll() : this.totals.forget(firm)));
  }

  async create(actor: Actor, dto: CreateNoticeDto): Promise<NoticeView> {
    const today = this.clock.today();
    this.checkDates(dto, today);
    this.checkPeriods(dto.taxPeriods);
    if (dto.assigneeId && dto.assigneeId !== actor.userId && actor.role !== 'manager') {
      throw FieldValidationError.of(
        'assigneeId',
        'can only be yourself: assigning a case to someone else is for managers',
      );
    }
    const rules = await this.rules.effectiveFor(actor);
    return this.inTransaction(
      actor,
      async (manager) => {
        const client = await this.clientOf(actor, manager, dto.clientId);
        if (dto.assigneeId) await this.checkAssignee(actor, dto.assigneeId);
        const { periods, taxDueDate, taxDueDateAssumed } = resolveNoticePeriods({
          taxType: dto.taxType,
          periods: periodsAsGiven(dto.taxPeriods),
          noticeDate: dto.noticeDate,
          taxDueDate: dto.taxDueDate,
          stated: dto.stated,
          extendedDueDate: dto.extendedDueDate,
          rules,
        });
        const notice = manager.create(Notice, {
          firmId: actor.firmId,
          clientId: client.id,
          kind: dto.kind,
          taxType: dto.taxType,
          taxPeriods: periods,
          noticeDate: dto.noticeDate,
          receivedDate: dto.receivedDate ?? null,
          taxDueDate,
          taxDueDateAssumed,
          penaltyKind: dto.penaltyKind ?? 'late_payment',
          extendedDueDate: dto.extendedDueDate ?? null,
          accountNumber: dto.accountNumber,
          correspondenceId: dto.correspondenceId.toUpperCase(),
          reason: dto.reason ?? null,
          statedTax: new Decimal(dto.stated.tax),
          statedPenalty: new Decimal(dto.stated.penalty),
          statedInterest: new Decimal(dto.stated.interest),
          statedCredits: new Decimal(dto.stated.credits),
          statedBalanceDue: new Decimal(dto.stated.balanceDue),
          statedAsOf: dto.stated.asOf ?? null,
          assigneeId: dto.assigneeId ?? null,
          notes: dto.notes ?? null,
        });
        await manager.save(notice);
        await this.deadlines.recompute(manager, notice, rules);
        const view = await this.refresh(actor, manager, notice.id, rules, today);
        await this.audit.record(manager, actor, {
          action: 'create',
          entityType: 'notice',
          entityId: notice.id,
          after: snapshot(view),
        });
        return view;
      },
      dto.correspondenceId,
    );
  }

  async get(actor: Actor, id: string): Promise<NoticeView> {
    if (!isUuid(id)) throw new NotFoundException(`Notice ${id} not found`);
    const rules = await this.rules.effectiveFor(actor);
    return this.viewOf(actor, this.dataSource.manager, id, rules, this.clock.today());
  }

  list(actor: Actor, query: NoticeQueryDto): Promise<CachedPage> {
    const today = this.clock.today();
    return this.cache.page(actor.firmId, pageKey('list', today, query), async () =>
      SerializedJson.of(await this.listPage(actor, query, today)),
    );
  }

  private listPage(actor: Actor, query: NoticeQueryDto, today: IsoDate): Promise<Page<NoticeListItem>> {
    const builder = this.notices.query(actor, 'notice');
    applyListFilters(builder, query, today);
    return this.page(actor, 'list', builder.orderBy('notice.nextHardDeadline', 'ASC', 'NULLS LAST'), query, today);
  }

  /**
   * Everything that happened on the case, newest first, from the audit trail: the notice's own changes,
   * its checklist, and the resolutions, calls and documents that name it.
   */
  async timeline(actor: Actor, id: string): Promise<TimelineEntry[]> {
    await this.notices.get(actor, id);
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT e.occurred_at, e.actor_user_id AS actor_id, u.full_name AS actor_name, e.entity_type, e.action, e.before, e.after
         FROM audit_event e
         LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.firm_id = $1
          AND (e.entity_id = $2 OR e.after->>'noticeId' = $2::text OR e.before->>'noticeId' = $2::text)
        ORDER BY e.id DESC
        LIMIT 500`,
      [actor.firmId, id],
    );
    return rows.map(toTimelineEntry);
  }

  /** New and unassigned first, then the most urgent: what a manager hands out next. Takes the list's filters. */
  triageQueue(actor: Actor, query: NoticeQueryDto): Promise<CachedPage> {
    const today = this.clock.today();
    return this.cache.page(actor.firmId, pageKey('triage', today, query), async () =>
      SerializedJson.of(await this.triagePage(actor, query, today)),
    );
  }

  private triagePage(actor: Actor, query: NoticeQueryDto, today: IsoDate): Promise<Page<NoticeListItem>> {
    const builder = this.notices
      .query(actor, 'notice')
      .andWhere('notice.status IN (:...statuses)', { statuses: ['new', 'triage'] });
    applyListFilters(builder, query, today);
    builder
      .orderBy('notice.assigneeId IS NULL', 'DESC')
      .addOrderBy("notice.status = 'new'", 'DESC')
      .addOrderBy('notice.nextHardDeadline', 'ASC', 'NULLS LAST');
    return this.page(actor, 'triage', builder, query, today);
  }

  async update(actor: Actor, id: string, dto: UpdateNoticeDto): Promise<NoticeView> {
    const today = this.clock.today();
    if (dto.assigneeId !== undefined) {
      throw FieldValidationError.of('assigneeId', 'is changed with POST /api/notices/:id/assign (managers)');
    }
    const rules = await this.rules.effectiveFor(actor);
    return this.inTransaction(
      actor,
      async (manager) => {
        const notice = await this.notices.within(manager).get(actor, id, { lock: true });
        assertCurrentVersion(notice, dto.version, 'This notice');
        const before = snapshot(await this.refresh(actor, manager, id, rules, today, false));
        const merged = { ...notice, ...definedOnly(dto) };
        this.checkDates(merged, today);
        if (dto.taxPeriods) this.checkPeriods(dto.taxPeriods);
        if (dto.clientId !== undefined) notice.clientId = (await this.clientOf(actor, manager, dto.clientId)).id;
        const recompute = DEADLINE_INPUTS.some((field) => dto[field] !== undefined && dto[field] !== notice[field]);
        Object.assign(
          notice,
          pick(dto, [
            'kind',
            'taxType',
            'penaltyKind',
            'noticeDate',
            'receivedDate',
            'accountNumber',
            'reason',
            'notes',
          ]),
        );
        if (dto.correspondenceId) notice.correspondenceId = dto.correspondenceId.toUpperCase();
        this.correctPeriods(notice, dto, rules);
        if (dto.stated) {
          Object.assign(notice, {
            statedTax: new Decimal(dto.stated.tax),
            statedPenalty: new Decimal(dto.stated.penalty),
            statedInterest: new Decimal(dto.stated.interest),
            statedCredits: new Decimal(dto.stated.credits),
            statedBalanceDue: new Decimal(dto.stated.balanceDue),
            statedAsOf: dto.stated.asOf ?? null,
          });
        }
        await manager.save(notice);
        if (recompute) await this.deadlines.recompute(manager, notice, rules);
        const after = await this.refresh(actor, manager, id, rules, today);
        await this.audit.record(manager, actor, {
          action: 'update',
          entityType: 'notice',
          entityId: id,
          before,
          after: snapshot(after),
        });
        return after;
      },
      dto.correspondenceId,
    );
  }

  /** Moves the case along the workflow; a move that makes no sense answers 409 with the allowed ones. */
  async transition(actor: Actor, id: string, dto: TransitionDto): Promise<NoticeView> {
    return this.change(actor, id, dto.version, (notice) => {
      if (!canTransition(notice.status, dto.to)) {
        const allowed = NOTICE_STATUSES.filter((to) => canTransition(notice.status, to));
        throw new ConflictException({
          message: `A notice in "${notice.status}" cannot move to "${dto.to}"; it can move to: ${allowed.join(', ')}`,
          allowedNextStates: allowed,
        });
      }
      notice.status = dto.to;
    });
  }

  async assign(actor: Actor, id: string, dto: AssignDto): Promise<NoticeView> {
    if (dto.assigneeId) await this.checkAssignee(actor, dto.assigneeId);
    return this.change(actor, id, dto.version, (notice) => {
      notice.assigneeId = dto.assigneeId;
    });
  }

  /** Records one legitimacy check; any failed item flags the notice as a possible scam everywhere. */
  async setCheck(actor: Actor, id: string, item: LegitimacyCheck, dto: ChecklistItemDto): Promise<NoticeView> {
    const today = this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    return this.inTransaction(actor, async (manager) => {
      await this.notices.within(manager).get(actor, id, { lock: true });
      const existing = await manager.findOne(NoticeCheck, { where: { noticeId: id, item } });
      const before = existing
        ? { item, result: existing.result, note: existing.note }
        : { item, result: 'not_checked' };
      await manager.upsert(
        NoticeCheck,
        {
          firmId: actor.firmId,
          noticeId: id,
          item,
          result: dto.result,
          note: dto.note ?? null,
          checkedById: dto.result === 'not_checked' ? null : actor.userId,
          checkedAt: dto.result === 'not_checked' ? null : this.clock.now(),
        },
        ['noticeId', 'item'],
      );
      const failed = await manager.count(NoticeCheck, { where: { noticeId: id, result: 'failed' } });
      await manager.update(
        Notice,
        { id },
        { possibleScam: failed > 0, lastActivityAt: () => 'now()', version: () => 'version' },
      );
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'notice_check',
        entityId: id,
        before,
        after: { item, result: dto.result, note: dto.note ?? null },
      });
      return this.refresh(actor, manager, id, rules, today, false);
    });
  }

  /** Loads with a row lock, checks the version, applies `mutate`, saves, refreshes and audits. */
  private async change(
    actor: Actor,
    id: string,
    version: number,
    mutate: (notice: Notice) => void,
  ): Promise<NoticeView> {
    const today = this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    return this.inTransaction(actor, async (manager) => {
      const notice = await this.notices.within(manager).get(actor, id, { lock: true });
      assertCurrentVersion(notice, version, 'This notice');
      const before = snapshot(await this.refresh(actor, manager, id, rules, today, false));
      mutate(notice);
      await manager.save(notice);
      const after = await this.refresh(actor, manager, id, rules, today);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'notice',
        entityId: id,
        before,
        after: snapshot(after),
      });
      return after;
    });
  }

  private async page(
    actor: Actor,
    list: 'list' | 'triage',
    builder: ReturnType<FirmScopedRepository<Notice>['query']>,
    query: NoticeQueryDto,
    today: IsoDate,
  ): Promise<Page<NoticeListItem>> {
    builder
      .addOrderBy('notice.riskScore', 'DESC')
      .addOrderBy('notice.noticeDate', 'ASC')
      .addOrderBy('notice.id', 'ASC');
    const [ordered, params] = builder.clone().select('notice.id', 'id').getQueryAndParameters();
    const selection = {
      sql: `${ordered} LIMIT ${Number(query.pageSize)} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    };
    // The first pages are read again and again (the board, the triage queue), so their statements are
    // prepared once per connection; deep pages are not, so a connection does not collect one per page.
    const [reads, rules] = await Promise.all([
      readCases(this.dataSource.manager, actor.firmId, selection, query.page <= PREPARED_PAGES),
      this.rules.effectiveFor(actor),
    ]);
    const total = await this.totalOf(actor, list, builder, query, today, reads.length);
    return {
      items: reads.map((read) => listItemOf(read, rules, today)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * How many notices the list matches. A page that is not full tells it exactly; otherwise the count is
   * shared for a few seconds (NoticeTotals), and taken again if it no longer covers the rows just read.
   */
  private async totalOf(
    actor: Actor,
    list: 'list' | 'triage',
    builder: ReturnType<FirmScopedRepository<Notice>['query']>,
    query: NoticeQueryDto,
    today: IsoDate,
    rowCount: number,
  ): Promise<number> {
    const seen = (query.page - 1) * query.pageSize + rowCount;
    if (rowCount < query.pageSize && (rowCount > 0 || query.page === 1)) return seen;
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    const key = pageKey(list, today, filters);
    const total = await this.totals.get(actor.firmId, key, () => builder.getCount());
    if (total >= seen) return total;
    this.totals.forget(actor.firmId);
    return this.totals.get(actor.firmId, key, () => builder.getCount());
  }

  /** The view of one case of the actor's firm (404 if there is none), read in the manager's transaction if any. */
  private async viewOf(
    actor: Actor,
    manager: EntityManager,
    id: string,
    rules: RuleTables,
    today: IsoDate,
  ): Promise<NoticeView> {
    const loads = [
      () => readCases(manager, actor.firmId, casesById([id]), true),
      () =>
        manager.find(NoticeCheck, { where: { noticeId: id, firmId: actor.firmId }, relations: { checkedBy: true } }),
    ] as const;
    // Outside a transaction the two reads go to the pool in parallel; inside one they share a single
    // connection, where pg would only queue them, so they run one after the other.
    const [reads, checks] = (
      manager.queryRunner ? await sequentially(loads) : await Promise.all(loads.map((load) => load()))
    ) as [CaseRead[], NoticeCheck[]];
    if (reads.length === 0) throw new NotFoundException(`Notice ${id} not found`);
    return { ...listItemOf(reads[0], rules, today), checklist: checklistView(checks) };
  }

  /**
   * After a resolution changes: the response status the risk model reads is derived again from the
   * resolutions on file, and the stored figures are refreshed, in the caller's transaction.
   */
  async recalculate(actor: Actor, manager: EntityManager, noticeId: string): Promise<NoticeView> {
    const today = this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    const view = await this.refresh(actor, manager, noticeId, rules, today, false);
    const resolutions = await manager.find(Resolution, {
      where: { noticeId },
      select: { type: true, status: true, details: true },
    });
    const status = deriveResponseStatus(resolutions, new Decimal(view.figures.balanceNow).isZero());
    if (status !== view.responseStatus)
      await manager.update(Notice, { id: noticeId }, { responseStatus: status, version: () => 'version' });
    return this.refresh(actor, manager, noticeId, rules, today);
  }

  /** The notice as it stands now, for resolution checks (eligibility, deadlines met). */
  async current(
    actor: Actor,
    manager: EntityManager,
    noticeId: string,
    lock = false,
  ): Promise<{ notice: Notice; view: NoticeView; rules: RuleTables }> {
    const notice = await this.notices.within(manager).get(actor, noticeId, { lock });
    const rules = await this.rules.effectiveFor(actor);
    const view = await this.viewOf(actor, manager, noticeId, rules, this.clock.today());
    return { notice, view, rules };
  }

  /** Re-reads the notice and, unless told not to, stores the figures used for sorting and filtering. */
  private async refresh(
    actor: Actor,
    manager: EntityManager,
    id: string,
    rules: RuleTables,
    today: IsoDate,
    store = true,
  ): Promise<NoticeView> {
    const view = await this.viewOf(actor, manager, id, rules, today);
    if (store) {
      this.totals.forget(actor.firmId);
      const nextHard = view.deadlines.find((deadline) => deadline.status === 'open' && deadline.hard);
      await manager.update(
        Notice,
        { id },
        {
          nextHardDeadline: nextHard?.dueDate ?? null,
          riskScore: view.figures.risk.score,
          riskLevel: view.figures.risk.level as Notice['riskLevel'],
          mechanismLevels: mechanismLevelsOf(view.figures.risk),
          balanceNow: new Decimal(view.figures.balanceNow),
          figuresAsOf: view.figures.asOf,
          // Facts changed: the next sweep computes the case again and finds how long its figures hold.
          figuresStableUntil: null,
          // Only people's actions store figures here (the sweep writes its own), so this is activity.
          lastActivityAt: () => 'now()',
          // The version column moves only for edits a person makes, not for derived figures.
          version: () => 'version',
        },
      );
    }
    return view;
  }

  private async clientOf(actor: Actor, manager: EntityManager, clientId: string): Promise<Client> {
    const client = await manager.findOne(Client, { where: { id: clientId, firmId: actor.firmId } });
    if (!client) throw FieldValidationError.of('clientId', 'must be a client of your firm');
    return client;
  }

  private async checkAssignee(actor: Actor, assigneeId: string): Promise<void> {
    const user = await this.users.findInFirm(actor, assigneeId);
    if (!user || !ASSIGNABLE_ROLES.includes(user.role)) {
      throw FieldValidationError.of('assigneeId', 'must be a practitioner or manager of your firm');
    }
  }

  private checkDates(dates: { noticeDate?: string; receivedDate?: string | null }, today: IsoDate): void {
    if (dates.noticeDate && dates.noticeDate > today)
      throw FieldValidationError.of('noticeDate', `must not be after today (${today})`);
    if (dates.receivedDate && dates.noticeDate && dates.receivedDate < dates.noticeDate) {
      throw FieldValidationError.of('receivedDate', 'must not be before the notice date');
    }
    if (dates.receivedDate && dates.receivedDate > today)
      throw FieldValidationError.of('receivedDate', `must not be after today (${today})`);
  }

  private checkPeriods(periods: Array<{ quarter?: number; month?: number }>): void {
    periods.forEach((period, index) => {
      if (period.quarter !== undefined && period.month !== undefined) {
        throw FieldValidationError.of(`taxPeriods.${index}.month`, 'cannot be given together with a quarter');
      }
    });
  }

  /**
   * Re-reads the periods against the corrected notice: due dates that were assumed are assumed again (the
   * tax type or notice date may have changed), and a due date the letter printed stays unless corrected.
   */
  private correctPeriods(notice: Notice, dto: UpdateNoticeDto, rules: RuleTables): void {
    // null clears an extension recorded by mistake; absent keeps the one on file.
    const extendedDueDate = dto.extendedDueDate !== undefined ? dto.extendedDueDate : notice.extendedDueDate;
    const storedItemized = notice.taxPeriods.some((period) => period.tax !== undefined);
    const keepsDueDate = dto.taxDueDate === undefined && !notice.taxDueDateAssumed && !storedItemized;
    const resolved = resolveNoticePeriods({
      taxType: notice.taxType,
      periods: periodsAsGiven(dto.taxPeriods ?? notice.taxPeriods),
      noticeDate: notice.noticeDate,
      taxDueDate: dto.taxDueDate ?? (keepsDueDate ? (notice.taxDueDate as IsoDate) : undefined),
      extendedDueDate,
      stated: dto.stated ?? {
        tax: formatMoney(notice.statedTax),
        penalty: formatMoney(notice.statedPenalty),
        interest: formatMoney(notice.statedInterest),
      },
      rules,
    });
    Object.assign(notice, {
      taxPeriods: resolved.periods,
      taxDueDate: resolved.taxDueDate,
      taxDueDateAssumed: resolved.taxDueDateAssumed,
      extendedDueDate: extendedDueDate ?? null,
    });
  }

  private async inTransaction<T>(
    actor: Actor,
    work: (manager: EntityManager) => Promise<T>,
    correspondenceId?: string,
  ): Promise<T> {
    try {
      const result = await this.dataSource.transaction(work);
      // Again after the commit: a count taken while the change was in flight did not see it.
      this.totals.forget(actor.firmId);
      return result;
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'notice_firm_correspondence_key'
      ) {
        // The case already on file, so intake can open it instead of keying the letter in twice.
        const existing = correspondenceId
          ? await this.notices
              .query(actor, 'notice')
              .select('notice.id', 'id')
              .andWhere('notice.correspondenceId = :correspondenceId', {
                correspondenceId: correspondenceId.toUpperCase(),
              })
              .getRawOne<{ id: string }>()
          : undefined;
        throw new ConflictException({
          message: 'Your firm already has a notice with this correspondence ID',
          fields: { correspondenceId: ['correspondenceId is already on file for another notice'] },
          existingNoticeId: existing?.id ?? null,
        });
      }
      throw error;
    }
  }
}

/** The audit snapshot: the case as recorded, without the figures that change by themselves every day. */
function snapshot(
  view: NoticeView,
): Omit<NoticeView, 'figures' | 'deadlines'> & { deadlines: Array<{ kind: string; dueDate: string; status: string }> } {
  const { figures: _figures, deadlines, ...rest } = view;
  return { ...rest, deadlines: deadlines.map(({ kind, dueDate, status }) => ({ kind, dueDate, status })) };
}

/** Which page of which list: the day (figures are as of it) and every query parameter, in a fixed order. */
function pageKey(list: 'list' | 'triage', today: IsoDate, query: object): string {
  return JSON.stringify([list, today, Object.entries(query).sort(([a], [b]) => a.localeCompare(b))]);
}

/** A case as lists show it, with its live figures as of `today`. */
function listItemOf(read: CaseRead, rules: RuleTables, today: IsoDate): NoticeListItem {
  const facts = caseFactsOf({ ...read, statedTax: read.stated.tax }, read.exposure, read.deadlines, read.payments);
  return toNoticeListItem(read, computeFigures(facts, read.deadlines, rules, today), today);
}

async function sequentially(loads: ReadonlyArray<() => Promise<unknown>>): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const load of loads) results.push(await load());
  return results;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => value[key] !== undefined).map((key) => [key, value[key]])) as Partial<
    Pick<T, K>
  >;
}

/** The periods as the letter gives them: a due date marked assumed (as a view returns it) is not given. */
function periodsAsGiven(periods: readonly NoticePeriod[]): NoticePeriod[] {
  return periods.map(({ dueDateAssumed, dueDate, ...period }) => ({
    ...period,
    ...(dueDate && !dueDateAssumed ? { dueDate } : {}),
  }));
}
