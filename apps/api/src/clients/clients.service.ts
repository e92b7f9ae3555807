import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientKind, ClientView, Page } from '@nutmeg/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/actor';
import { FieldValidationError } from '../common/field-validation.error';
import { FirmScopedRepository } from '../common/firm-scoped.repository';
import { assertCurrentVersion } from '../common/optimistic-lock';
import { FieldCipher } from '../crypto/field-cipher';
import { UsersService } from '../users/users.service';
import { Client } from './client.entity';
import { toClientView } from './client.view';
import { ClientFieldsDto, CreateClientDto } from './dto/client-write.dto';
import { ClientQueryDto } from './dto/client-query.dto';
import { UpdateClientDto } from './dto/update-client.dto';
import { parseTaxpayerId } from './taxpayer-id';

const ASSIGNABLE_ROLES = ['practitioner', 'manager'];

@Injectable()
export class ClientsService {
  private readonly clients: FirmScopedRepository<Client>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {
    this.clients = new FirmScopedRepository(Client, dataSource.manager, 'Client');
  }

  async list(actor: Actor, query: ClientQueryDto): Promise<Page<ClientView>> {
    const builder = this.clients
      .query(actor, 'client')
      .leftJoinAndSelect('client.assignedPractitioner', 'practitioner')
      .orderBy('client.legalName', 'ASC')
      .addOrderBy('client.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const search = query.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(client.legalName ILIKE :pattern OR client.dba ILIKE :pattern)', { pattern });
    }
    if (query.assigneeId) builder.andWhere('client.assignedPractitionerId = :assigneeId', { assigneeId: query.assigneeId });
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toClientView), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<ClientView> {
    return toClientView(await this.load(actor, id, this.dataSource.manager));
  }

  async create(actor: Actor, dto: CreateClientDto): Promise<ClientView> {
    return this.inTransaction(async (manager) => {
      const client = manager.create(Client, { firmId: actor.firmId, kind: dto.kind });
      await this.apply(actor, client, dto, dto.kind);
      const saved = await this.clients.within(manager).repository.save(client);
      const view = toClientView(await this.load(actor, saved.id, manager));
      await this.audit.record(manager, actor, { action: 'create', entityType: 'client', entityId: saved.id, after: view });
      return view;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateClientDto): Promise<ClientView> {
    return this.inTransaction(async (manager) => {
      const client = await this.clients.within(manager).get(actor, id, { lock: true });
      assertCurrentVersion(client, dto.version, 'This client');
      const before = toClientView(await this.load(actor, id, manager));
      const kind = dto.kind ?? client.kind;
      if (kind !== client.kind && client.taxpayerIdCipher && dto.taxpayerId === undefined) {
        throw FieldValidationError.of('taxpayerId', `must be given again when the client changes to ${kind} (an ${kind === 'individual' ? 'SSN' : 'FEIN'})`);
      }
      client.kind = kind;
      await this.apply(actor, client, dto, kind);
      await this.clients.within(manager).repository.save(client);
      const after = toClientView(await this.load(actor, id, manager));
      await this.audit.record(manager, actor, { action: 'update', entityType: 'client', entityId: id, before, after });
      return after;
    });
  }

  /** Soft delete: the client disappears from lists but its history and audit trail stay. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.inTransaction(async (manager) => {
      await this.clients.within(manager).get(actor, id, { lock: true });
      const before = toClientView(await this.load(actor, id, manager));
      await manager.softDelete(Client, { id, firmId: actor.firmId });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'client', entityId: id, before });
    });
  }

  private async load(actor: Actor, id: string, manager: EntityManager): Promise<Client> {
    const client = await this.clients.within(manager).get(actor, id);
    if (client.assignedPractitionerId) {
      client.assignedPractitioner = await this.users.findInFirm(actor, client.assignedPractitionerId);
    }
    return client;
  }

  /** Copies the sent fields onto the entity; absent fields stay, `null` clears. */
  private async apply(actor: Actor, client: Client, dto: Partial<ClientFieldsDto>, kind: ClientKind): Promise<void> {
    const simple = [
      'legalName', 'dba', 'ctRegistrationNumber', 'ctAccountNumber', 'phone', 'email', 'notes',
      'hasW2Wages', 'employerName', 'knownBankAccounts', 'ownsRealProperty', 'expectsFederalRefund',
      'holdsCtBusinessRegistration', 'inBankruptcy', 'underCriminalInvestigation',
    ] as const;
    for (const field of simple) {
      const value = dto[field];
      if (value !== undefined) (client as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? value.trim() : value;
    }
    if (dto.address) {
      for (const field of ['street', 'city', 'state', 'postalCode'] as const) {
        if (dto.address[field] !== undefined) client[field] = dto.address[field]?.trim() ?? null;
      }
    }
    if (dto.taxpayerId !== undefined) this.applyTaxpayerId(client, kind, dto.taxpayerId);
    if (dto.assignedPractitionerId !== undefined) {
      if (dto.assignedPractitionerId !== null) {
        const user = await this.users.findInFirm(actor, dto.assignedPractitionerId);
        if (!user || !ASSIGNABLE_ROLES.includes(user.role)) {
          throw FieldValidationError.of('assignedPractitionerId', 'must be a practitioner or manager of your firm');
        }
      }
      client.assignedPractitionerId = dto.assignedPractitionerId;
    }
  }

  private applyTaxpayerId(client: Client, kind: ClientKind, raw: string | null): void {
    if (raw === null || raw.trim() === '') {
      Object.assign(client, { taxpayerIdCipher: null, taxpayerIdKind: null, taxpayerIdLast4: null, taxpayerIdFingerprint: null });
      return;
    }
    const parsed = parseTaxpayerId(kind, raw);
    if (!parsed.ok) throw FieldValidationError.of('taxpayerId', parsed.message);
    client.taxpayerIdCipher = this.cipher.encrypt(parsed.value.digits);
    client.taxpayerIdKind = parsed.value.kind;
    client.taxpayerIdLast4 = parsed.value.last4;
    client.taxpayerIdFingerprint = this.cipher.fingerprint(parsed.value.digits);
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'client_firm_taxpayer_fingerprint_key') {
        throw new ConflictException({
          message: 'Another client of your firm already has this taxpayer id',
          fields: { taxpayerId: ['taxpayerId is already on file for another client'] },
        });
      }
      throw error;
    }
  }
}
