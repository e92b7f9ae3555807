import { Module } from '@nestjs/common';
import { PoaModule } from '../poa/poa.module';
import { RulesModule } from '../rules/rules.module';
import { UsersModule } from '../users/users.module';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';

@Module({
  imports: [PoaModule, RulesModule, UsersModule],
  controllers: [CallsController],
  providers: [CallsService],
  exports: [CallsService],
})
export class CallsModule {}
