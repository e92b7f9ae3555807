import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Role, roleHasPermission } from '@nutmeg/contracts';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { Actor } from './actor';
import { PERMISSION_KEY } from './require-permission.decorator';

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
}

export interface AccessTokenPayload {
  sub: string;
  firmId: string;
  role: Role;
}

/**
 * Global guard: every route must declare a permission (fail closed), the bearer token must verify, the
 * user must still exist and be active (a deactivated user's token stops working at once), and their
 * current role must hold the permission.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission) throw new ForbiddenException('This route declares no permission, so nobody may call it');
    if (permission === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const payload = await this.verify(request);
    // Every request asks this, so it is a prepared statement (planned once per connection).
    const [user] = await preparedQuery<{ id: string; firmId: string; role: Role }>(
      this.dataSource.manager,
      'SELECT id, firm_id AS "firmId", role FROM app_user WHERE id = $1 AND firm_id = $2 AND active',
      [payload.sub, payload.firmId],
    );
    if (!user) throw new UnauthorizedException('Your session has ended; sign in again');
    if (!roleHasPermission(user.role, permission)) {
      throw new ForbiddenException(`Your role (${user.role}) may not do this (needs "${permission}")`);
    }
    request.actor = { userId: user.id, firmId: user.firmId, role: user.role };
    return true;
  }

  private async verify(request: Request): Promise<AccessTokenPayload> {
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Sign in first (no bearer token)');
    try {
      return await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw new UnauthorizedException('Your session has ended; sign in again');
    }
  }
}
