import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Deadline, InstallmentSchedule, PayoffRun } from '@nutmeg/domain';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { FirmRulesService } from '../rules/firm-rules.service';
import { CalculatorService, QuoteView } from './calculator.service';
import { DeadlinesDto } from './dto/deadlines.dto';
import { InstallmentPlanDto } from './dto/installment-plan.dto';
import { ProjectionDto, QuoteDto } from './dto/quote.dto';

@ApiTags('calculator')
@Controller('calculator')
export class CalculatorController {
  constructor(
    private readonly calculator: CalculatorService,
    private readonly rules: FirmRulesService,
  ) {}

  /** Penalty, interest and total owed as of a day, month by month, with the rules used and the cost of waiting. */
  @Post('quote')
  @HttpCode(200)
  @RequirePermission('calculator:use')
  async quote(@CurrentActor() actor: Actor, @Body() body: QuoteDto): Promise<QuoteView> {
    return this.calculator.quote(await this.rules.effectiveFor(actor), body);
  }

  /** The payoff for every day of a range, as runs of days that cost the same ("if paid on date D"). */
  @Post('projection')
  @HttpCode(200)
  @RequirePermission('calculator:use')
  async projection(@CurrentActor() actor: Actor, @Body() body: ProjectionDto): Promise<{ runs: PayoffRun[] }> {
    return this.calculator.projection(await this.rules.effectiveFor(actor), body);
  }

  /** The deadlines a notice starts, each with its rule, citation and weekend/holiday roll. */
  @Post('deadlines')
  @HttpCode(200)
  @RequirePermission('calculator:use')
  async deadlines(@CurrentActor() actor: Actor, @Body() body: DeadlinesDto): Promise<{ deadlines: Deadline[] }> {
    return this.calculator.deadlines(await this.rules.effectiveFor(actor), body);
  }

  /** A dated installment schedule (2–12 months) with interest still accruing, and the level monthly amount. */
  @Post('installment-plan')
  @HttpCode(200)
  @RequirePermission('calculator:use')
  async installmentPlan(@CurrentActor() actor: Actor, @Body() body: InstallmentPlanDto): Promise<InstallmentSchedule> {
    return this.calculator.installmentPlan(await this.rules.effectiveFor(actor), body);
  }
}
