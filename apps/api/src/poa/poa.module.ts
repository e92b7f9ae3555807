import { Module } from '@nestjs/common';
import { RulesModule } from '../rules/rules.module';
import { UsersModule } from '../users/users.module';
import { PoaController } from './poa.controller';
import { PoaService } from './poa.service';

@Module({
  imports: [RulesModule, UsersModule],
  controllers: [PoaController],
  providers: [PoaService],
  exports: [PoaService],
})
export class PoaModule {}
