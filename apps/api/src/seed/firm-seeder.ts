import { Role } from '@nutmeg/contracts';
import { EntityManager } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { Client } from '../clients/client.entity';
import { parseTaxpayerId } from '../clients/taxpayer-id';
import { FieldCipher } from '../crypto/field-cipher';
import { Firm } from '../firms/firm.entity';
import { User } from '../users/user.entity';
import { GeneratedClient } from './demo-clients';

export interface SeedUser {
  email: string;
  fullName: string;
  role: Role;
  passwordHash: string;
}

/**
 * Writes a firm, its users and its clients in bulk (multi-row inserts), with a `create` audit event per
 * client from the system actor. Used by the demo seed at start-up and by tools/seed for benchmarks.
 */
export async function seedFirm(
  manager: EntityManager,
  cipher: FieldCipher,
  input: { name: string; users: SeedUser[]; clients: GeneratedClient[]; assign: (index: number, users: User[]) => User | null },
): Promise<{ firm: Firm; users: User[]; clientCount: number }> {
  const firm = await manager.save(manager.create(Firm, { name: input.name }));
  const users = await manager.save(input.users.map((user) => manager.create(User, { ...user, firmId: firm.id })));
  const batchSize = 500;
  for (let start = 0; start < input.clients.length; start += batchSize) {
    const rows = input.clients.slice(start, start + batchSize).map((client, offset) => {
      const parsed = parseTaxpayerId(client.kind, client.taxpayerIdDigits);
      if (!parsed.ok) throw new Error(`generated an invalid taxpayer id for ${client.legalName}`);
      const { taxpayerIdDigits: _digits, ...fields } = client;
      return {
        ...fields,
        firmId: firm.id,
        assignedPractitionerId: input.assign(start + offset, users)?.id ?? null,
        taxpayerIdCipher: cipher.encrypt(parsed.value.digits),
        taxpayerIdKind: parsed.value.kind,
        taxpayerIdLast4: parsed.value.last4,
        taxpayerIdFingerprint: cipher.fingerprint(parsed.value.digits),
      };
    });
    const inserted = await manager.createQueryBuilder().insert().into(Client).values(rows).returning(['id']).execute();
    const ids = inserted.identifiers.map((identifier) => identifier['id'] as string);
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values(
        ids.map((id, index) => ({
          firmId: firm.id,
          actorUserId: null,
          action: 'create' as const,
          entityType: 'client',
          entityId: id,
          after: { legalName: rows[index].legalName, source: 'seed' },
        })),
      )
      .execute();
  }
  return { firm, users, clientCount: input.clients.length };
}
