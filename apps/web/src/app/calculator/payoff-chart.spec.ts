import { TestBed } from '@angular/core/testing';
import type { PayoffRun } from '@nutmeg/domain';
import { find, textOf } from '../testing/fixtures';
import { chartGeometry, PayoffChart } from './payoff-chart';

const RUNS: PayoffRun[] = [
  { from: '2026-04-15', through: '2026-04-15', payoff: '2000.00', monthsLate: 0 },
  { from: '2026-04-16', through: '2026-05-15', payoff: '2220.00', monthsLate: 1 },
  { from: '2026-05-16', through: '2026-06-15', payoff: '2240.00', monthsLate: 2 },
];

describe('PayoffChart', () => {
  it('draws one step per run, rising from left to right', () => {
    const chart = chartGeometry(RUNS, '2026-05-20');
    expect(chart).not.toBeNull();
    const path = chart?.path ?? '';
    expect(path.match(/H/g)).toHaveLength(3);
    expect(path.match(/V/g)).toHaveLength(2);
    const levels = [...path.matchAll(/(?:M[\d.]+ |V)([\d.]+)/g)].map((match) => Number(match[1]));
    expect(levels[0]).toBeGreaterThan(levels[1]);
    expect(levels[1]).toBeGreaterThan(levels[2]);
    expect(chart?.yTicks.map((tick) => tick.label)).toEqual(['$2,000', '$2,100', '$2,200', '$2,300']);
    expect(chart?.xTicks.map((tick) => tick.label)).toEqual(['May 2026', 'Jun 2026']);
    expect(chart?.marker?.label).toBe('Pay by 2026-05-20: $2,240.00');
  });

  it('has nothing to draw without runs, and no marker outside the range', () => {
    expect(chartGeometry([], null)).toBeNull();
    expect(chartGeometry(RUNS, '2027-01-01')?.marker).toBeNull();
  });

  it('describes itself for screen readers', async () => {
    const fixture = TestBed.createComponent(PayoffChart);
    fixture.componentRef.setInput('runs', RUNS);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const svg = find(element, 'svg[role=img]');
    const caption = find(element, `#${svg.getAttribute('aria-labelledby')}`);
    expect(textOf(caption)).toBe(
      'The payoff if paid in full on each day: $2,000.00 on 2026-04-15, rising in 2 steps to $2,240.00 by 2026-06-15.',
    );
  });
});
