import { type Permission, type Role, roleHasPermission } from '@nutmeg/contracts';
import type { IconName } from '../shared/icon';

export interface NavItem {
  label: string;
  /** Route path under the shell, without a leading slash. */
  path: string;
  icon: IconName;
  /** The permission the page's api calls need; the item is hidden from roles without it. */
  permission: Permission;
  /**
   * The page is the start page only for roles also holding this permission (the caseload board is where
   * people who own a caseload start; assistants, who may look at it but not move cases, start elsewhere).
   */
  landingPermission?: Permission;
}

/** Every page of the app, in menu order. A page is listed here only once it exists. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Caseload', path: 'board', icon: 'board', permission: 'notices:read', landingPermission: 'notices:write' },
  { label: 'Triage', path: 'triage', icon: 'inbox', permission: 'notices:read', landingPermission: 'notices:write' },
  // Assistants may read every case but start on the clients page, as before the list existed.
  { label: 'Cases', path: 'cases', icon: 'list', permission: 'notices:read', landingPermission: 'notices:write' },
  { label: 'Dashboard', path: 'dashboard', icon: 'dashboard', permission: 'dashboard:read' },
  { label: 'Clients', path: 'clients', icon: 'clients', permission: 'clients:read' },
  { label: 'Calls', path: 'calls', icon: 'phone', permission: 'calls:read' },
  { label: 'Calculator', path: 'calculator', icon: 'calculator', permission: 'calculator:use' },
];

export function visibleNavItems(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => roleHasPermission(role, item.permission));
}

/** Where a role lands after signing in: the first page of its menu that is meant as its start page. */
export function landingPath(role: Role, items: readonly NavItem[] = NAV_ITEMS): string {
  const visible = visibleNavItems(role, items);
  const landing = visible.find((item) => !item.landingPermission || roleHasPermission(role, item.landingPermission));
  return (landing ?? visible[0])?.path ?? 'clients';
}
