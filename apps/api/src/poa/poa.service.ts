import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canTransitionPoa,
  isYearRange,
  Page,
  POA_STATUSES,
  PoaCoverageAnswer,
  PoaGridView,
  PoaPeriod,
  PoaPersonRef,
  PoaRecordedView,
  PoaRevocationView,
  PoaView,
  TaxPeriod,
} from '@nutmeg/contracts';
import { IsoDate, RuleTables, TAX_TYPES, decidePoaCoverage, inForceOn, byStart, matterLabel, monthSpanOf, parsePeriodLabel, periodLabel, periodsCoverSpan, planRevocations } from '@nutmeg/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { FieldValidationError } from '../common/field-validation.error';
import { FirmScopedRepository } from '../common/firm-scoped.repository';
import { assertCurrentVersion } from '../common/optimistic-lock';
import { Notice } from '../notices/notice.entity';
import { FirmRulesService } from '../rules/firm-rules.service';
import { UsersService } from '../users/users.service';
import { PoaCoverageQueryDto, PoaGridQueryDto, PoaQueryDto } from './dto/poa-query.dto';
import { CreatePoaDto, RevokePoaDto, UpdatePoaDto } from './dto/poa-write.dto';
import { PoaAuthorization } from './poa-authorization.entity';
import { checkPoaRecord, normalisePeriods } from './poa-rules';
import { currentStatus, expiryFigures, poaSnapshot, toCoverageAuthorization, toPoaView } from './poa.view';

// Fields a PATCH copies as sent (dates and text; `null` clears the nullable ones).
const SIMPLE_FIELDS = [
  'otherActs',
  'includesSpouse',
  'signedOn',
  'filedOn',
  'confirmationNumber',
  'effectiveOn',
  'expiresOn',
  'notes',
  'powers',
  'taxTypes',
] as const;
// A change to any of these on an active authorization is a change to what it replaces.
const MATTER_FIELDS = ['taxTypes', 'periods', 'signedOn'] as const;

export interface CoverageRequest {
  clientId: string;
  person: PoaPersonRef;
  /** null: any tax matter of the client. */
  taxType: string | null;
  periods: readonly TaxPeriod[];
  date: IsoDate;
}

@Injectable()
export class PoaService {
  private readonly poas: FirmScopedRepository<PoaAuthorization>;
  private readonly clients: FirmScopedRepository<Client>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly rules: FirmRulesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.poas = new FirmScopedRepository(PoaAuthorization, dataSource.manager, 'Power of attorney');
    this.clients = new FirmScopedRepository(Client, dataSource.manager, 'Client');
  }

  async list(actor: Actor, query: PoaQueryDto): Promise<Page<PoaView>> {
    const today = this.clock.today();
    const builder = this.poas
      .query(actor, 'poa')
      .withDeleted()
      .leftJoinAndSelect('poa.client', 'client')
      .leftJoinAndSelect('poa.representative', 'representative')
      .orderBy('poa.createdAt', 'DESC')
      .addOrderBy('poa.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.clientId) builder.andWhere('poa.clientId = :clientId', { clientId: query.clientId });
    if (query.representativeId)
      builder.andWhere('poa.representativeId = :representativeId', { representativeId: query.representativeId });
    if (query.status === 'active') {
      builder.andWhere("poa.status = 'active' AND (poa.expiresOn IS NULL OR poa.expiresOn >= :today)", { today });
    } else if (query.status === 'expired') {
      builder.andWhere("(poa.status = 'expired' OR (poa.status = 'active' AND poa.expiresOn < :today))", { today });
    } else if (query.status) {
      builder.andWhere('poa.status = :status', { status: query.status });
    }
    const [rows, total] = await builder.getManyAndCount();
    const rules = await this.rules.effectiveFor(actor);
    return {
      items: rows.map((poa) => toPoaView(poa, today, rules)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: Actor, id: string): Promise<PoaView> {
    const rules = await this.rules.effectiveFor(actor);
    return toPoaView(await this.load(actor, this.dataSource.manager, id), this.clock.today(), rules);
  }

  /** Records an authorization; recorded as active, it revokes the earlier ones on file for shared matters. */
  async create(actor: Actor, dto: CreatePoaDto): Promise<PoaRecordedView> {
    const today = this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    return this.dataSource.transaction(async (manager) => {
      const client = await this.clientOf(actor, manager, dto.clientId);
      await this.lockClientAuthorizations(manager, client.id);
      await this.checkRepresentative(actor, dto.representativeId);
      const status = dto.status ?? 'draft';
      const poa = manager.create(PoaAuthorization, {
        firmId: actor.firmId,
        clientId: client.id,
        representativeId: dto.representativeId,
        taxTypes: [...dto.taxTypes],
        periods: normalisePeriods(dto.periods),
        powers: [...(dto.powers ?? [])],
        otherActs: dto.otherActs?.trim() || null,
        includesSpouse: dto.includesSpouse ?? false,
        status,
        signedOn: dto.signedOn ?? null,
        filedOn: dto.filedOn ?? null,
        confirmationNumber: dto.confirmationNumber ?? null,
        effectiveOn: dto.effectiveOn ?? (status === 'active' ? (dto.filedOn ?? null) : null),
        expiresOn: dto.expiresOn ?? null,
        revokedOn: null,
        revokedByPoaId: null,
        revocationReason: null,
        notes: dto.notes?.trim() || null,
      });
      checkPoaRecord(poa, { clientKind: client.kind, today });
      await manager.save(poa);
      const revoked = poa.status === 'active' ? await this.revokeEarlier(actor, manager, poa, today, rules) : [];
      const view = toPoaView(await this.load(actor, manager, poa.id), today, rules);
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'poa_authorization',
        entityId: poa.id,
        after: { ...poaSnapshot(view), revokedPoaIds: revoked.map((r) => r.id) },
      });
      return { ...view, revoked };
    });
  }

  /** Corrections and the moves draft → filed → active; becoming active revokes as recording does. */
  async update(actor: Actor, id: string, dto: UpdatePoaDto): Promise<PoaRecordedView> {
    const today = this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    return this.dataSource.transaction(async (manager) => {
      const poa = await this.lockedForWrite(actor, manager, id);
      assertCurrentVersion(poa, dto.version, 'This power of attorney');
      const before = poaSnapshot(toPoaView(await this.load(actor, manager, id), today, rules));
      const status = currentStatus(poa, today);
      if (status === 'revoked' && Object.keys(dto).some((key) => key !== 'version' && key !== 'notes')) {
        throw new ConflictException(
          'This power of attorney was revoked and is kept as history; only its notes can change. Record a new LGL-001 instead.',
        );
      }
      if (dto.status !== undefined && dto.status !== poa.status) {
        if (!canTransitionPoa(status, dto.status)) {
          const allowed = POA_STATUSES.filter((to) => canTransitionPoa(status, to));
          throw new ConflictException({
            message: `A power of attorney that is ${status} cannot become ${dto.status}; it can become: ${allowed.join(', ') || 'nothing (it is history)'}`,
            allowedNextStates: allowed,
          });
        }
      }
      const becameActive = dto.status === 'active' && poa.status !== 'active';
      const matterChanged = MATTER_FIELDS.some((field) => dto[field] !== undefined);
      if (dto.representativeId !== undefined && dto.representativeId !== poa.representativeId) {
        await this.checkRepresentative(actor, dto.representativeId);
        poa.representativeId = dto.representativeId;
      }
      for (const field of SIMPLE_FIELDS) {
        const value = dto[field];
        if (value === undefined) continue;
        (poa as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? value.trim() || null : value;
      }
      if (dto.periods !== undefined) poa.periods = normalisePeriods(dto.periods);
      if (dto.status !== undefined) poa.status = dto.status;
      if (becameActive && poa.effectiveOn === null) poa.effectiveOn = poa.filedOn;
      const client = await manager.findOneOrFail(Client, {
        where: { id: poa.clientId, firmId: actor.firmId },
        withDeleted: true,
      });
      checkPoaRecord(poa, { clientKind: client.kind, today });
      await manager.save(poa);
      const revoked =
        poa.status === 'active' && (becameActive || matterChanged)
          ? await this.revokeEarlier(actor, manager, poa, today, rules)
          : [];
      const after = toPoaView(await this.load(actor, manager, id), today, rules);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'poa_authorization',
        entityId: id,
        before,
        after: { ...poaSnapshot(after), revokedPoaIds: revoked.map((r) => r.id) },
      });
      return { ...after, revoked };
    });
  }

  /** The client (or the firm) withdraws the authority: it stops counting from `revokedOn`. */
  async revoke(actor: Actor, id: string, dto: RevokePoaDto): Promise<PoaView> {
    const today = this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    return this.dataSource.transaction(async (manager) => {
      const poa = await this.lockedForWrite(actor, manager, id);
      assertCurrentVersion(poa, dto.version, 'This power of attorney');
      const status = currentStatus(poa, today);
      if (!canTransitionPoa(status, 'revoked')) {
        throw new ConflictException({
          message: `A power of attorney that is ${status} cannot be revoked (only a filed or active one can)`,
          allowedNextStates: POA_STATUSES.filter((to) => canTransitionPoa(status, to)),
        });
      }
      const revokedOn = dto.revokedOn ?? today;
      if (revokedOn > today) throw FieldValidationError.of('revokedOn', `must not be after today (${today})`);
      if (poa.effectiveOn && revokedOn < poa.effectiveOn)
        throw FieldValidationError.of(
          'revokedOn',
          `must not be before the authorization took effect (${poa.effectiveOn})`,
        );
      if (!poa.effectiveOn && poa.filedOn && revokedOn < poa.filedOn)
        throw FieldValidationError.of('revokedOn', `must not be before the filing (${poa.filedOn})`);
      const before = poaSnapshot(toPoaView(await this.load(actor, manager, id), today, rules));
      Object.assign(poa, { status: 'revoked', revokedOn, revocationReason: dto.reason?.trim() || null });
      await manager.save(poa);
      const after = toPoaView(await this.load(actor, manager, id), today, rules);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'poa_authorization',
        entityId: id,
        before,
        after: poaSnapshot(after),
      });
      return after;
    });
  }

  async coverage(actor: Actor, query: PoaCoverageQueryDto): Promise<PoaCoverageAnswer> {
    const client = await this.clients.get(actor, query.clientId);
    const [user] = await this.users.findManyInFirm(actor, [query.userId]);
    if (!user) throw FieldValidationError.of('userId', 'must be a user of your firm');
    const period = parsePeriodLabel(query.period);
    if (!period || period.year < 1990 || period.year > 2100)
      throw FieldValidationError.of(
        'period',
        'must be a year from 1990 to 2100, a quarter or a month: 2024, 2024-Q3 or 2024-07',
      );
    return this.coverageFor(actor, this.dataSource.manager, {
      clientId: client.id,
      person: { id: user.id, fullName: user.fullName },
      taxType: query.taxType,
      periods: [period],
      date: query.date ?? this.clock.today(),
    });
  }

  /** The coverage decision on this client's authorizations; the call log asks it inside its transaction. */
  async coverageFor(actor: Actor, manager: EntityManager, request: CoverageRequest): Promise<PoaCoverageAnswer> {
    const poas = await this.forClient(actor, manager, request.clientId);
    return decidePoaCoverage(poas.map(toCoverageAuthorization), request);
  }

  /**
   * Rows are the tax types on file for the client (its authorizations' and notices'), columns the periods on
   * file (its notices' periods and its authorizations', ranges spelled out as years); a cell holds the
   * authorization in force on the day that covers the whole period for that tax type, if any.
   */
  async grid(actor: Actor, query: PoaGridQueryDto): Promise<PoaGridView> {
    const client = await this.clients.get(actor, query.clientId);
    const date = query.date ?? this.clock.today();
    const rules = await this.rules.effectiveFor(actor);
    const [poas, notices] = await Promise.all([
      this.forClient(actor, this.dataSource.manager, client.id),
      this.dataSource.manager.find(Notice, {
        where: { clientId: client.id, firmId: actor.firmId },
        select: { id: true, taxType: true, taxPeriods: true },
      }),
    ]);
    const taxTypes = new Set<string>([
      ...poas.flatMap((poa) => poa.taxTypes),
      ...notices.map((notice) => notice.taxType),
    ]);
    const columns = new Map<string, PoaPeriod>();
    const addColumn = (period: PoaPeriod) => columns.set(periodLabel(period), period);
    notices.forEach((notice) => notice.taxPeriods.forEach(addColumn));
    for (const poa of poas) {
      for (const period of poa.periods) {
        if (isYearRange(period)) for (let year = period.fromYear; year <= period.toYear; year += 1) addColumn({ year });
        else addColumn(period);
      }
    }
    const periods = [...columns.values()].sort(byStart);
    const inForce = poas
      .filter((poa) => inForceOn(toCoverageAuthorization(poa), date))
      .sort((a, b) => (b.effectiveOn ?? '').localeCompare(a.effectiveOn ?? ''));
    return {
      clientId: client.id,
      asOf: date,
      periods: periods.map(periodLabel),
      rows: TAX_TYPES.filter((taxType) => taxTypes.has(taxType)).map((taxType) => ({
        taxType,
        cells: periods.map((period) => {
          const poa = inForce.find(
            (candidate) =>
              candidate.taxTypes.includes(taxType) && periodsCoverSpan(candidate.periods, monthSpanOf(period)),
          );
          if (!poa?.representative) return { period: periodLabel(period), poa: null };
          const { daysToExpiry, expiringSoon } = expiryFigures(poa, date, rules);
          return {
            period: periodLabel(period),
            poa: {
              id: poa.id,
              representative: { id: poa.representative.id, fullName: poa.representative.fullName },
              expiresOn: poa.expiresOn,
              daysToExpiry,
              expiringSoon,
            },
          };
        }),
      })),
    };
  }

  /**
   * Applies the LGL-001 revocation rule for an authorization just recorded as active: earlier ones on file
   * for shared matters are revoked from the day it takes effect, each audited; a later one on file for a
   * shared matter means this one is not the current authorization, which is refused.
   */
  private async revokeEarlier(
    actor: Actor,
    manager: EntityManager,
    recorded: PoaAuthorization,
    today: IsoDate,
    rules: RuleTables,
  ): Promise<PoaRevocationView[]> {
    const others = await this.forClient(actor, manager, recorded.clientId);
    const plan = planRevocations(recorded, others, today);
    if (plan.newer.length > 0) {
      const { poa, overlap } = plan.newer[0];
      throw new ConflictException({
        message:
          `An LGL-001 signed later (${poa.signedOn}, naming ${poa.representative?.fullName}) is already on file for ` +
          `${overlap.taxTypes.map((taxType) => matterLabel(taxType, overlap.periods)).join('; ')}; DRS treats that one as current, so this one cannot be active for the same matters`,
        newerPoaIds: plan.newer.map((entry) => entry.poa.id),
      });
    }
    const revokedOn = recorded.effectiveOn ?? today;
    const revoked: PoaRevocationView[] = [];
    for (const { poa, overlap } of plan.revoke) {
      const before = poaSnapshot(toPoaView(poa, today, rules));
      Object.assign(poa, {
        status: 'revoked',
        revokedOn,
        revokedByPoaId: recorded.id,
        revocationReason: `Replaced by the LGL-001 signed on ${recorded.signedOn} for ${overlap.taxTypes.map((taxType) => matterLabel(taxType, overlap.periods)).join('; ')}`,
      });
      await manager.save(poa);
      const after = toPoaView(await this.load(actor, manager, poa.id), today, rules);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'poa_authorization',
        entityId: poa.id,
        before,
        after: poaSnapshot(after),
      });
      revoked.push({
        id: poa.id,
        representative: { id: poa.representativeId, fullName: poa.representative?.fullName ?? '' },
        taxTypes: [...poa.taxTypes],
        periodLabels: [...poa.periods].sort(byStart).map(periodLabel),
        overlap: { taxTypes: overlap.taxTypes, periodLabels: overlap.periods.map(periodLabel) },
      });
    }
    return revoked;
  }

  /** Every authorization of the client, with client and representative, oldest first. */
  private forClient(actor: Actor, manager: EntityManager, clientId: string): Promise<PoaAuthorization[]> {
    return manager.find(PoaAuthorization, {
      where: { clientId, firmId: actor.firmId },
      relations: { client: true, representative: true },
      withDeleted: true,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async load(actor: Actor, manager: EntityManager, id: string): Promise<PoaAuthorization> {
    const poa = await this.poas.within(manager).get(actor, id);
    return manager.findOneOrFail(PoaAuthorization, {
      where: { id: poa.id },
      relations: { client: true, representative: true },
      withDeleted: true,
    });
  }

  private async clientOf(actor: Actor, manager: EntityManager, clientId: string): Promise<Client> {
    const client = await manager.findOne(Client, { where: { id: clientId, firmId: actor.firmId } });
    if (!client) throw FieldValidationError.of('clientId', 'must be a client of your firm');
    return client;
  }

  private async checkRepresentative(actor: Actor, userId: string): Promise<void> {
    if (!(await this.users.findInFirm(actor, userId)))
      throw FieldValidationError.of('representativeId', 'must be an active user of your firm');
  }

  /** The row locked for a change, after the client's turn (same lock order as recording, so no deadlock). */
  private async lockedForWrite(actor: Actor, manager: EntityManager, id: string): Promise<PoaAuthorization> {
    const { clientId } = await this.poas.within(manager).get(actor, id);
    await this.lockClientAuthorizations(manager, clientId);
    return this.poas.within(manager).get(actor, id, { lock: true });
  }

  /**
   * Writes to one client's authorizations take turns (a transaction-scoped advisory lock on the client), so
   * two LGL-001s recorded at once cannot both miss each other and both stay active.
   */
  private async lockClientAuthorizations(manager: EntityManager, clientId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`poa:${clientId}`]);
  }
}
