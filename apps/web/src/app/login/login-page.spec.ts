import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SESSION_STORAGE_KEY } from '../core/auth/auth.service';
import { find, loginResponse, textOf, typeInto } from '../testing/fixtures';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement;

  async function signIn(email: string, password: string): Promise<void> {
    typeInto(find<HTMLInputElement>(element(), 'input[formControlName=email]'), email);
    typeInto(find<HTMLInputElement>(element(), 'input[formControlName=password]'), password);
    find(element(), 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  async function answer(status: number, body: object): Promise<void> {
    http.expectOne({ method: 'POST', url: '/api/auth/login' }).flush(body, { status, statusText: 'x' });
    await fixture.whenStable();
  }

  it('always shows the demo logins', () => {
    const hint = textOf(element().querySelector('.hint'));
    expect(hint).toContain('manager@demo.test');
    expect(hint).toContain('practitioner@demo.test');
    expect(hint).toContain('assistant@demo.test');
    expect(hint).toContain('nutmeg-demo');
  });

  it('says in plain words when the email or password is wrong', async () => {
    await signIn('manager@demo.test', 'wrong');
    await answer(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials' });

    expect(textOf(element().querySelector('[data-testid=login-error]'))).toBe('Email or password is not right');
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('asks the user to wait when the api rate-limits sign-ins', async () => {
    await signIn('manager@demo.test', 'wrong');
    await answer(429, { statusCode: 429, error: 'Too Many Requests', message: 'ThrottlerException' });

    expect(textOf(element().querySelector('[data-testid=login-error]'))).toBe('Too many attempts, wait a minute');
  });

  it('does not call the api until both fields are filled', async () => {
    find(element(), 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    expect(textOf(element())).toContain('Enter your email');
    expect(textOf(element())).toContain('Enter your password');
  });

  it('keeps the session and goes back to the page the user came from', async () => {
    fixture.componentRef.setInput('returnUrl', '/clients');
    await signIn(' practitioner@demo.test ', 'nutmeg-demo');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'practitioner@demo.test', password: 'nutmeg-demo' });
    request.flush(loginResponse('practitioner'));
    await fixture.whenStable();

    const stored = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
    expect(stored.accessToken).toBe('token-for-practitioner');
    expect(navigateByUrl).toHaveBeenCalledWith('/clients');
  });

  it('ignores a return address outside the app', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/phish');
    await signIn('manager@demo.test', 'nutmeg-demo');
    http.expectOne('/api/auth/login').flush(loginResponse('manager'));
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });
});
