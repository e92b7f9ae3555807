/** A user's single role inside their firm (DESIGN.md "Roles"). */
export const ROLES = ['manager', 'practitioner', 'assistant'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a route can demand. Each api route declares exactly one of these; ROLE_PERMISSIONS decides who
 * holds it. The web app uses the same table to hide navigation a role cannot use.
 */
export const PERMISSIONS = [
  'public',
  'session:read',
  'firm:read',
  'users:read',
  'clients:read',
  'clients:write',
  'clients:delete',
  'notices:read',
  'notices:write',
  'notices:assign',
  'notices:checklist',
  'resolutions:write',
  'poa:read',
  'poa:write',
  'calls:read',
  'calls:write',
  'documents:read',
  'documents:write',
  'alerts:read',
  'sweeps:run',
  'calculator:use',
  'rules:read',
  'rules:write',
  'audit:read',
  'dashboard:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERY_SIGNED_IN_USER: Permission[] = [
  'session:read',
  'firm:read',
  'users:read',
  'clients:read',
  'notices:read',
  // Assistants verify notices too: the legitimacy checklist is record-keeping, not a decision.
  'notices:checklist',
  // Assistants keep POA records current and log DRS calls: everyday record-keeping for every role.
  'poa:read',
  'poa:write',
  'calls:read',
  'calls:write',
  // Collecting documents is assistants' work as much as anyone's.
  'documents:read',
  'documents:write',
  'alerts:read',
  'calculator:use',
  'rules:read',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Managers run the firm: everything, including deletes and the audit log.
  manager: [
    ...EVERY_SIGNED_IN_USER,
    'clients:write',
    'clients:delete',
    'notices:write',
    'notices:assign',
    'resolutions:write',
    'rules:write',
    'sweeps:run',
    'audit:read',
    // Firm-wide figures (who is overloaded, dollars at risk) are for the people who run the firm.
    'dashboard:read',
  ],
  // Practitioners work their caseload: they create and edit clients but do not delete them.
  practitioner: [...EVERY_SIGNED_IN_USER, 'clients:write', 'notices:write', 'resolutions:write'],
  // Assistants read cases, log calls and keep records; client master data is not theirs to change.
  assistant: [...EVERY_SIGNED_IN_USER],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return permission === 'public' || ROLE_PERMISSIONS[role].includes(permission);
}
