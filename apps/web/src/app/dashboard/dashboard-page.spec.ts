import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ROLES } from '@nutmeg/contracts';
import { visibleNavItems } from '../shell/nav-items';
import { find, storeSession, textOf } from '../testing/fixtures';
import { dashboardSummary, dashboardTrends, MARIA_ID, PAUL_ID } from './dashboard-fixtures';
import { DashboardPage } from './dashboard-page';

@Component({ selector: 'nm-test-cases', template: 'cases' })
class CasesStub {}

/** The query of a figure's link, which must lead to the cases list. */
function queryOf(link: Element | null): Record<string, string> {
  const url = new URL(link?.getAttribute('href') ?? '', 'http://nutmeg.test');
  expect(url.pathname).toBe('/cases');
  return Object.fromEntries(url.searchParams);
}

describe('DashboardPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    sessionStorage.clear();
    storeSession('manager');
    // jsdom has no canvas; without a context ng2-charts leaves the chart undrawn, which is all these tests need.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'dashboard', component: DashboardPage },
          { path: 'cases', component: CasesStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/dashboard');
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;

  async function answer(summary = dashboardSummary(), trends = dashboardTrends()): Promise<void> {
    http.expectOne('/api/dashboard').flush(summary);
    const trendsRequest = http.expectOne((request) => request.url === '/api/dashboard/trends');
    expect(trendsRequest.request.params.get('weeks')).toBe('12');
    trendsRequest.flush(trends);
    await harness.fixture.whenStable();
  }

  it('shows the headline figures as the api sent them', async () => {
    await answer();
    const overdue = find(element(), '[data-testid=figure-overdue]');
    expect(textOf(find(overdue, '[data-testid=figure-notices]'))).toBe('7');
    expect(textOf(find(overdue, '[data-testid=figure-deadlines]'))).toBe('9');
    expect(textOf(find(overdue, '[data-testid=figure-balance]'))).toBe('$48,210.00');
    expect(textOf(find(element(), '[data-testid=figure-dueThisWeek] [data-testid=figure-notices]'))).toBe('5');
    expect(textOf(find(element(), '[data-testid=figure-open] [data-testid=figure-balance]'))).toBe('$183,200.50');
    expect(textOf(find(element(), '[data-testid=dashboard-as-of]'))).toBe('As of Nov 25, 2026');
  });

  it('links every figure to the cases list with that figure’s filter', async () => {
    await answer();
    const link = (selector: string): Element => find(element(), selector);
    expect(queryOf(link('[data-testid=figure-overdue]'))).toEqual({ open: 'true', overdue: 'true' });
    expect(queryOf(link('[data-testid=figure-dueThisWeek]'))).toEqual({ open: 'true', dueWithinDays: '7' });
    expect(queryOf(link('[data-testid=figure-open]'))).toEqual({ open: 'true' });
    expect(queryOf(link('[data-testid=aging-61-90]'))).toEqual({ open: 'true', agingBucket: '61-90' });
    expect(queryOf(link('[data-testid=exposure-critical]'))).toEqual({ open: 'true', riskLevel: 'critical' });

    const paul = find(element(), `[data-testid=workload-${PAUL_ID}]`);
    expect(queryOf(paul.querySelector('[data-testid=workload-open]'))).toEqual({ open: 'true', assigneeId: PAUL_ID });
    // The person's cases narrowed by the dashboard's own overdue filter.
    expect(queryOf(paul.querySelector('[data-testid=workload-overdue]'))).toEqual({
      open: 'true',
      assigneeId: PAUL_ID,
      overdue: 'true',
    });
    const unassigned = find(element(), '[data-testid=workload-unassigned]');
    expect(textOf(unassigned.querySelector('th'))).toBe('Unassigned');
    expect(queryOf(unassigned.querySelector('[data-testid=workload-open]'))).toEqual({
      open: 'true',
      unassigned: 'true',
    });
  });

  it('opens the cases behind a figure when it is followed', async () => {
    await answer();
    find<HTMLAnchorElement>(element(), '[data-testid=figure-overdue]').click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/cases?overdue=true&open=true');
  });

  it('lists aging buckets, exposure by risk, workload and the sweep in words', async () => {
    await answer();
    const parts = (link: Element): string[] => Array.from(link.querySelectorAll('.label, .value, .detail'), textOf);
    const aging = Array.from(element().querySelectorAll('nm-aging-card a'), parts);
    expect(aging).toEqual([
      ['0–30 days', '12 notices', '$30,000.00'],
      ['31–60 days', '10 notices', '$40,000.00'],
      ['61–90 days', '8 notices', '$50,000.00'],
      ['Over 90 days', '12 notices', '$63,200.50'],
    ]);
    const exposure = Array.from(element().querySelectorAll('nm-exposure-card a'), parts);
    expect(exposure[0]).toEqual(['Critical', '$33,200.50', '4 notices']);
    const maria = find(element(), `[data-testid=workload-${MARIA_ID}]`);
    expect(Array.from(maria.querySelectorAll('th, td'), textOf)).toEqual(['Maria Manager', '12', '0', '$60,000.00']);
    expect(textOf(find(element(), '[data-testid=sweep-outcome]'))).toBe('Succeeded');
    expect(textOf(find(element(), '[data-testid=sweep-last-run]'))).toContain('20 minutes ago');
    expect(textOf(find(element(), '[data-testid=sweep-alerts-raised]'))).toBe('11');
    expect(textOf(find(element(), '[data-testid=sweep-unread-alerts]'))).toBe('3');
    expect(textOf(find(element(), '[data-testid=sweep-next-run]'))).toContain('in 40 minutes');
    expect(textOf(find(element(), '[data-testid=sweep-next-run]'))).toContain('Every hour, on the hour');
  });

  it('gives the trend chart a text alternative with every week', async () => {
    await answer();
    expect(find(element(), '[data-testid=trends-canvas]').getAttribute('aria-label')).toBe(
      'Bar chart over 3 weeks: 11 notices received, 10 resolved, 3 deadlines missed.',
    );
    expect(element().querySelectorAll('[data-testid=trends-table] tbody tr')).toHaveLength(3);
  });

  it('says so when the sweep is switched off and has never run', async () => {
    const summary = dashboardSummary();
    await answer({ ...summary, sweep: { ...summary.sweep, enabled: false, lastRun: null, nextRunAt: null } });
    expect(textOf(find(element(), '[data-testid=sweep-last-run]'))).toBe('Never run yet');
    expect(textOf(find(element(), '[data-testid=sweep-next-run]'))).toContain('Scheduled sweeps are off');
  });

  it('says so when the firm has no open cases', async () => {
    const summary = dashboardSummary();
    await answer({ ...summary, open: { ...summary.open, notices: 0, balance: '0.00' }, workload: [] });
    expect(textOf(find(element(), 'nm-state-panel'))).toContain('No open cases.');
    expect(textOf(find(element(), 'nm-workload-table'))).toContain('No one has open cases.');
  });

  it('shows a failed load in plain words and tries again on request', async () => {
    http
      .expectOne('/api/dashboard')
      .flush({ statusCode: 500, error: 'x', message: 'boom' }, { status: 500, statusText: 'x' });
    http.expectOne((request) => request.url === '/api/dashboard/trends').flush(dashboardTrends());
    await harness.fixture.whenStable();
    const panel = find(element(), 'nm-state-panel[role=alert]');
    expect(textOf(panel)).toContain('The Nutmeg server had a problem.');
    expect(element().querySelector('nm-summary-tiles')).toBeNull();

    find<HTMLButtonElement>(panel, 'button').click();
    await harness.fixture.whenStable();
    await answer();
    expect(element().querySelector('nm-summary-tiles')).not.toBeNull();
  });

  it('keeps the figures when only the trends fail', async () => {
    http.expectOne('/api/dashboard').flush(dashboardSummary());
    http
      .expectOne((request) => request.url === '/api/dashboard/trends')
      .flush({ statusCode: 500, error: 'x', message: 'boom' }, { status: 500, statusText: 'x' });
    await harness.fixture.whenStable();
    expect(element().querySelector('nm-summary-tiles')).not.toBeNull();
    expect(textOf(find(element(), 'nm-state-panel[role=alert]'))).toContain('The trends could not be loaded.');
  });
});

describe('the Dashboard menu item', () => {
  it.each(ROLES)('is offered to a %s only when the role may read the dashboard', (role) => {
    const offered = visibleNavItems(role).some((item) => item.path === 'dashboard');
    expect(offered).toBe(role === 'manager');
  });
});
