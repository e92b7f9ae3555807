import { ROLES, roleHasPermission } from '@nutmeg/contracts';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { listRoutes } from './support/routes';
import { createTestApp, TestApp } from './support/test-app';

describe('route permissions', () => {
  let testApp: TestApp;
  let firm: TestFirm;

  beforeAll(async () => {
    testApp = await createTestApp();
    firm = await createFirm(testApp, 'Permission Partners');
  });
  afterAll(() => testApp.close());

  it('every route declares exactly one permission (a change shows up in this snapshot)', () => {
    const routes = listRoutes(testApp.app);
    expect(routes.filter((route) => !route.permission)).toEqual([]);
    expect(routes.map((route) => `${route.method.padEnd(6)} ${route.path} → ${route.permission}`)).toMatchSnapshot();
  });

  it('refuses each role with 403 wherever its role lacks the permission', async () => {
    const checked: string[] = [];
    for (const route of listRoutes(testApp.app)) {
      if (!route.permission || route.permission === 'public') continue;
      for (const role of ROLES) {
        if (roleHasPermission(role, route.permission)) continue;
        const path = route.path.replace(/:id\b/g, firm.users.manager.id);
        const response = await testApp.http[route.method.toLowerCase() as 'get'](path).set(bearer(firm.tokens[role])).send({});
        expect({ route: `${route.method} ${route.path}`, role, status: response.status }).toEqual({
          route: `${route.method} ${route.path}`,
          role,
          status: 403,
        });
        expect(response.body.message).toMatch(new RegExp(`needs "${route.permission}"`));
        checked.push(`${role} ${route.method} ${route.path}`);
      }
    }
    // Guards against a vacuous pass: the role table does forbid things today.
    expect(checked).toEqual(expect.arrayContaining(['assistant POST /api/clients', 'practitioner DELETE /api/clients/:id']));
  });

  it('answers 401 without a token and with a forged one on every non-public route', async () => {
    for (const route of listRoutes(testApp.app).filter((r) => r.permission !== 'public')) {
      const path = route.path.replace(/:id\b/g, firm.users.manager.id);
      const method = route.method.toLowerCase() as 'get';
      await testApp.http[method](path).expect(401);
      await testApp.http[method](path).set(bearer(`${firm.tokens.manager}x`)).expect(401);
    }
  });
});
