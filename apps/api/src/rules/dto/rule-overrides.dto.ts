import { IsObject } from 'class-validator';

export class RuleOverridesDto {
  /**
   * A deep-partial copy of the rule tables, e.g.
   * `{ "taxTypes": { "other": { "latePaymentPenalty": { "value": { "rate": "0.15" } } } } }`.
   * The rules engine validates every value and names the path of a bad one.
   */
  @IsObject()
  overrides!: Record<string, unknown>;
}
