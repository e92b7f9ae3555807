import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { effectiveRules, RuleOverrides, RuleTables } from '@nutmeg/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/actor';
import { preparedQuery } from '../database/prepared-query';
import { Firm } from '../firms/firm.entity';

/**
 * The Connecticut rules a firm works under: the defaults from libs/domain with the firm's own overrides
 * (a jsonb column on `firm`) merged in and validated by the domain. Every number the api computes uses
 * these, so a firm's correction applies everywhere at once.
 */
@Injectable()
export class FirmRulesService {
  private readonly cache = new Map<string, RuleTables>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async effectiveFor(actor: Actor): Promise<RuleTables> {
    // Read on every list and case read, so a prepared statement; never cached here, so another replica's
    // change to the firm's rules applies at once.
    const [firm] = await preparedQuery<{ ruleOverrides: RuleOverrides }>(this.dataSource.manager, 'SELECT rule_overrides AS "ruleOverrides" FROM firm WHERE id = $1', [
      actor.firmId,
    ]);
    if (!firm) throw new Error(`firm ${actor.firmId} of a signed-in user is missing`);
    return this.compiled(firm.ruleOverrides);
  }

  /**
   * Merging and validating the tables costs more than the rest of a list request, and the rules engine
   * caches its compiled rates per tables object; so equal overrides share one frozen tables object.
   */
  private compiled(overrides: RuleOverrides): RuleTables {
    const key = JSON.stringify(overrides ?? {});
    let rules = this.cache.get(key);
    if (!rules) {
      rules = effectiveRules(overrides);
      if (this.cache.size >= 500) this.cache.clear();
      this.cache.set(key, rules);
    }
    return rules;
  }

  async overridesFor(actor: Actor): Promise<RuleOverrides> {
    const firm = await this.dataSource.getRepository(Firm).findOneByOrFail({ id: actor.firmId });
    return firm.ruleOverrides;
  }

  /** Replaces the firm's overrides after the domain has validated them (DomainValidationError → 400). */
  async replaceOverrides(actor: Actor, overrides: RuleOverrides): Promise<RuleTables> {
    const rules = this.compiled(overrides);
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const firm = await manager.getRepository(Firm).findOneOrFail({ where: { id: actor.firmId }, lock: { mode: 'pessimistic_write' } });
      await manager.update(Firm, { id: actor.firmId }, { ruleOverrides: overrides as object });
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'firm_rules',
        entityId: actor.firmId,
        before: { overrides: firm.ruleOverrides },
        after: { overrides },
      });
    });
    return rules;
  }
}
