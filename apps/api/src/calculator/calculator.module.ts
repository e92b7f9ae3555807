import { Module } from '@nestjs/common';
import { RulesModule } from '../rules/rules.module';
import { CalculatorController } from './calculator.controller';
import { CalculatorService } from './calculator.service';

@Module({ imports: [RulesModule], controllers: [CalculatorController], providers: [CalculatorService] })
export class CalculatorModule {}
