import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { NoticeView, Page, UserSummary } from '@nutmeg/contracts';
import { deadlineView, find, noticeView, storeSession, textOf } from '../testing/fixtures';
import { CasesPage } from './cases-page';

const PAUL_ID = '0b7a3a52-6a0e-4a8e-9a53-1f0c1c7f2a01';
const USERS: UserSummary[] = [
  { id: PAUL_ID, email: 'practitioner@demo.test', fullName: 'Paul Ortiz', role: 'practitioner' },
  { id: 'u-ada', email: 'assistant@demo.test', fullName: 'Ada Assistant', role: 'assistant' },
];

function page(items: NoticeView[], total = items.length, pageSize = 25): Page<NoticeView> {
  return { items, total, page: 1, pageSize };
}

describe('CasesPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<void> {
    sessionStorage.clear();
    storeSession('manager');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'cases', component: CasesPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/users').flush(USERS);
    await harness.fixture.whenStable();
  }

  const listRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/notices');
  const paramsOf = (request: TestRequest): Record<string, string> =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key) ?? '']));
  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const chipLabels = (): string[] =>
    Array.from(element().querySelectorAll('mat-chip'), (chip) =>
      textOf(chip.querySelector('.mdc-evolution-chip__text-label')),
    );
  const url = (): string => TestBed.inject(Router).url;

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('asks the api for the filter in the address and shows it as chips', async () => {
    await open(
      `/cases?overdue=true&open=true&agingBucket=61-90&mechanism=lien&mechanismLevel=high&assigneeId=${PAUL_ID}`,
    );
    const request = listRequest();
    expect(paramsOf(request)).toEqual({
      assigneeId: PAUL_ID,
      overdue: 'true',
      agingBucket: '61-90',
      mechanism: 'lien',
      mechanismLevel: 'high',
      open: 'true',
      page: '1',
      pageSize: '25',
    });
    request.flush(page([noticeView()], 41));
    await settle();

    expect(chipLabels()).toEqual(['Assigned to Paul Ortiz', 'Overdue', 'Aging 61–90 days', 'Lien: high', 'Open']);
    expect(textOf(find(element(), '[data-testid=cases-total]'))).toBe('41 cases');
  });

  it('removes a filter from the address when its chip is removed, and lists again from the first page', async () => {
    await open('/cases?overdue=true&open=true&mechanism=lien&mechanismLevel=high&page=2');
    listRequest().flush(page([noticeView()], 60));
    await settle();

    find<HTMLButtonElement>(element(), 'button[aria-label="Remove filter Lien: high"]').click();
    await settle();
    expect(url()).toBe('/cases?overdue=true&open=true');
    const request = listRequest();
    expect(paramsOf(request)).toEqual({ overdue: 'true', open: 'true', page: '1', pageSize: '25' });
    request.flush(page([noticeView()], 7));
    await settle();
    expect(chipLabels()).toEqual(['Overdue', 'Open']);
  });

  it('clears every filter at once', async () => {
    await open('/cases?overdue=true&riskLevel=high');
    listRequest().flush(page([]));
    await settle();
    expect(textOf(find(element(), 'nm-state-panel'))).toContain('No cases match these filters.');

    find<HTMLButtonElement>(element(), 'nm-state-panel button').click();
    await settle();
    expect(url()).toBe('/cases');
    listRequest().flush(page([noticeView()]));
    await settle();
    expect(element().querySelector('mat-chip')).toBeNull();
  });

  it('writes a chosen filter into the address and shows its chip', async () => {
    await open('/cases');
    listRequest().flush(page([noticeView()]));
    await settle();

    find<HTMLElement>(element(), 'mat-select[aria-labelledby]').click(); // the status select
    await settle();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (candidate) => textOf(candidate) === 'Awaiting DRS',
    );
    option?.click();
    await settle();
    expect(url()).toBe('/cases?status=awaiting_drs');
    expect(paramsOf(listRequest())).toEqual({ status: 'awaiting_drs', page: '1', pageSize: '25' });
    expect(chipLabels()).toEqual(['Status: Awaiting DRS']);
  });

  it('pages through the address', async () => {
    await open('/cases?open=true');
    listRequest().flush(page([noticeView()], 60));
    await settle();

    find<HTMLButtonElement>(element(), 'button[aria-label="Next page"]').click();
    await settle();
    expect(url()).toBe('/cases?open=true&page=2');
    const request = listRequest();
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ ...page([noticeView({ id: 'n-2' })], 60), page: 2 });
  });

  it('shows each case with its most urgent deadline in colour and a link to the case', async () => {
    await open('/cases');
    const missed = deadlineView({ id: 'd-missed', status: 'missed', daysLeft: -3, dueDate: '2026-11-22' });
    const next = deadlineView({ id: 'd-next', kind: 'written_protest', daysLeft: 15 });
    const soon = deadlineView({ daysLeft: 5 });
    listRequest().flush(
      page([
        // The api's next deadline is the open one ahead; the missed one behind it is what the reader must see.
        noticeView({ deadlines: [next, missed], figures: { ...noticeView().figures, nextDeadline: next } }),
        noticeView({
          id: 'n-2',
          assignee: null,
          deadlines: [soon],
          figures: { ...noticeView().figures, nextDeadline: soon },
        }),
      ]),
    );
    await settle();

    const rows = element().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    // Cells stack their parts (tax type over periods, deadline over days left); join them with a space.
    const cellText = (cell: Element): string => {
      const parts = cell.querySelectorAll('.block, .deadline > *');
      return parts.length > 0 ? Array.from(parts, textOf).join(' ') : textOf(cell);
    };
    const first = Array.from(rows[0].querySelectorAll('td'), cellText);
    expect(first).toEqual([
      'Jane Q. Taxpayer',
      'Income tax balance due',
      'Individual income tax 2024',
      'New',
      'Paul Ortiz',
      '$2,412.35',
      '3 days overdue Respond or pay · Nov 22, 2026',
      'elevated',
    ]);
    expect(find(rows[0], 'a[data-testid=case-link]').getAttribute('href')).toBe('/notices/n-1');
    expect(find(rows[0], '[data-testid=case-deadline]').getAttribute('data-tone')).toBe('overdue');
    expect(find(rows[1], '[data-testid=case-deadline]').getAttribute('data-tone')).toBe('soon');
    expect(textOf(rows[1].querySelectorAll('td')[4])).toBe('Unassigned');
  });

  it('shows a failed load in plain words and tries again on request', async () => {
    await open('/cases?open=true');
    listRequest().flush(
      { statusCode: 400, error: 'Bad Request', message: 'open must be true or false' },
      { status: 400, statusText: 'x' },
    );
    await settle();
    const panel = find(element(), 'nm-state-panel[role=alert]');
    expect(textOf(panel)).toContain('open must be true or false');
    find<HTMLButtonElement>(panel, 'button').click();
    await settle();
    listRequest().flush(page([noticeView()]));
    await settle();
    expect(element().querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
