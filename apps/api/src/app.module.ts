import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AlertsModule } from './alerts/alerts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CallsModule } from './calls/calls.module';
import { CalculatorModule } from './calculator/calculator.module';
import { ClientsModule } from './clients/clients.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { CommonModule } from './common/common.module';
import { CryptoModule } from './crypto/crypto.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatabaseModule } from './database/database.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { NoticesModule } from './notices/notices.module';
import { PoaModule } from './poa/poa.module';
import { ResolutionsModule } from './resolutions/resolutions.module';
import { RulesModule } from './rules/rules.module';
import { SeedModule } from './seed/seed.module';
import { SweepsModule } from './sweeps/sweeps.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        CommonModule,
        CryptoModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ClientsModule,
        RulesModule,
        CalculatorModule,
        NoticesModule,
        PoaModule,
        CallsModule,
        ResolutionsModule,
        DocumentsModule,
        IntakeModule,
        SweepsModule,
        AlertsModule,
        DashboardModule,
        HealthModule,
        SeedModule,
        ...webAppModule(config),
      ],
    };
  }
}

/** The built Angular app, served at / with index.html for client-side routes; absent in api-only runs. */
function webAppModule(config: AppConfig): DynamicModule[] {
  if (!existsSync(join(config.webRoot, 'index.html'))) return [];
  return [ServeStaticModule.forRoot({ rootPath: config.webRoot, exclude: ['/api{/*path}'] })];
}
