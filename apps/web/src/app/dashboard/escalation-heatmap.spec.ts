import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { textOf } from '../testing/fixtures';
import { dashboardSummary } from './dashboard-fixtures';
import { EscalationHeatmap, heatmapOf, shadeOf } from './escalation-heatmap';

function queryOf(link: Element): Record<string, string> {
  const url = new URL(link.getAttribute('href') ?? '', 'http://nutmeg.test');
  expect(url.pathname).toBe('/cases');
  return Object.fromEntries(url.searchParams);
}

describe('EscalationHeatmap', () => {
  async function render(cells = dashboardSummary().heatmap): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(EscalationHeatmap);
    fixture.componentRef.setInput('cells', cells);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('lays out every collection tool against every risk level, in a fixed order', async () => {
    const element = await render();
    const columns = Array.from(element.querySelectorAll('thead th:not(.corner)'), textOf);
    expect(columns).toEqual(['low', 'elevated', 'high', 'critical']);
    const rows = Array.from(element.querySelectorAll('tbody th'), textOf);
    expect(rows).toEqual([
      'Lien',
      'Wage garnishment',
      'Bank levy',
      'Refund offset',
      'Private collection',
      'Asset seizure',
    ]);
  });

  it('links each counted cell to the cases at that mechanism and level', async () => {
    const element = await render();
    const cell = element.querySelector('tr[data-mechanism=lien] td[data-level=high]');
    expect(cell?.getAttribute('data-count')).toBe('6');
    const link = cell?.querySelector('a');
    expect(textOf(link ?? null)).toBe('6');
    expect(queryOf(link as Element)).toEqual({ open: 'true', mechanism: 'lien', mechanismLevel: 'high' });
    expect(link?.getAttribute('aria-label')).toBe('Lien, high risk: 6 open notices. Show these cases');
  });

  it('shows a cell the api did not send as zero, with nothing to open', async () => {
    const element = await render();
    const cell = element.querySelector('tr[data-mechanism=wage_garnishment] td[data-level=low]');
    expect(textOf(cell)).toBe('0');
    expect(cell?.querySelector('a')).toBeNull();
  });

  it('shades the busiest cell darkest and leaves empty cells unshaded', async () => {
    const element = await render();
    const busiest = element.querySelector<HTMLElement>('tr[data-mechanism=lien] td[data-level=low]');
    const single = element.querySelector<HTMLElement>('tr[data-mechanism=bank_levy] td[data-level=critical]');
    const empty = element.querySelector<HTMLElement>('tr[data-mechanism=refund_offset] td[data-level=high]');
    expect(busiest?.style.backgroundColor).toBe('rgb(179, 38, 30)');
    expect(busiest?.classList).toContain('dark');
    expect(single?.style.backgroundColor).toBe('rgb(255, 237, 224)');
    expect(single?.classList).not.toContain('dark');
    expect(empty?.style.backgroundColor).toBe('transparent');
  });

  it('keeps a mechanism or level the app does not know yet, after the known ones', () => {
    const map = heatmapOf([
      { mechanism: 'passport_hold', level: 'severe', notices: 2, filter: { mechanism: 'passport_hold' } },
    ]);
    expect(map.rows.map((row) => row.label).slice(-1)).toEqual(['passport hold']);
    expect(map.levels.map((column) => column.level)).toEqual(['low', 'elevated', 'high', 'critical', 'severe']);
  });

  it('grades shades between the lightest and the darkest', () => {
    expect(shadeOf(0, 10)).toEqual({ background: 'transparent', dark: false });
    expect(shadeOf(10, 10)).toEqual({ background: 'rgb(179, 38, 30)', dark: true });
    expect(shadeOf(1, 1)).toEqual({ background: 'rgb(179, 38, 30)', dark: true });
    expect(shadeOf(5, 9).dark).toBe(false);
  });
});
