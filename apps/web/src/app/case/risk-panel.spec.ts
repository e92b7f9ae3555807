import { TestBed } from '@angular/core/testing';
import type { NoticeFigures } from '@nutmeg/contracts';
import { find, mechanismRisk, textOf } from '../testing/fixtures';
import { RiskPanel } from './risk-panel';

const risk: NoticeFigures['risk'] = {
  score: 90,
  level: 'critical',
  topMechanism: 'bank_levy',
  mechanisms: [
    mechanismRisk('lien', 'high', ['Balance above the lien threshold']),
    mechanismRisk('bank_levy', 'critical', ['3 known bank accounts', 'Notice unanswered for 95 days']),
    mechanismRisk('asset_seizure', 'low', []),
  ],
};

describe('RiskPanel', () => {
  async function render(value: NoticeFigures['risk']): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(RiskPanel);
    fixture.componentRef.setInput('risk', value);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('lists every mechanism, most threatening first, with its level, score and reasons', async () => {
    const element = await render(risk);
    const rows = Array.from(element.querySelectorAll<HTMLElement>('[data-testid=risk-row]'));

    expect(rows.map((row) => [row.dataset['mechanism'], row.dataset['level']])).toEqual([
      ['bank_levy', 'critical'],
      ['lien', 'high'],
      ['asset_seizure', 'low'],
    ]);
    expect(textOf(rows[0])).toContain('Bank levy');
    expect(textOf(rows[0])).toContain('3 known bank accounts');
    expect(textOf(rows[0])).toContain('Notice unanswered for 95 days');
    expect(find(rows[0], '[role=meter]').getAttribute('aria-valuenow')).toBe('90');
    expect(rows[2].querySelector('.reasons')).toBeNull();
  });

  it('sums it up: the overall level and the likeliest next step', async () => {
    const element = await render(risk);
    expect(textOf(find(element, '[data-testid=risk-overall]'))).toBe('critical');
    expect(textOf(element)).toContain('(90 of 100); most likely next: bank levy.');
  });

  it('says so when nothing was scored', async () => {
    const element = await render({ score: 0, level: 'low', topMechanism: '', mechanisms: [] });
    expect(textOf(element)).toContain('No escalation scored for this case.');
  });
});
