import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { LoginResponse, SessionUser } from '@nutmeg/contracts';
import { Repository } from 'typeorm';
import { Actor } from '../common/actor';
import { AccessTokenPayload } from '../common/auth.guard';
import { User } from '../users/user.entity';
import { PasswordHasher } from './password-hasher';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** One answer for an unknown email, a wrong password and a deactivated user. */
  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase() }, relations: { firm: true } });
    const valid = await this.hasher.verify(user?.active ? user.passwordHash : null, password);
    if (!user || !valid) throw new UnauthorizedException('Email or password is not right');
    const payload: AccessTokenPayload = { sub: user.id, firmId: user.firmId, role: user.role };
    const accessToken = await this.jwt.signAsync(payload);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString(), user: toSessionUser(user) };
  }

  async me(actor: Actor): Promise<SessionUser> {
    const user = await this.users.findOneOrFail({ where: { id: actor.userId }, relations: { firm: true } });
    return toSessionUser(user);
  }
}

function toSessionUser(user: User): SessionUser {
  if (!user.firm) throw new Error('user loaded without its firm');
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    firm: { id: user.firm.id, name: user.firm.name },
  };
}
