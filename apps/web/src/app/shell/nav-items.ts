import { type Permission, type Role, roleHasPermission } from '@nutmeg/contracts';
import type { IconName } from '../shared/icon';

export interface NavItem {
  label: string;
  /** Route path under the shell, without a leading slash. */
  path: string;
  icon: IconName;
  /** The permission the page's api calls need; the item is hidden from roles without it. */
  permission: Permission;
}

/** Every page of the app, in menu order. A page is listed here only once it exists. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Clients', path: 'clients', icon: 'clients', permission: 'clients:read' },
  { label: 'Calculator', path: 'calculator', icon: 'calculator', permission: 'calculator:use' },
];

export function visibleNavItems(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => roleHasPermission(role, item.permission));
}
