import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listRuleRows, RuleOverrides, RuleRowView } from '@nutmeg/domain';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { RuleOverridesDto } from './dto/rule-overrides.dto';
import { FirmRulesService } from './firm-rules.service';

export interface EffectiveRulesView {
  /** Every rule row with its value, citation, notes and conflicts; `overridden` marks the firm's own. */
  rows: readonly RuleRowView[];
  overrides: RuleOverrides;
}

@ApiTags('rules')
@Controller('rules')
export class RulesController {
  constructor(private readonly rules: FirmRulesService) {}

  /** The Connecticut rules in force for your firm, each with its source (read-only for everyone). */
  @Get()
  @RequirePermission('rules:read')
  async effective(@CurrentActor() actor: Actor): Promise<EffectiveRulesView> {
    const [tables, overrides] = await Promise.all([this.rules.effectiveFor(actor), this.rules.overridesFor(actor)]);
    return { rows: listRuleRows(tables), overrides };
  }

  /** Replaces your firm's overrides of the default rules (managers); validated value by value. */
  @Put('overrides')
  @RequirePermission('rules:write')
  async replaceOverrides(@CurrentActor() actor: Actor, @Body() body: RuleOverridesDto): Promise<EffectiveRulesView> {
    const tables = await this.rules.replaceOverrides(actor, body.overrides as RuleOverrides);
    return { rows: listRuleRows(tables), overrides: body.overrides as RuleOverrides };
  }
}
