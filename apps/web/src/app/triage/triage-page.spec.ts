import { HttpErrorResponse } from '@angular/common/http';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MatSnackBar } from '@angular/material/snack-bar';
import { By } from '@angular/platform-browser';
import type { NoticeView, Page, Role, UserSummary } from '@nutmeg/contracts';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { NoticesApi } from '../core/api/notices.api';
import { UsersApi } from '../core/api/users.api';
import { ASSIGNEES, deadlineView, find, mechanismRisk, noticeView, storeSession, textOf } from '../testing/fixtures';
import { STALE_MESSAGE, TriagePage } from './triage-page';

function page(items: NoticeView[], total = items.length): Page<NoticeView> {
  return { items, total, page: 1, pageSize: 25 };
}

const USERS: UserSummary[] = [
  ...ASSIGNEES,
  { id: 'u-ada', email: 'assistant@demo.test', fullName: 'Ada Assistant', role: 'assistant' },
];

describe('TriagePage', () => {
  let fixture: ComponentFixture<TriagePage>;
  let api: { triage: jest.Mock; assign: jest.Mock; transition: jest.Mock };
  let users: { list: jest.Mock };
  let snackBar: { open: jest.Mock };
  const element = (): HTMLElement => fixture.nativeElement;

  const base = noticeView();
  const overdue = noticeView({
    id: 'n-1',
    status: 'new',
    assignee: null,
    version: 4,
    possibleScam: true,
    figures: {
      ...base.figures,
      nextDeadline: deadlineView({ daysLeft: -3 }),
      risk: {
        score: 90,
        level: 'critical',
        topMechanism: 'bank_levy',
        mechanisms: [mechanismRisk('lien', 'high'), mechanismRisk('bank_levy', 'critical')],
      },
    },
  });
  const soon = noticeView({
    id: 'n-2',
    status: 'triage',
    client: { id: 'c-2', legalName: 'Acme Tool & Die LLC' },
    figures: { ...base.figures, nextDeadline: deadlineView({ daysLeft: 5 }) },
  });

  async function render(role: Role, triage?: () => Observable<Page<NoticeView>>): Promise<void> {
    sessionStorage.clear();
    storeSession(role);
    api = {
      triage: jest.fn(triage ?? (() => of(page([overdue, soon], 30)))),
      assign: jest.fn(),
      transition: jest.fn(),
    };
    users = { list: jest.fn(() => of(USERS)) };
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        // The client's name links to the case page.
        provideRouter([]),
        { provide: NoticesApi, useValue: api },
        { provide: UsersApi, useValue: users },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    fixture = TestBed.createComponent(TriagePage);
    await fixture.whenStable();
  }

  const rows = (): HTMLElement[] => Array.from(element().querySelectorAll('[data-testid=triage-row]'));
  const row = (id: string): HTMLElement => find(element(), `[data-testid=triage-row][data-notice-id="${id}"]`);

  function choose(assigneeId: string): void {
    const select = fixture.debugElement.query(By.css('mat-select[data-testid=assign-select]'));
    select.triggerEventHandler('selectionChange', { value: assigneeId });
  }

  it('lists the queue with the notice in words, chips, scam flag and deadline colours', async () => {
    await render('manager');

    expect(api.triage).toHaveBeenCalledWith({ page: 1, pageSize: 25 });
    expect(rows().length).toBe(2);
    const first = row('n-1');
    expect(textOf(find(first, '[data-testid=triage-client]'))).toBe('Jane Q. Taxpayer');
    expect(textOf(first)).toContain('Income tax balance due');
    expect(textOf(first)).toContain('Individual income tax · 2024');
    expect(textOf(first)).toContain('Nov 10, 2026');
    expect(textOf(find(first, '[data-testid=triage-balance]'))).toBe('$2,412.35');
    expect(textOf(find(first, '[data-testid=triage-scam]'))).toBe('Possible scam');
    expect(textOf(find(first, '[data-testid=triage-status]'))).toBe('New');

    const deadline = find(first, '[data-testid=triage-deadline]');
    expect(deadline.getAttribute('data-tone')).toBe('overdue');
    expect(deadline.classList).toContain('overdue');
    expect(textOf(deadline.firstElementChild)).toBe('Respond or pay · Dec 10, 2026');
    expect(textOf(find(deadline, 'strong'))).toBe('3 days overdue');
    expect(find(row('n-2'), '[data-testid=triage-deadline]').classList).toContain('soon');

    const chips = Array.from(first.querySelectorAll('nm-risk-chips li'), (chip) => [
      chip.getAttribute('data-mechanism'),
      chip.getAttribute('data-level'),
    ]);
    expect(chips).toEqual([
      ['lien', 'high'],
      ['bank_levy', 'critical'],
    ]);
    expect(textOf(find(row('n-2'), '[data-testid=triage-assignee]'))).toBe('Paul Ortiz');
    expect(row('n-2').querySelector('[data-testid=triage-scam]')).toBeNull();
    expect(textOf(find(element(), '[data-testid=triage-total]'))).toBe('30 cases');
    expect(textOf(element().querySelector('mat-paginator'))).toContain('of 30');
  });

  it('assigns an unassigned case with its version and shows the assignee', async () => {
    await render('manager');
    expect(users.list).toHaveBeenCalledTimes(1);
    const answer = new Subject<NoticeView>();
    api.assign.mockReturnValue(answer);

    choose('u-paul');
    await fixture.whenStable();
    expect(api.assign).toHaveBeenCalledWith('n-1', 'u-paul', 4);
    expect(row('n-1').classList).toContain('saving');

    answer.next({ ...overdue, assignee: { id: 'u-paul', fullName: 'Paul Practitioner' }, version: 5 });
    answer.complete();
    await fixture.whenStable();
    expect(textOf(find(row('n-1'), '[data-testid=triage-assignee]'))).toBe('Paul Practitioner');
    expect(row('n-1').querySelector('mat-select')).toBeNull();
    expect(row('n-1').classList).not.toContain('saving');

    // The next action sends the new version.
    api.transition.mockReturnValue(of({ ...overdue, status: 'triage', version: 6 }));
    find<HTMLButtonElement>(row('n-1'), '[data-testid=start-triage]').click();
    expect(api.transition).toHaveBeenCalledWith('n-1', 'triage', 5);
  });

  it('offers practitioners and managers only, and reloads after a stale assignment', async () => {
    await render('manager');
    const component = fixture.componentInstance as unknown as { assignees(): UserSummary[] };
    expect(component.assignees().map((user) => user.fullName)).toEqual(['Maria Manager', 'Paul Practitioner']);

    api.assign.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 409 })));
    choose('u-maria');
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith(STALE_MESSAGE, 'Close', expect.anything());
    expect(api.triage).toHaveBeenCalledTimes(2);
  });

  it('starts triage on a new case and shows its new status', async () => {
    await render('practitioner');
    expect(element().querySelector('[data-testid=assign-select]')).toBeNull();
    expect(textOf(find(row('n-1'), '[data-testid=triage-assignee]'))).toBe('Unassigned');
    expect(row('n-2').querySelector('[data-testid=start-triage]')).toBeNull();
    api.transition.mockReturnValue(of({ ...overdue, status: 'triage', version: 5 }));

    find<HTMLButtonElement>(row('n-1'), '[data-testid=start-triage]').click();
    await fixture.whenStable();

    expect(api.transition).toHaveBeenCalledWith('n-1', 'triage', 4);
    expect(textOf(find(row('n-1'), '[data-testid=triage-status]'))).toBe('Triage');
    expect(row('n-1').querySelector('[data-testid=start-triage]')).toBeNull();
  });

  it('says in plain words why a move was refused', async () => {
    await render('practitioner');
    api.transition.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              error: 'Conflict',
              message: 'A notice in "triage" cannot move to "triage"; it can move to: verifying, closed_no_action',
            },
          }),
      ),
    );
    find<HTMLButtonElement>(row('n-1'), '[data-testid=start-triage]').click();
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith(
      'A notice in "Triage" cannot move to "Triage"; it can move to: Verifying or Closed (no action)',
      'Close',
      { duration: 10_000 },
    );
    expect(textOf(find(row('n-1'), '[data-testid=triage-status]'))).toBe('New');
  });

  it('shows an assistant neither control', async () => {
    await render('assistant');
    expect(rows().length).toBe(2);
    expect(users.list).not.toHaveBeenCalled();
    expect(element().querySelector('[data-testid=assign-select]')).toBeNull();
    expect(element().querySelector('[data-testid=start-triage]')).toBeNull();
    expect(textOf(find(row('n-1'), '[data-testid=triage-assignee]'))).toBe('Unassigned');
  });

  it('has an empty state', async () => {
    await render('manager', () => of(page([])));
    expect(textOf(find(element(), 'nm-state-panel'))).toContain('Nothing to triage.');
  });

  it('reports a queue that failed to load and loads it again', async () => {
    let fail = true;
    await render('manager', () =>
      fail ? throwError(() => new HttpErrorResponse({ status: 500 })) : of(page([overdue])),
    );
    const panel = find(element(), 'nm-state-panel[role=alert]');
    expect(textOf(panel)).toContain('The Nutmeg server had a problem');

    fail = false;
    find<HTMLButtonElement>(panel, 'button').click();
    await fixture.whenStable();
    expect(rows().length).toBe(1);
  });
});
