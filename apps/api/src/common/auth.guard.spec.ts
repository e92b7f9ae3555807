import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
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
  const query = jest.fn();
  const dataSource = { manager: { connection: { driver: { master: { query } } } } } as unknown as DataSource;
  const guard = new AuthGuard(new Reflector(), new JwtService({ secret: 'unit-test-secret' }), dataSource);

  it('refuses a route that declares no permission, even before looking at the token (fail closed)', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.undeclared))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('lets a public route through without a token', async () => {
    await expect(guard.canActivate(contextFor(Routes.prototype.open))).resolves.toBe(true);
    expect(query).not.toHaveBeenCalled();
  });
});
