import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { AlertView, Page } from '@nutmeg/contracts';
import { alertView, find, storeSession, textOf } from '../testing/fixtures';
import { AlertsBell } from './alerts-bell';

function page(items: AlertView[], total = items.length): Page<AlertView> {
  return { items, total, page: 1, pageSize: 20 };
}

describe('AlertsBell', () => {
  let fixture: ComponentFixture<AlertsBell>;
  let http: HttpTestingController;
  const element = (): HTMLElement => fixture.nativeElement;
  const bell = (): HTMLButtonElement => find<HTMLButtonElement>(element(), '[data-testid=alerts-bell]');

  beforeEach(async () => {
    sessionStorage.clear();
    storeSession('practitioner');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'x', children: [] }])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AlertsBell);
    await fixture.whenStable();
    http.expectOne('/api/alerts/unread-count').flush({ unread: 2 });
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.destroy();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    http.verify();
  });

  async function openPanel(alerts: AlertView[]): Promise<HTMLElement> {
    bell().click();
    await fixture.whenStable();
    const request = http.expectOne((r) => r.url === '/api/alerts');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(page(alerts, 31));
    await fixture.whenStable();
    return find<HTMLElement>(document, '.nm-alerts-panel');
  }

  it('shows the unread count and asks again after each navigation', async () => {
    expect(textOf(find(element(), '[data-testid=alerts-unread]'))).toBe('2');
    expect(bell().getAttribute('aria-label')).toBe('Alerts, 2 unread');

    await TestBed.inject(Router).navigateByUrl('/x');
    await fixture.whenStable();
    http.expectOne('/api/alerts/unread-count').flush({ unread: 0 });
    await fixture.whenStable();
    expect(element().querySelector('[data-testid=alerts-unread]')).toBeNull();
    expect(bell().getAttribute('aria-label')).toBe('Alerts');
  });

  it('lists the latest alerts, unread ones in bold, with how long ago', async () => {
    const panel = await openPanel([
      alertView({ id: 'a-1', message: 'Deadline missed for Jane Q. Taxpayer' }),
      alertView({ id: 'a-2', message: 'Power of attorney expires soon', readAt: '2026-11-20T10:00:00.000Z' }),
    ]);

    const items = Array.from(panel.querySelectorAll('[data-testid=alert-item]'));
    expect(items.map((item) => textOf(item.querySelector('.message')))).toEqual([
      'Deadline missed for Jane Q. Taxpayer',
      'Power of attorney expires soon',
    ]);
    expect(items.map((item) => item.classList.contains('unread'))).toEqual([true, false]);
    expect(textOf(items[0].querySelector('.when'))).toBe('2 hours ago, unread');
    expect(textOf(panel)).toContain('Showing the latest 2 of 31.');
  });

  it('marks an alert read when it is clicked', async () => {
    const panel = await openPanel([alertView({ id: 'a-1' })]);
    find<HTMLButtonElement>(panel, '[data-testid=alert-item]').click();
    await fixture.whenStable();

    const request = http.expectOne('/api/alerts/a-1/read');
    expect(request.request.method).toBe('POST');
    request.flush(alertView({ id: 'a-1', readAt: new Date().toISOString() }));
    await fixture.whenStable();
    expect(textOf(find(element(), '[data-testid=alerts-unread]'))).toBe('1');
  });

  it('marks every alert read at once', async () => {
    const panel = await openPanel([alertView({ id: 'a-1' }), alertView({ id: 'a-2' })]);
    find<HTMLButtonElement>(panel, '[data-testid=alerts-read-all]').click();
    await fixture.whenStable();

    const request = http.expectOne('/api/alerts/read-all');
    expect(request.request.method).toBe('POST');
    request.flush({ marked: 2 });
    await fixture.whenStable();
    expect(element().querySelector('[data-testid=alerts-unread]')).toBeNull();
    expect(panel.querySelectorAll('[data-testid=alert-item].unread')).toHaveLength(0);
    expect(document.querySelector('.nm-alerts-panel')).not.toBeNull();
  });
});
