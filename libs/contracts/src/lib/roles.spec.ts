import { PERMISSIONS, ROLE_PERMISSIONS, roleHasPermission } from './roles';

describe('role permissions', () => {
  it('gives managers every permission', () => {
    for (const permission of PERMISSIONS) expect(roleHasPermission('manager', permission)).toBe(true);
  });

  it('keeps deletes and the audit log from practitioners and assistants', () => {
    expect(roleHasPermission('practitioner', 'clients:delete')).toBe(false);
    expect(roleHasPermission('assistant', 'clients:write')).toBe(false);
    expect(roleHasPermission('assistant', 'audit:read')).toBe(false);
  });

  it('shows the firm dashboard to managers only', () => {
    expect(roleHasPermission('manager', 'dashboard:read')).toBe(true);
    expect(roleHasPermission('practitioner', 'dashboard:read')).toBe(false);
    expect(roleHasPermission('assistant', 'dashboard:read')).toBe(false);
  });

  it('lets every role keep POA records and log DRS calls', () => {
    for (const role of ['manager', 'practitioner', 'assistant'] as const) {
      for (const permission of ['poa:read', 'poa:write', 'calls:read', 'calls:write'] as const) expect(roleHasPermission(role, permission)).toBe(true);
    }
  });

  it('never lists a permission that does not exist', () => {
    for (const granted of Object.values(ROLE_PERMISSIONS)) {
      for (const permission of granted) expect(PERMISSIONS).toContain(permission);
    }
  });
});
