import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { AuthGuard } from './auth.guard';
import { RequirePermission } from './require-permission.decorator';

class Routes {
  undeclared(): void {
    return undefined;
  }

  @RequirePermission('public')
  open(): void {
    return undefined;
  }
}

function contextFor(handler: () => void): ExecutionContext {
  return {
    getHandler: () => handler,
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

describe('AuthGuard', () => {
  const users = { findOne: jest.fn() } as unknown as Repository<User>;
  const guard = new AuthGuard(new Reflector(), new JwtService({ secret: 'unit-test-secret' }), users);

  it('refuses a route that declares no permission, even before looking at the token (fail closed)', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.undeclared))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('lets a public route through without a token', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.open))).resolves.toBe(true);
    expect(users.findOne).not.toHaveBeenCalled();
  });
});
