import { readFileSync } from 'node:fs';
import { RULES_DOC, renderRuleRows, withRuleRows } from '../scripts/rules-doc';

describe('docs/rules.md', () => {
  it('lists every rule row exactly as the default tables hold it', () => {
    const page = readFileSync(RULES_DOC, 'utf8');
    // On failure, regenerate: npx ts-node -P tools/bench/tsconfig.json tools/scripts/rules-doc.ts
    expect(page).toBe(withRuleRows(page, renderRuleRows()));
  });
});
