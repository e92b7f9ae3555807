import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from '../common/auth.guard';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { PasswordHasher } from './password-hasher';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: jsonwebtoken otherwise tries to parse a string secret as a PEM public
        // key on every request before treating it as HMAC (≈0.5 ms per call).
        secret: createSecretKey(Buffer.from(config.jwt.secret)) as unknown as string,
        signOptions: { expiresIn: config.jwt.expiresInSeconds, issuer: 'nutmeg' },
        verifyOptions: { issuer: 'nutmeg' },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [
        { name: 'login', ttl: config.loginRateLimit.windowSeconds * 1000, limit: config.loginRateLimit.limit },
      ],
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, LoginThrottlerGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [PasswordHasher, JwtModule],
})
export class AuthModule {}
