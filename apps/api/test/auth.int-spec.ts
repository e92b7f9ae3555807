import { bearer, createFirm, TEST_PASSWORD, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { User } from '../src/users/user.entity';

describe('sign-in', () => {
  let testApp: TestApp;
  let firm: TestFirm;

  beforeAll(async () => {
    testApp = await createTestApp({ LOGIN_RATE_LIMIT: '5', LOGIN_RATE_WINDOW_SECONDS: '60' });
    firm = await createFirm(testApp, 'Login Associates');
  });
  afterAll(() => testApp.close());

  it('returns a token and the user with their firm; /me answers with the same user', async () => {
    const login = await testApp.http
      .post('/api/auth/login')
      .send({ email: '  Manager@Login-Associates.test ', password: TEST_PASSWORD })
      .expect(200);
    expect(login.body).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      user: {
        id: firm.users.manager.id,
        email: 'manager@login-associates.test',
        fullName: 'Login Associates manager',
        role: 'manager',
        firm: { id: firm.firm.id, name: 'Login Associates' },
      },
    });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const me = await testApp.http.get('/api/auth/me').set(bearer(login.body.accessToken)).expect(200);
    expect(me.body).toEqual(login.body.user);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const unknown = await testApp.http.post('/api/auth/login').send({ email: 'nobody@nowhere.test', password: TEST_PASSWORD });
    const wrong = await testApp.http.post('/api/auth/login').send({ email: firm.users.practitioner.email, password: 'wrong' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Email or password is not right' });
  });

  it('refuses a deactivated user at sign-in and ends their existing session', async () => {
    await testApp.dataSource.getRepository(User).update(firm.users.assistant.id, { active: false });
    await testApp.http.get('/api/auth/me').set(bearer(firm.tokens.assistant)).expect(401);
    await testApp.http.post('/api/auth/login').send({ email: firm.users.assistant.email, password: TEST_PASSWORD }).expect(401);
  });

  it('names the field for malformed sign-in input', async () => {
    const response = await testApp.http.post('/api/auth/login').send({ email: 'not-an-email', password: 'x', extra: true }).expect(400);
    expect(response.body.fields).toEqual({
      email: ['email must be an email address'],
      extra: ['extra is not a known field'],
    });
  });

  it('rate-limits repeated attempts for one email from one address with 429', async () => {
    const email = 'guessed@login-associates.test';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      statuses.push((await testApp.http.post('/api/auth/login').send({ email, password: `guess-${attempt}` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // Another account from the same address is not locked out by the guessing.
    await testApp.http.post('/api/auth/login').send({ email: firm.users.practitioner.email, password: TEST_PASSWORD }).expect(200);
  });
});
