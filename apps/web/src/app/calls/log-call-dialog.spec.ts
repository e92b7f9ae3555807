import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { NoticeView, Page } from '@nutmeg/contracts';
import { clientView, find, noticeView, storeSession, textOf, typeInto } from '../testing/fixtures';
import { todayInNewYork } from '../calculator/today';
import { localIsoDate } from './calendar';
import { callView, coverageAnswer, NOT_COVERED } from './call-fixtures';
import { LogCallDialog, type LogCallPreset } from './log-call-dialog';

function page(items: NoticeView[]): Page<NoticeView> {
  return { items, total: items.length, page: 1, pageSize: 100 };
}

/** Past the dialog's debounces (client search, coverage check). */
const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LogCallDialog', () => {
  let fixture: ComponentFixture<LogCallDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;
  const element = (): HTMLElement => fixture.nativeElement;
  const input = (name: string): HTMLInputElement => find<HTMLInputElement>(element(), `[formControlName=${name}]`);
  const fieldError = (name: string): string =>
    textOf(find(element(), `[formControlName=${name}]`).closest('mat-form-field')?.querySelector('mat-error') ?? null);
  const coverage = (): HTMLElement => find(element(), '[data-testid=coverage]');

  async function open(preset: LogCallPreset | null): Promise<void> {
    sessionStorage.clear();
    storeSession('assistant');
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: preset },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LogCallDialog);
    await fixture.whenStable();
  }

  /**
   * The request the dialog sends once its debounce has passed. Waited for (up to 3 s) rather than slept for:
   * on a busy machine the debounce timer runs late.
   */
  async function sentRequest(matches: (request: HttpRequest<unknown>) => boolean, what: string): Promise<TestRequest> {
    for (let waited = 0; waited < 3_000; waited += 25) {
      await fixture.whenStable();
      const found = http.match(matches);
      if (found.length > 1) throw new Error(`${found.length} requests for ${what}, expected one`);
      if (found.length === 1) return found[0];
      await settle(25);
    }
    throw new Error(`no request for ${what} within 3 s`);
  }

  /** Opens on Jane's notice n-1 (individual income tax 2024) and answers the coverage check. */
  async function openOnNotice(answer: object): Promise<TestRequest> {
    await open({ clientId: 'c-1', noticeId: 'n-1' });
    http.expectOne('/api/clients/c-1').flush(clientView());
    await settle(0);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/notices' && r.params.get('clientId') === 'c-1').flush(page([noticeView()]));
    const check = await sentRequest((r) => r.url === '/api/poa/coverage', 'the coverage check');
    check.flush(answer);
    await fixture.whenStable();
    return check;
  }

  async function choose(name: string, label: string): Promise<void> {
    find(element(), `mat-select[formControlName=${name}]`).click();
    await fixture.whenStable();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => textOf(o) === label);
    if (!option) throw new Error(`no option ${label}`);
    option.click();
    await fixture.whenStable();
  }

  async function fillTheCall(): Promise<void> {
    typeInto(input('purpose'), 'Confirm the balance and the referral date');
    await choose('outcome', 'Information obtained');
  }

  async function submit(): Promise<void> {
    find(element(), 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    // A check the dialog sent for an earlier question (the client alone, before its notice came) is cancelled
    // by the newer one: that is the dialog working, not a request left open.
    http.verify({ ignoreCancelled: true });
  });

  it('starts now, on the DRS main line, with the signed-in user as the caller', async () => {
    await open(null);
    expect(input('startedAt').value.slice(0, 10)).toBe(localIsoDate());
    expect(textOf(find(element(), 'mat-select[formControlName=line]'))).toBe('DRS main line · 860-297-5962');
    expect(textOf(find(element(), '[data-testid=caller]'))).toBe('Ada Assistant (you)');
    expect(coverage().dataset['coverage']).toBe('idle');
  });

  it('shows field errors next to the fields and sends nothing', async () => {
    await open(null);
    await submit();
    http.expectNone('/api/calls');
    expect(fieldError('client')).toBe('Required');
    expect(fieldError('purpose')).toBe('Required');
    expect(fieldError('outcome')).toBe('Required');

    typeInto(input('client'), 'Jane');
    typeInto(input('holdMinutes'), '900');
    await submit();
    (await sentRequest((r) => r.url === '/api/clients' && r.params.get('search') === 'Jane', 'the client search')).flush({
      items: [],
      total: 0,
      page: 1,
      pageSize: 8,
    });
    await fixture.whenStable();
    expect(fieldError('client')).toBe('Choose a client from the list');
    expect(fieldError('holdMinutes')).toBe('Enter whole minutes from 0 to 600');
  });

  it('warns when no POA covers the caller and saves only once that is acknowledged, flagged', async () => {
    const check = await openOnNotice(NOT_COVERED);
    expect(check.request.params.get('userId')).toBe('user-assistant');
    expect(check.request.params.get('taxType')).toBe('individual_income');
    expect(check.request.params.get('period')).toBe('2024');
    expect(check.request.params.get('date')).toBe(todayInNewYork());
    expect(input('notice').value).toContain('L0012345678');

    expect(coverage().dataset['coverage']).toBe('uncovered');
    expect(coverage().getAttribute('role')).toBe('alert');
    expect(textOf(coverage())).toContain(
      'No active POA covers individual income tax 2024 — DRS should not discuss this account.',
    );
    expect(textOf(coverage())).toContain(NOT_COVERED.reason);

    await fillTheCall();
    await submit();
    // Blocked: nothing is sent until the warning is acknowledged.
    http.expectNone('/api/calls');
    expect(textOf(element().querySelector('[data-testid=acknowledge-error]'))).toBe(
      'Tick the acknowledgement to log a call no POA covers.',
    );

    find<HTMLInputElement>(element(), '[data-testid=acknowledge-no-poa] input').click();
    await fixture.whenStable();
    expect(element().querySelector('[data-testid=acknowledge-error]')).toBeNull();
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/calls' });
    expect(request.request.body).toMatchObject({
      clientId: 'c-1',
      noticeId: 'n-1',
      line: 'greater_hartford',
      purpose: 'Confirm the balance and the referral date',
      outcome: 'info_obtained',
      acknowledgeNoPoa: true,
    });
    expect(request.request.body).not.toHaveProperty('callerId');
    const saved = callView({ flaggedNoPoa: true, poaCoverage: NOT_COVERED });
    request.flush(saved, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('says which POA covers the call, and saves it without an acknowledgement', async () => {
    await openOnNotice(coverageAnswer());
    expect(coverage().dataset['coverage']).toBe('covered');
    expect(textOf(coverage())).toContain(
      'Covered by POA naming Ada Assistant (individual income tax 2019–2026, myconneCT LGL-4400), in force until Jun 30, 2027.',
    );
    expect(element().querySelector('[data-testid=acknowledge-no-poa]')).toBeNull();

    await fillTheCall();
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/calls' });
    expect(request.request.body).not.toHaveProperty('acknowledgeNoPoa');
    request.flush(callView(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(close).toHaveBeenCalled();
  });

  it("takes the api's refusal (409 without coverage) as the warning to acknowledge", async () => {
    await openOnNotice(coverageAnswer());
    await fillTheCall();
    await submit();
    http.expectOne({ method: 'POST', url: '/api/calls' }).flush(
      { statusCode: 409, error: 'Conflict', message: 'Ada Assistant had no power of attorney…', code: 'poa_not_covered', coverage: NOT_COVERED },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(coverage().dataset['coverage']).toBe('uncovered');
    expect(element().querySelector('[data-testid=acknowledge-error]')).not.toBeNull();
    expect(close).not.toHaveBeenCalled();
  });

  it("puts the api's field messages beside their fields", async () => {
    await openOnNotice(coverageAnswer());
    await fillTheCall();
    typeInto(input('followUpOn'), '2020-01-01');
    await submit();
    http.expectOne({ method: 'POST', url: '/api/calls' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'followUpOn must not be before the call (2026-11-25)',
        fields: { followUpOn: ['followUpOn must not be before the call (2026-11-25)'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(fieldError('followUpOn')).toBe('Must not be before the call (2026-11-25)');
  });

  it('saves with Ctrl+Enter, and with Enter in the last field', async () => {
    await openOnNotice(coverageAnswer());
    await fillTheCall();
    input('purpose').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await fixture.whenStable();
    http.expectOne({ method: 'POST', url: '/api/calls' }).flush(
      { statusCode: 500, error: 'Internal Server Error', message: 'x' },
      { status: 500, statusText: 'Server Error' },
    );
    await fixture.whenStable();
    expect(textOf(element().querySelector('[data-testid=form-errors]'))).toBe(
      'The Nutmeg server had a problem. Try again in a moment.',
    );

    // Enter elsewhere moves on rather than sending a half-filled form.
    input('drsEmployeeName').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    http.expectNone('/api/calls');
    input('followUpOn').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await fixture.whenStable();
    http.expectOne({ method: 'POST', url: '/api/calls' }).flush(callView(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(close).toHaveBeenCalled();
  });
});
