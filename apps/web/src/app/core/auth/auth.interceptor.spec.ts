import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { storeSession } from '../../testing/fixtures';
import { authInterceptor } from './auth.interceptor';
import { AuthService, SESSION_STORAGE_KEY } from './auth.service';

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    sessionStorage.clear();
    storeSession('practitioner');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  it('sends the bearer token to the api', () => {
    client.get('/api/clients').subscribe();
    expect(http.expectOne('/api/clients').request.headers.get('Authorization')).toBe('Bearer token-for-practitioner');
  });

  it('keeps the token away from other hosts and from the login call', () => {
    client.get('https://example.com/api/clients').subscribe();
    client.post('/api/auth/login', {}).subscribe();
    expect(http.expectOne('https://example.com/api/clients').request.headers.has('Authorization')).toBe(false);
    expect(http.expectOne('/api/auth/login').request.headers.has('Authorization')).toBe(false);
  });

  it('ends the session and returns to sign-in when the api refuses the token', () => {
    const failed = jest.fn();
    client.get('/api/clients').subscribe({ error: failed });
    http
      .expectOne('/api/clients')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Token expired' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(failed).toHaveBeenCalled();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.objectContaining({ queryParams: expect.anything() }));
  });

  it('leaves the session alone on a 403', () => {
    client.delete('/api/clients/c-1').subscribe({ error: () => undefined });
    http
      .expectOne('/api/clients/c-1')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'Missing permission clients:delete' },
        { status: 403, statusText: 'Forbidden' },
      );

    expect(TestBed.inject(AuthService).isSignedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });
});
