import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Permission, ROLE_PERMISSIONS, ROLES } from '@nutmeg/contracts';

export const PERMISSION_KEY = 'nutmeg:permission';

/**
 * The one way a route declares who may call it. AuthGuard refuses any route without it, and
 * test/route-permissions.int-spec.ts snapshots every route with its permission.
 */
export function RequirePermission(permission: Permission): MethodDecorator & ClassDecorator {
  if (permission === 'public') return applyDecorators(SetMetadata(PERMISSION_KEY, permission));
  const roles = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid bearer token' }),
    ApiForbiddenResponse({ description: `Needs "${permission}" (roles: ${roles.join(', ')})` }),
  );
}
