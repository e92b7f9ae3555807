import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SESSION_STORAGE_KEY } from '../core/auth/auth.service';
import { find, sessionUser, storeSession, textOf } from '../testing/fixtures';
import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(() => {
    sessionStorage.clear();
    storeSession('assistant');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
  });

  it('shows who is signed in, their role and firm, and signs out', async () => {
    const navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(Shell);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/auth/me').flush({ ...sessionUser('assistant'), fullName: 'Ada Assistant-Lovelace' });
    http.expectOne('/api/alerts/unread-count').flush({ unread: 3 });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(textOf(element.querySelector('.app-name'))).toBe('Nutmeg');
    expect(textOf(element.querySelector('.user-name'))).toBe('Ada Assistant-Lovelace');
    expect(textOf(element.querySelector('[data-testid=user-role]'))).toBe('Assistant');
    expect(textOf(element.querySelector('[data-testid=firm-name]'))).toBe('Demo CPA Group');
    const links = element.querySelectorAll('nav[aria-label=Main] a');
    expect(Array.from(links, (link) => textOf(link))).toEqual(['Caseload', 'Triage', 'Cases', 'Clients', 'Calls', 'Calculator']);
    expect(find(element, '[data-testid=alerts-bell]').getAttribute('aria-label')).toBe('Alerts, 3 unread');

    find(element, 'button[aria-label="Sign out"]').click();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigateByUrl).toHaveBeenCalledWith('/login');
    http.verify();
  });
});
