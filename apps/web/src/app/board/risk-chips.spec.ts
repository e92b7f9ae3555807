import { TestBed } from '@angular/core/testing';
import { mechanismRisk } from '../testing/fixtures';
import { RiskChips, riskChipsOf } from './risk-chips';

describe('riskChipsOf', () => {
  it('keeps the five board mechanisms in order, with the level and the reasons', () => {
    const chips = riskChipsOf([
      mechanismRisk('refund_offset', 'high', ['Expects a federal refund']),
      mechanismRisk('lien', 'low', []),
      mechanismRisk('asset_seizure', 'critical'),
    ]);
    expect(chips).toEqual([
      { mechanism: 'lien', label: 'Lien', level: 'low', description: 'Lien: low risk', reasons: 'Lien: low risk' },
      {
        mechanism: 'refund_offset',
        label: 'Refund offset',
        level: 'high',
        description: 'Refund offset: high risk',
        reasons: 'Refund offset: high risk. Expects a federal refund',
      },
    ]);
  });
});

describe('RiskChips', () => {
  it('renders one chip per mechanism, classed by level, with the reasons for the tooltip', async () => {
    const fixture = TestBed.createComponent(RiskChips);
    fixture.componentRef.setInput('mechanisms', [
      mechanismRisk('wage_garnishment', 'critical', ['W-2 wages at Acme', 'Balance referred']),
      mechanismRisk('bank_levy', 'elevated'),
    ]);
    await fixture.whenStable();
    const chips = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li'));

    expect(chips.map((chip) => chip.getAttribute('data-level'))).toEqual(['critical', 'elevated']);
    expect(chips[0].classList).toContain('level-critical');
    expect(chips[1].classList).toContain('level-elevated');
    expect(fixture.nativeElement.querySelector('ul').getAttribute('aria-label')).toBe('Escalation risk');
  });
});
