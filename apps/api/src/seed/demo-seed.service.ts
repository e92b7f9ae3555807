import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { Client } from '../clients/client.entity';
import { Firm } from '../firms/firm.entity';
import { DemoCaseload } from './demo-caseload';
import { generateClients } from './demo-clients';
import { seedFirm } from './firm-seeder';

export const DEMO_FIRM_NAME = 'Demo CPA Group';
export const DEMO_PASSWORD = 'nutmeg-demo';
export const DEMO_USERS = [
  { email: 'manager@demo.test', fullName: 'Margaret Chen', role: 'manager' },
  { email: 'practitioner@demo.test', fullName: 'Paul Ortiz', role: 'practitioner' },
  { email: 'assistant@demo.test', fullName: 'Alice Byrne', role: 'assistant' },
] as const;

/** On an empty database (no firm at all), creates the demo firm so a newcomer sees a real caseload. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly cipher: FieldCipher,
    private readonly caseload: DemoCaseload,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const seeded = await this.seedIfEmpty();
    if (seeded) this.logger.log(`Seeded "${DEMO_FIRM_NAME}" with ${seeded} clients (SEED_DEMO=false turns this off).`);
  }

  /** Returns the number of clients seeded, or 0 when the database already had a firm. */
  async seedIfEmpty(): Promise<number> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const seeded = await this.dataSource.transaction(async (manager) => {
      // Two replicas starting on an empty database must not both seed.
      await manager.query('SELECT pg_advisory_xact_lock(7261002)');
      if ((await manager.count(Firm)) > 0) return null;
      return seedFirm(manager, this.cipher, {
        name: DEMO_FIRM_NAME,
        users: DEMO_USERS.map((user) => ({ ...user, passwordHash })),
        clients: generateClients(40, 2026),
        // Most of the book is the practitioner's; the manager keeps a few; some wait for assignment.
        assign: (index, users) => (index % 5 === 4 ? null : index % 5 === 3 ? users[0] : users[1]),
      });
    });
    if (!seeded) return 0;
    // The caseload goes through the api's own services, each change in its own transaction, like real work.
    const [manager, practitioner, assistant] = seeded.users.map((user) => ({ userId: user.id, firmId: user.firmId, role: user.role }));
    const clients = await this.dataSource.getRepository(Client).find({ where: { firmId: seeded.firm.id }, order: { legalName: 'ASC' } });
    await this.caseload.seed({ manager, practitioner, assistant, clients });
    return seeded.clientCount;
  }
}
