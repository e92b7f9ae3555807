import { Role } from '@nutmeg/contracts';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { Firm } from '../../src/firms/firm.entity';
import { User } from '../../src/users/user.entity';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestFirm {
  firm: Firm;
  users: Record<Role, User>;
  tokens: Record<Role, string>;
}

/** A firm with one user per role, each signed in through the real login endpoint. */
export async function createFirm(testApp: TestApp, name: string): Promise<TestFirm> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const hash = await passwordHash;
  const dataSource: DataSource = testApp.dataSource;
  const firm = await dataSource.getRepository(Firm).save({ name });
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const users = {} as Record<Role, User>;
  const tokens = {} as Record<Role, string>;
  for (const role of ['manager', 'practitioner', 'assistant'] as const) {
    users[role] = await dataSource.getRepository(User).save({
      firmId: firm.id,
      email: `${role}@${slug}.test`,
      fullName: `${name} ${role}`,
      role,
      passwordHash: hash,
    });
    const response = await testApp.http
      .post('/api/auth/login')
      .send({ email: users[role].email, password: TEST_PASSWORD })
      .expect(200);
    tokens[role] = response.body.accessToken as string;
  }
  return { firm, users, tokens };
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
