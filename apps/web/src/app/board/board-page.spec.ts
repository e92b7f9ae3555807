import { HttpErrorResponse } from '@angular/common/http';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MatSnackBar } from '@angular/material/snack-bar';
import { NOTICE_STATUSES, type NoticeStatus, type NoticeView, type Page, type Role } from '@nutmeg/contracts';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { NoticesApi, type NoticeQuery } from '../core/api/notices.api';
import { find, noticeView, storeSession, textOf } from '../testing/fixtures';
import { BoardPage } from './board-page';

type Drop = CdkDragDrop<NoticeStatus, NoticeStatus, NoticeView>;

function page(items: NoticeView[], total = items.length): Page<NoticeView> {
  return { items, total, page: 1, pageSize: 100 };
}

describe('BoardPage', () => {
  let fixture: ComponentFixture<BoardPage>;
  let api: { list: jest.Mock<Observable<Page<NoticeView>>, [NoticeQuery]>; transition: jest.Mock };
  let snackBar: { open: jest.Mock };
  const element = (): HTMLElement => fixture.nativeElement;

  const first = noticeView({ id: 'n-1', status: 'new', version: 4 });
  const second = noticeView({ id: 'n-2', status: 'new', client: { id: 'c-2', legalName: 'Acme Tool & Die LLC' } });
  const triaged = noticeView({ id: 'n-3', status: 'triage', client: { id: 'c-3', legalName: 'Bob Builder' } });

  async function render(role: Role, list?: (query: NoticeQuery) => Observable<Page<NoticeView>>): Promise<void> {
    sessionStorage.clear();
    storeSession(role);
    api = {
      list: jest.fn(
        list ??
          ((query: NoticeQuery) =>
            of(
              query.status === 'new' ? page([first, second]) : query.status === 'triage' ? page([triaged]) : page([]),
            )),
      ),
      transition: jest.fn(),
    };
    snackBar = { open: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        // The client's name links to the case page.
        provideRouter([]),
        { provide: NoticesApi, useValue: api },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    fixture = TestBed.createComponent(BoardPage);
    await fixture.whenStable();
  }

  function column(status: NoticeStatus): HTMLElement {
    return find(element(), `[data-testid=board-column][data-status=${status}]`);
  }

  function cardNames(status: NoticeStatus): string[] {
    return Array.from(column(status).querySelectorAll('[data-testid=card-client]'), (name) => textOf(name));
  }

  function drop(notice: NoticeView, from: NoticeStatus, to: NoticeStatus, previousIndex = 0, currentIndex = 0): void {
    const event = {
      previousContainer: { data: from },
      container: { data: to },
      item: { data: notice },
      previousIndex,
      currentIndex,
    } as unknown as Drop;
    (fixture.componentInstance as unknown as { drop(event: Drop): void }).drop(event);
  }

  it('asks for each status with a column of its own, everyone’s cases for a manager', async () => {
    await render('manager');

    expect(api.list.mock.calls.map(([query]) => query.status)).toEqual([...NOTICE_STATUSES]);
    expect(api.list.mock.calls.every(([query]) => query.pageSize === 100 && !query.assigneeId)).toBe(true);
    const headings = Array.from(element().querySelectorAll('.column-title span:first-child'), (h) => textOf(h));
    expect(headings).toEqual([
      'New',
      'Triage',
      'Verifying',
      'Awaiting documents',
      'Response in progress',
      'Awaiting DRS',
      'Resolved',
      'Closed (no action)',
    ]);
    expect(cardNames('new')).toEqual(['Jane Q. Taxpayer', 'Acme Tool & Die LLC']);
    expect(textOf(find(column('verifying'), '.column-note'))).toBe('No cases');
    expect(textOf(find(element(), '[data-testid=board-total]'))).toBe('3 cases');
  });

  it('shows a practitioner their own cases, and everyone’s on request', async () => {
    await render('practitioner');
    expect(api.list.mock.calls.every(([query]) => query.assigneeId === 'user-practitioner')).toBe(true);

    api.list.mockClear();
    const everyone = Array.from(element().querySelectorAll('mat-button-toggle button')).find(
      (button) => textOf(button) === 'Everyone',
    ) as HTMLButtonElement;
    everyone.click();
    await fixture.whenStable();
    expect(api.list).toHaveBeenCalledTimes(NOTICE_STATUSES.length);
    expect(api.list.mock.calls.every(([query]) => !query.assigneeId)).toBe(true);
  });

  it('moves a card the api accepts and keeps the version it answers with', async () => {
    await render('manager');
    const answer = new Subject<NoticeView>();
    api.transition.mockReturnValue(answer);

    drop(first, 'new', 'triage', 0, 1);
    await fixture.whenStable();
    expect(api.transition).toHaveBeenCalledWith('n-1', 'triage', 4);
    expect(cardNames('triage')).toEqual(['Bob Builder', 'Jane Q. Taxpayer']);
    expect(cardNames('new')).toEqual(['Acme Tool & Die LLC']);

    answer.next({ ...first, status: 'triage', version: 5 });
    answer.complete();
    await fixture.whenStable();
    expect(cardNames('triage')).toEqual(['Bob Builder', 'Jane Q. Taxpayer']);
    expect(textOf(find(column('triage'), '[data-testid=column-count]'))).toBe('2');

    // The next move sends the new version.
    api.transition.mockReturnValue(of({ ...first, status: 'verifying', version: 6 }));
    const moved = (fixture.componentInstance as unknown as { columns(): { status: string; items: NoticeView[] }[] })
      .columns()
      .find((c) => c.status === 'triage')
      ?.items.find((item) => item.id === 'n-1') as NoticeView;
    expect(moved.version).toBe(5);
    drop(moved, 'triage', 'verifying', 1, 0);
    expect(api.transition).toHaveBeenLastCalledWith('n-1', 'verifying', 5);
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('snaps a refused card back and says which moves are allowed', async () => {
    await render('manager');
    api.transition.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              error: 'Conflict',
              message: 'A notice in "new" cannot move to "resolved"; it can move to: triage, closed_no_action',
            },
          }),
      ),
    );

    drop(second, 'new', 'resolved', 1, 0);
    await fixture.whenStable();

    expect(api.transition).toHaveBeenCalledWith('n-2', 'resolved', 1);
    expect(cardNames('new')).toEqual(['Jane Q. Taxpayer', 'Acme Tool & Die LLC']);
    expect(cardNames('resolved')).toEqual([]);
    expect(textOf(find(column('resolved'), '[data-testid=column-count]'))).toBe('0');
    expect(snackBar.open).toHaveBeenCalledWith(
      'Acme Tool & Die LLC stays in "New". A notice in "New" cannot move to "Resolved"; it can move to: Triage or Closed (no action)',
      'Close',
      { duration: 10_000 },
    );
  });

  it('does not let an assistant drag cards', async () => {
    await render('assistant');
    expect(element().querySelector('mat-button-toggle-group')).toBeNull();
    const cards = element().querySelectorAll('[data-testid=board-card]');
    expect(cards.length).toBe(3);
    expect(Array.from(cards).every((card) => card.classList.contains('cdk-drag-disabled'))).toBe(true);
    expect(cards[0].getAttribute('tabindex')).toBe('0');
  });

  it('says how many cards a full column leaves out', async () => {
    await render('manager', (query) => of(query.status === 'awaiting_drs' ? page([triaged], 140) : page([])));
    expect(textOf(find(column('awaiting_drs'), '[data-testid=column-more]'))).toBe('Showing 1 of 140');
  });

  it('has an empty state for a practitioner with no cases', async () => {
    await render('practitioner', () => of(page([])));
    expect(textOf(find(element(), 'nm-state-panel'))).toContain('No cases are assigned to you.');
  });

  it('reports a board that failed to load and loads it again', async () => {
    let fail = true;
    await render('manager', () =>
      fail ? throwError(() => new HttpErrorResponse({ status: 500 })) : of(page([first])),
    );
    const panel = find(element(), 'nm-state-panel[role=alert]');
    expect(textOf(panel)).toContain('The Nutmeg server had a problem');

    fail = false;
    find<HTMLButtonElement>(panel, 'button').click();
    await fixture.whenStable();
    expect(element().querySelectorAll('[data-testid=board-card]').length).toBe(8);
  });
});
