import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallView, Page, PoaCoverageAnswer } from '@nutmeg/contracts';
import { addDays, diffInDays, followUpDeadline, IsoDate, isIsoDate, RuleTables, matterLabel } from '@nutmeg/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { FieldValidationError } from '../common/field-validation.error';
import { FirmScopedRepository } from '../common/firm-scoped.repository';
import { assertCurrentVersion } from '../common/optimistic-lock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { deadlineRecordFrom } from '../deadlines/deadline-record';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { Notice } from '../notices/notice.entity';
import { PoaService } from '../poa/poa.service';
import { FirmRulesService } from '../rules/firm-rules.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { toCallView } from './call.view';
import { CallQueryDto } from './dto/call-query.dto';
import { CreateCallDto, UpdateCallDto } from './dto/call-write.dto';
import { DrsCall } from './drs-call.entity';

// A clock a few minutes fast on the caller's phone is not a call from the future.
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const EARLIEST_CALL = new Date('1990-01-01T00:00:00Z');
// Fields a correction copies as sent; the rest (who, which case, when, follow-up) have their own checks.
const TEXT_FIELDS = [
  'lineDetail',
  'drsEmployeeName',
  'drsEmployeeId',
  'purpose',
  'referenceNumber',
  'drsPromises',
  'notes',
] as const;
// Changing any of these changes whose authority and which matter the POA check is about.
const COVERAGE_INPUTS = ['clientId', 'noticeId', 'callerId', 'startedAt'] as const;

@Injectable()
export class CallsService {
  private readonly calls: FirmScopedRepository<DrsCall>;
  private readonly dayFormat: Intl.DateTimeFormat;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly poa: PoaService,
    private readonly users: UsersService,
    private readonly rules: FirmRulesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.calls = new FirmScopedRepository(DrsCall, dataSource.manager, 'Call');
    // en-CA formats as YYYY-MM-DD: the day of an instant in the firm's zone, as the Clock reads "today".
    this.dayFormat = new Intl.DateTimeFormat('en-CA', {
      timeZone: config.timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }

  async list(actor: Actor, query: CallQueryDto): Promise<Page<CallView>> {
    const builder = this.withRelations(this.calls.query(actor, 'call'))
      .orderBy('call.startedAt', 'DESC')
      .addOrderBy('call.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.clientId) builder.andWhere('call.clientId = :clientId', { clientId: query.clientId });
    if (query.noticeId) builder.andWhere('call.noticeId = :noticeId', { noticeId: query.noticeId });
    if (query.userId) builder.andWhere('call.callerId = :userId', { userId: query.userId });
    if (query.date) builder.andWhere('call.callDate = :date', { date: query.date });
    if (query.flaggedNoPoa !== undefined)
      builder.andWhere('call.flaggedNoPoa = :flagged', { flagged: query.flaggedNoPoa });
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toCallView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<CallView> {
    return toCallView(await this.load(actor, this.dataSource.manager, id));
  }

  /**
   * Logs a call. The caller must have held a POA covering the matter on the call date (the notice's tax
   * type and every one of its periods; without a notice, any authorization in force for the client): DRS
   * discusses an account only with an authorised representative. Otherwise the log is refused (409, nothing
   * written) unless `acknowledgeNoPoa` is sent, and then it is stored flagged.
   */
  async create(actor: Actor, dto: CreateCallDto): Promise<CallView> {
    const rules = await this.rules.effectiveFor(actor);
    return this.dataSource.transaction(async (manager) => {
      const client = await this.clientOf(actor, manager, dto.clientId);
      const notice = dto.noticeId ? await this.noticeOf(actor, manager, client, dto.noticeId) : null;
      const caller = await this.callerFor(actor, dto.callerId);
      const startedAt = this.checkStartedAt(dto.startedAt);
      const callDate = this.dayOf(startedAt);
      if (dto.purpose.trim() === '') throw FieldValidationError.of('purpose', 'should not be empty');
      this.checkLine(dto.line, clean(dto.lineDetail));
      this.checkFollowUp(dto.followUpOn ?? null, callDate);
      const coverage = await this.checkCoverage(
        actor,
        manager,
        client,
        notice,
        caller,
        callDate,
        dto.acknowledgeNoPoa === true,
      );
      const call = manager.create(DrsCall, {
        firmId: actor.firmId,
        clientId: client.id,
        noticeId: notice?.id ?? null,
        callerId: caller.id,
        loggedById: actor.userId,
        line: dto.line,
        lineDetail: clean(dto.lineDetail),
        drsEmployeeName: clean(dto.drsEmployeeName),
        drsEmployeeId: clean(dto.drsEmployeeId),
        startedAt,
        callDate,
        holdMinutes: dto.holdMinutes ?? null,
        talkMinutes: dto.talkMinutes ?? null,
        purpose: dto.purpose.trim(),
        outcome: dto.outcome,
        referenceNumber: clean(dto.referenceNumber),
        drsPromises: clean(dto.drsPromises),
        followUpOn: dto.followUpOn ?? null,
        followUpDeadlineId: null,
        notes: clean(dto.notes),
        flaggedNoPoa: !coverage.covered,
        poaCoverage: coverage,
      });
      if (notice && call.followUpOn)
        call.followUpDeadlineId = await this.writeFollowUp(manager, notice, call, caller, rules);
      await manager.save(call);
      const view = toCallView(await this.load(actor, manager, call.id));
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'drs_call',
        entityId: call.id,
        after: view,
      });
      return view;
    });
  }

  /**
   * Corrections (calls are append-mostly). A change of client, notice, caller or time runs the POA check
   * again, with the same acknowledgement rule; a change of follow-up date or notice replaces the open
   * follow-up deadline this call made.
   */
  async update(actor: Actor, id: string, dto: UpdateCallDto): Promise<CallView> {
    const rules = await this.rules.effectiveFor(actor);
    return this.dataSource.transaction(async (manager) => {
      const call = await this.calls.within(manager).get(actor, id, { lock: true });
      assertCurrentVersion(call, dto.version, 'This call');
      const before = toCallView(await this.load(actor, manager, id));
      const client =
        dto.clientId !== undefined
          ? await this.clientOf(actor, manager, dto.clientId)
          : await this.clientById(actor, manager, call.clientId);
      const noticeId = dto.noticeId !== undefined ? dto.noticeId : call.noticeId;
      const notice = noticeId ? await this.noticeOf(actor, manager, client, noticeId) : null;
      const caller =
        dto.callerId !== undefined && dto.callerId !== call.callerId
          ? await this.callerFor(actor, dto.callerId)
          : await this.userById(actor, call.callerId);
      if (dto.startedAt !== undefined) {
        call.startedAt = this.checkStartedAt(dto.startedAt);
        call.callDate = this.dayOf(call.startedAt);
      }
      for (const field of TEXT_FIELDS) {
        const value = dto[field];
        if (value !== undefined) (call as unknown as Record<string, unknown>)[field] = clean(value);
      }
      if (dto.purpose !== undefined && !call.purpose) throw FieldValidationError.of('purpose', 'should not be empty');
      if (dto.line !== undefined) call.line = dto.line;
      if (dto.holdMinutes !== undefined) call.holdMinutes = dto.holdMinutes;
      if (dto.talkMinutes !== undefined) call.talkMinutes = dto.talkMinutes;
      if (dto.outcome !== undefined) call.outcome = dto.outcome;
      if (dto.followUpOn !== undefined) call.followUpOn = dto.followUpOn;
      this.checkLine(call.line, call.lineDetail);
      this.checkFollowUp(call.followUpOn, call.callDate);
      if (COVERAGE_INPUTS.some((field) => dto[field] !== undefined)) {
        const coverage = await this.checkCoverage(
          actor,
          manager,
          client,
          notice,
          caller,
          call.callDate,
          dto.acknowledgeNoPoa === true,
        );
        Object.assign(call, { poaCoverage: coverage, flaggedNoPoa: !coverage.covered });
      }
      const followUpMoved = ['followUpOn', 'noticeId', 'clientId', 'startedAt'].some(
        (field) => dto[field as keyof UpdateCallDto] !== undefined,
      );
      Object.assign(call, { clientId: client.id, noticeId: notice?.id ?? null, callerId: caller.id });
      if (followUpMoved) call.followUpDeadlineId = await this.replaceFollowUp(manager, call, notice, caller, rules);
      await manager.save(call);
      const after = toCallView(await this.load(actor, manager, id));
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'drs_call',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async checkCoverage(
    actor: Actor,
    manager: EntityManager,
    client: Client,
    notice: Notice | null,
    caller: User,
    callDate: IsoDate,
    acknowledged: boolean,
  ): Promise<PoaCoverageAnswer> {
    const person = { id: caller.id, fullName: caller.fullName };
    const coverage = await this.poa.coverageFor(actor, manager, {
      clientId: client.id,
      person,
      taxType: notice?.taxType ?? null,
      periods: notice?.taxPeriods ?? [],
      date: callDate,
    });
    if (coverage.covered || acknowledged) return coverage;
    const matter = notice ? matterLabel(notice.taxType, notice.taxPeriods) : `${client.legalName}'s account`;
    throw new ConflictException({
      message:
        `${caller.fullName} had no power of attorney covering ${matter} on ${callDate} (${coverage.reason}). ` +
        `DRS discusses an account only with an authorised representative, so it should not have discussed this one. ` +
        `Have ${client.legalName} sign an LGL-001 naming ${caller.fullName} for ${matter} and file it through myconneCT ` +
        `(or have the taxpayer on the line). To log the call anyway, send it again with acknowledgeNoPoa: true; it will be flagged.`,
      code: 'poa_not_covered',
      coverage,
    });
  }

  /** A soft follow-up on the notice from libs/domain; its rule id is not "notice.*", so recomputation keeps it. */
  private async writeFollowUp(
    manager: EntityManager,
    notice: Notice,
    call: DrsCall,
    caller: User,
    rules: RuleTables,
  ): Promise<string> {
    const followUpOn = call.followUpOn as IsoDate;
    const deadline = followUpDeadline({
      from: call.callDate,
      days: diffInDays(call.callDate, followUpOn),
      taxType: notice.taxType,
      rules,
    });
    const row = deadlineRecordFrom(
      manager,
      { firmId: notice.firmId, noticeId: notice.id },
      deadline,
      `Set by ${caller.fullName}'s DRS call on ${call.callDate} for ${followUpOn}`,
    );
    await manager.save(row);
    return row.id;
  }

  /** Drops this call's follow-up while still open (a met or missed one is history) and writes the new one. */
  private async replaceFollowUp(
    manager: EntityManager,
    call: DrsCall,
    notice: Notice | null,
    caller: User,
    rules: RuleTables,
  ): Promise<string | null> {
    if (call.followUpDeadlineId) {
      await manager.delete(DeadlineRecord, { id: call.followUpDeadlineId, status: 'open' });
    }
    return notice && call.followUpOn ? this.writeFollowUp(manager, notice, call, caller, rules) : null;
  }

  private checkStartedAt(raw: string | undefined): Date {
    const now = this.clock.now();
    if (raw === undefined) return now;
    // Date would roll 2026-02-30 into March; the shape was checked by the DTO, the calendar is checked here.
    const [hour, minute, second = 0] = raw.slice(11, 19).split(':').map(Number);
    const startedAt = new Date(raw);
    if (!isIsoDate(raw.slice(0, 10)) || hour > 23 || minute > 59 || second > 59 || Number.isNaN(startedAt.getTime())) {
      throw FieldValidationError.of('startedAt', 'is not a real instant');
    }
    if (startedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      throw FieldValidationError.of('startedAt', 'must not be in the future');
    if (startedAt < EARLIEST_CALL) throw FieldValidationError.of('startedAt', 'must not be before 1990');
    return startedAt;
  }

  private checkLine(line: string, detail: string | null): void {
    if (line === 'other' && !detail)
      throw FieldValidationError.of(
        'lineDetail',
        'is required when the line is "other": the number or unit you called',
      );
  }

  private checkFollowUp(followUpOn: string | null, callDate: IsoDate): void {
    if (followUpOn === null) return;
    if (followUpOn < callDate) throw FieldValidationError.of('followUpOn', `must not be before the call (${callDate})`);
    if (followUpOn > addDays(callDate, 365))
      throw FieldValidationError.of('followUpOn', 'must be within a year of the call');
  }

  private dayOf(instant: Date): IsoDate {
    return this.dayFormat.format(instant) as IsoDate;
  }

  /** The caller: yourself, or (managers only) another active user of the firm. */
  private async callerFor(actor: Actor, callerId: string | undefined): Promise<User> {
    if (callerId === undefined || callerId === actor.userId) return this.userById(actor, actor.userId);
    if (actor.role !== 'manager')
      throw FieldValidationError.of(
        'callerId',
        'can only be yourself: logging a call for someone else is for managers',
      );
    const user = await this.users.findInFirm(actor, callerId);
    if (!user) throw FieldValidationError.of('callerId', 'must be an active user of your firm');
    return user;
  }

  private async userById(actor: Actor, id: string): Promise<User> {
    const [user] = await this.users.findManyInFirm(actor, [id]);
    if (!user) throw new Error(`user ${id} of the call is missing`);
    return user;
  }

  private async clientOf(actor: Actor, manager: EntityManager, clientId: string): Promise<Client> {
    const client = await manager.findOne(Client, { where: { id: clientId, firmId: actor.firmId } });
    if (!client) throw FieldValidationError.of('clientId', 'must be a client of your firm');
    return client;
  }

  private clientById(actor: Actor, manager: EntityManager, clientId: string): Promise<Client> {
    return manager.findOneOrFail(Client, { where: { id: clientId, firmId: actor.firmId }, withDeleted: true });
  }

  private async noticeOf(actor: Actor, manager: EntityManager, client: Client, noticeId: string): Promise<Notice> {
    const notice = await manager.findOne(Notice, {
      where: { id: noticeId, firmId: actor.firmId, clientId: client.id },
    });
    if (!notice) throw FieldValidationError.of('noticeId', `must be a notice of ${client.legalName}`);
    return notice;
  }

  private withRelations<Q extends ReturnType<FirmScopedRepository<DrsCall>['query']>>(builder: Q): Q {
    builder
      .withDeleted()
      .leftJoinAndSelect('call.client', 'client')
      .leftJoinAndSelect('call.notice', 'notice')
      .leftJoinAndSelect('call.caller', 'caller')
      .leftJoinAndSelect('call.loggedBy', 'loggedBy')
      .leftJoinAndSelect('call.followUpDeadline', 'followUpDeadline');
    return builder;
  }

  private async load(actor: Actor, manager: EntityManager, id: string): Promise<DrsCall> {
    await this.calls.within(manager).get(actor, id);
    return this.withRelations(this.calls.within(manager).query(actor, 'call'))
      .andWhere('call.id = :id', { id })
      .getOneOrFail();
  }
}

function clean(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
