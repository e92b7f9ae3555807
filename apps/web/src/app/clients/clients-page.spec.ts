import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ClientView, Page, Role } from '@nutmeg/contracts';
import { ASSIGNEES, clientView, find, storeSession, textOf } from '../testing/fixtures';
import { ClientsPage } from './clients-page';

function page(items: ClientView[], total = items.length): Page<ClientView> {
  return { items, total, page: 1, pageSize: 25 };
}

describe('ClientsPage', () => {
  let fixture: ComponentFixture<ClientsPage>;
  let http: HttpTestingController;

  async function render(role: Role): Promise<void> {
    sessionStorage.clear();
    storeSession(role);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientsPage);
    await fixture.whenStable();
    http.expectOne('/api/users').flush(ASSIGNEES);
  }

  const listRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/clients');
  const element = (): HTMLElement => fixture.nativeElement;

  afterEach(() => http.verify());

  it('asks the api for the first page and shows each client with its facts', async () => {
    await render('manager');
    const request = listRequest();
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('25');
    request.flush(page([clientView({ dba: 'JQ Consulting', inBankruptcy: true })], 41));
    await fixture.whenStable();

    const row = find(element(), 'tbody tr');
    expect(textOf(row)).toContain('Jane Q. Taxpayer');
    expect(textOf(row)).toContain('DBA JQ Consulting');
    expect(textOf(row)).toContain('***-**-6789');
    expect(textOf(row)).toContain('Paul Practitioner');
    // The name opens the client's own page.
    expect(find(row, 'a.name').getAttribute('href')).toBe('/clients/c-1');
    const exposure = Array.from(row.querySelectorAll('[role=img]'), (mark) => mark.getAttribute('aria-label'));
    expect(exposure).toEqual(['W-2 wages (Acme Insurance)', '2 known bank accounts', 'In bankruptcy']);
    expect(textOf(element().querySelector('mat-paginator'))).toContain('of 41');
  });

  it.each<[Role, boolean, boolean]>([
    ['manager', true, true],
    ['practitioner', true, false],
    ['assistant', false, false],
  ])('gives the %s role create/edit buttons: %s, delete buttons: %s', async (role, canWrite, canDelete) => {
    await render(role);
    listRequest().flush(page([clientView()]));
    await fixture.whenStable();

    expect(element().querySelector('[data-testid=new-client]') !== null).toBe(canWrite);
    expect(element().querySelector('button[aria-label^="Edit "]') !== null).toBe(canWrite);
    expect(element().querySelector('button[aria-label^="Delete "]') !== null).toBe(canDelete);
  });

  it('says so when the firm has no clients yet', async () => {
    await render('practitioner');
    listRequest().flush(page([]));
    await fixture.whenStable();

    expect(textOf(find(element(), 'nm-state-panel'))).toContain('No clients yet.');
    expect(element().querySelector('table')).toBeNull();
  });

  it('shows a failed load in plain words and tries again on request', async () => {
    await render('assistant');
    listRequest().flush(
      { statusCode: 500, error: 'Internal Server Error', message: 'boom' },
      { status: 500, statusText: 'x' },
    );
    await fixture.whenStable();

    const panel = find(element(), 'nm-state-panel[role=alert]');
    expect(textOf(panel)).toContain('The Nutmeg server had a problem. Try again in a moment.');
    find<HTMLButtonElement>(panel, 'button').click();
    await fixture.whenStable();
    listRequest().flush(page([clientView()]));
    await fixture.whenStable();
    expect(element().querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('searches once the user pauses typing, from the first page', async () => {
    await render('manager');
    listRequest().flush(page([clientView()], 60));
    await fixture.whenStable();

    const search = find<HTMLInputElement>(element(), 'input[type=search]');
    for (const text of ['a', 'ac', 'acme']) {
      search.value = text;
      search.dispatchEvent(new Event('input'));
    }
    http.expectNone((request) => request.url === '/api/clients');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await fixture.whenStable();

    const request = listRequest();
    expect(request.request.params.get('search')).toBe('acme');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(page([]));
    await fixture.whenStable();
    expect(textOf(find(element(), 'nm-state-panel'))).toContain('No clients match this search.');
  });
});
