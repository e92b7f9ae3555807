import { Module } from '@nestjs/common';
import { FirmRulesService } from './firm-rules.service';
import { RulesController } from './rules.controller';

@Module({ controllers: [RulesController], providers: [FirmRulesService], exports: [FirmRulesService] })
export class RulesModule {}
