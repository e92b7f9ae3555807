import { HttpErrorResponse } from '@angular/common/http';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import type { ChecklistItemView, NoticeView, Role } from '@nutmeg/contracts';
import { of, throwError } from 'rxjs';
import { NoticesApi } from '../core/api/notices.api';
import { find, noticeView, storeSession, textOf } from '../testing/fixtures';
import { ChecklistCard, checklistRowsOf } from './checklist-card';

const passedByAda: ChecklistItemView = {
  item: 'correspondence_id',
  result: 'passed',
  checkedBy: { id: 'u-ada', fullName: 'Ada Assistant' },
  checkedAt: '2026-11-25T12:00:00.000Z',
  note: null,
};

describe('ChecklistCard', () => {
  let fixture: ComponentFixture<ChecklistCard>;
  let api: { setCheck: jest.Mock };
  let emitted: NoticeView[];
  const element = (): HTMLElement => fixture.nativeElement;
  const item = (name: string): HTMLElement => find(element(), `[data-testid=check-item][data-item=${name}]`);

  async function render(role: Role, notice: NoticeView): Promise<void> {
    sessionStorage.clear();
    storeSession(role);
    api = { setCheck: jest.fn() };
    TestBed.configureTestingModule({ providers: [{ provide: NoticesApi, useValue: api }] });
    fixture = TestBed.createComponent(ChecklistCard);
    fixture.componentRef.setInput('notice', notice);
    emitted = [];
    fixture.componentInstance.noticeChange.subscribe((changed) => emitted.push(changed));
    await fixture.whenStable();
  }

  it('lists all nine checks, with who checked one and when', async () => {
    await render('assistant', noticeView({ checklist: [passedByAda] }));

    expect(element().querySelectorAll('[data-testid=check-item]').length).toBe(9);
    expect(item('correspondence_id').getAttribute('data-result')).toBe('passed');
    expect(textOf(item('correspondence_id'))).toContain('Ada Assistant');
    expect(item('letterhead').getAttribute('data-result')).toBe('not_checked');
    expect(textOf(find(element(), '[data-testid=checklist-summary]'))).toBe('1 of 9 checks passed.');
  });

  it('records a pass in one click, even for an assistant, and hands the updated notice to the page', async () => {
    const updated = noticeView({ version: 2, checklist: [{ ...passedByAda, item: 'letterhead' }] });
    await render('assistant', noticeView());
    api.setCheck.mockReturnValue(of(updated));

    fixture.debugElement
      .query(By.css('[data-testid=check-item][data-item=letterhead] mat-checkbox'))
      .triggerEventHandler('change', { checked: true });
    await fixture.whenStable();

    expect(api.setCheck).toHaveBeenCalledWith('n-1', 'letterhead', 'passed');
    expect(emitted).toEqual([updated]);
  });

  it('marks a check failed, and shows the possible-scam flag the api raises', async () => {
    const failed: ChecklistItemView = { ...passedByAda, item: 'payment_address_matches_drs_site', result: 'failed' };
    await render('practitioner', noticeView());
    api.setCheck.mockReturnValue(of(noticeView({ possibleScam: true, checklist: [failed] })));

    find(element(), '[data-testid=fail-payment_address_matches_drs_site]').click();
    expect(api.setCheck).toHaveBeenCalledWith('n-1', 'payment_address_matches_drs_site', 'failed');

    // The page feeds the api's notice back in.
    fixture.componentRef.setInput('notice', emitted[0]);
    await fixture.whenStable();
    expect(item('payment_address_matches_drs_site').getAttribute('data-result')).toBe('failed');
    expect(textOf(item('payment_address_matches_drs_site'))).toContain('Possible scam');
    expect(textOf(find(element(), '[data-testid=checklist-scam]'))).toContain('possible scam');
  });

  it('says in plain words when a check could not be saved', async () => {
    await render('practitioner', noticeView());
    api.setCheck.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 0 })));

    find(element(), '[data-testid=fail-letterhead]').click();
    await fixture.whenStable();

    expect(textOf(find(element(), '[role=alert]'))).toBe(
      '"DRS letterhead and logo" was not recorded. Cannot reach the Nutmeg server. Check the connection and try again.',
    );
    expect(emitted).toEqual([]);
  });

  it('keeps the house order and fills in checks the api has no record of', () => {
    const rows = checklistRowsOf([passedByAda], Date.parse('2026-11-25T14:00:00.000Z'));
    expect(rows.map((row) => row.item)[0]).toBe('letterhead');
    expect(rows.find((row) => row.item === 'correspondence_id')?.by).toBe('Ada Assistant, 2 hours ago');
  });
});
