import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { LoginResponse, SessionUser } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Exchanges email and password for a bearer token. */
  @Post('login')
  @HttpCode(200)
  @RequirePermission('public')
  @UseGuards(LoginThrottlerGuard)
  @ApiUnauthorizedResponse({ description: 'Email or password is not right' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this email from this address' })
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password);
  }

  /** The signed-in user and their firm. */
  @Get('me')
  @RequirePermission('session:read')
  me(@CurrentActor() actor: Actor): Promise<SessionUser> {
    return this.auth.me(actor);
  }
}
