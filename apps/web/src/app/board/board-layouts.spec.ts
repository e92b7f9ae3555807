import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import type { NoticeView, Page, UserSummary } from '@nutmeg/contracts';
import { type Observable, of } from 'rxjs';
import { type NoticeQuery, NoticesApi } from '../core/api/notices.api';
import { UsersApi } from '../core/api/users.api';
import { find, noticeView, storeSession, textOf } from '../testing/fixtures';
import { matchesSearch } from './board-filters';
import { BoardPage } from './board-page';

const USERS: UserSummary[] = [
  { id: 'u-paul', email: 'paul@x.test', fullName: 'Paul Ortiz', role: 'practitioner' },
  { id: 'u-amy', email: 'amy@x.test', fullName: 'Amy Chen', role: 'manager' },
  { id: 'u-sam', email: 'sam@x.test', fullName: 'Sam Lee', role: 'assistant' },
];

describe('BoardPage layouts and filters', () => {
  let fixture: ComponentFixture<BoardPage>;
  let api: { list: jest.Mock<Observable<Page<NoticeView>>, [NoticeQuery]>; assign: jest.Mock; transition: jest.Mock };
  const element = (): HTMLElement => fixture.nativeElement;
  const unassigned = noticeView({ id: 'n-1', status: 'triage', assignee: null, version: 3 });
  const pauls = noticeView({ id: 'n-2', status: 'verifying', assignee: { id: 'u-paul', fullName: 'Paul Ortiz' }, client: { id: 'c-2', legalName: 'Acme Tool & Die LLC' }, correspondenceId: 'L0000123456' });

  async function render(): Promise<void> {
    sessionStorage.clear();
    storeSession('manager');
    api = {
      list: jest.fn((query: NoticeQuery) => {
        const items = query.unassigned ? [unassigned] : query.assigneeId === 'u-paul' ? [pauls] : query.status === 'triage' ? [unassigned] : query.status === 'verifying' ? [pauls] : [];
        return of({ items, total: items.length, page: 1, pageSize: 100 });
      }),
      assign: jest.fn(() => of({ ...unassigned, assignee: { id: 'u-paul', fullName: 'Paul Ortiz' }, version: 4 })),
      transition: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: NoticesApi, useValue: api },
        { provide: UsersApi, useValue: { list: () => of(USERS) } },
        { provide: MatSnackBar, useValue: { open: jest.fn() } },
      ],
    });
    fixture = TestBed.createComponent(BoardPage);
    await fixture.whenStable();
  }

  const headings = () => Array.from(element().querySelectorAll('.column-title span:first-child'), (h) => textOf(h));
  const instance = () => fixture.componentInstance as unknown as { setGrouping(g: string): void; setFilter(f: object): void; drop(e: unknown): void };

  it('lays open cases out by assignee for a manager, and hands a case over on a drop', async () => {
    await render();
    instance().setGrouping('assignee');
    await fixture.whenStable();
    // Assistants hold no caseload, so they get no column.
    expect(headings()).toEqual(['Unassigned', 'Amy Chen', 'Paul Ortiz']);
    expect(api.list).toHaveBeenCalledWith(expect.objectContaining({ unassigned: true, open: true }));
    expect(api.list).toHaveBeenCalledWith(expect.objectContaining({ assigneeId: 'u-paul', open: true }));

    instance().drop({ previousContainer: { data: 'unassigned' }, container: { data: 'u-paul' }, item: { data: unassigned }, previousIndex: 0, currentIndex: 0 });
    await fixture.whenStable();
    expect(api.assign).toHaveBeenCalledWith('n-1', 'u-paul', 3);
    expect(api.transition).not.toHaveBeenCalled();
    const paul = find(element(), '[data-testid=board-column][data-key=u-paul]');
    expect(paul.querySelectorAll('[data-testid=board-card]')).toHaveLength(2);
  });

  it('asks the api for the filters and narrows the loaded cards by the search without asking again', async () => {
    await render();
    api.list.mockClear();
    instance().setFilter({ kind: 'r859_referral', riskLevel: 'high', overdue: true, dueWithinDays: 7, search: '' });
    await fixture.whenStable();
    expect(api.list).toHaveBeenCalledTimes(8);
    expect(api.list.mock.calls.every(([q]) => q.kind === 'r859_referral' && q.riskLevel === 'high' && q.overdue === true && q.dueWithinDays === 7)).toBe(true);

    api.list.mockClear();
    instance().setFilter({ kind: 'r859_referral', riskLevel: 'high', overdue: true, dueWithinDays: 7, search: 'acme' });
    await fixture.whenStable();
    expect(api.list).not.toHaveBeenCalled();
    expect(Array.from(element().querySelectorAll('[data-testid=card-client]'), (c) => textOf(c))).toEqual(['Acme Tool & Die LLC']);
  });

  it('searches by client name, correspondence ID and account number', () => {
    const notice = { client: { legalName: 'Acme Tool & Die LLC' }, correspondenceId: 'L0000123456', accountNumber: '55-1234567' };
    expect(matchesSearch(notice, 'tool')).toBe(true);
    expect(matchesSearch(notice, 'l00001234')).toBe(true);
    expect(matchesSearch(notice, '1234567')).toBe(true);
    expect(matchesSearch(notice, '  ')).toBe(true);
    expect(matchesSearch(notice, 'smith')).toBe(false);
  });
});
