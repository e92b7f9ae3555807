import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { ClientView } from '@nutmeg/contracts';
import { ASSIGNEES, clientView, find, textOf, typeInto } from '../testing/fixtures';
import { ClientDialog, type ClientDialogData, STALE_VERSION_MESSAGE } from './client-dialog';

describe('ClientDialog', () => {
  let fixture: ComponentFixture<ClientDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;

  async function open(client: ClientView | null): Promise<void> {
    close = jest.fn();
    const data: ClientDialogData = { client, assignees: ASSIGNEES };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientDialog);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement;
  const input = (name: string): HTMLInputElement => find<HTMLInputElement>(element(), `[formControlName=${name}]`);
  /** The error text shown inside the form field that holds `name`. */
  const fieldError = (name: string): string => {
    const field = input(name).closest('mat-form-field');
    if (!field) throw new Error(`${name} is not inside a mat-form-field`);
    return textOf(field.querySelector('mat-error'));
  };

  async function submit(): Promise<void> {
    find(element(), 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  async function answer(method: string, url: string, status: number, body: object | null): Promise<void> {
    http.expectOne({ method, url }).flush(body, { status, statusText: 'x' });
    await fixture.whenStable();
  }

  describe('creating', () => {
    beforeEach(() => open(null));

    it('shows each api field message next to its field', async () => {
      typeInto(input('legalName'), 'Acme Hardware LLC');
      typeInto(input('taxpayerId'), '123-45-678');
      typeInto(input('postalCode'), '6103');
      await submit();

      await answer('POST', '/api/clients', 400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are not valid',
        fields: {
          taxpayerId: ['taxpayerId must be an SSN: 9 digits as 123-45-6789'],
          'address.postalCode': ['postalCode must be a ZIP code: 06103 or 06103-1234'],
          somethingElse: ['somethingElse is not a known field'],
        },
      });

      // The api's messages start with the field's name; beside the field that is left out.
      expect(fieldError('taxpayerId')).toBe('Must be an SSN: 9 digits as 123-45-6789');
      expect(fieldError('postalCode')).toBe('Must be a ZIP code: 06103 or 06103-1234');
      expect(input('taxpayerId').getAttribute('aria-invalid')).toBe('true');
      // A message for a field the form does not have still reaches the user.
      expect(textOf(element().querySelector('[data-testid=form-errors]'))).toBe('somethingElse is not a known field');
      expect(close).not.toHaveBeenCalled();
    });

    it('clears a field message once the user corrects the field', async () => {
      typeInto(input('legalName'), 'Acme Hardware LLC');
      typeInto(input('taxpayerId'), '123-45-678');
      await submit();
      await answer('POST', '/api/clients', 400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid',
        fields: { taxpayerId: ['An SSN has 9 digits'] },
      });
      expect(fieldError('taxpayerId')).toBe('An SSN has 9 digits');

      typeInto(input('taxpayerId'), '123-45-6789');
      await fixture.whenStable();

      expect(fieldError('taxpayerId')).toBe('');
      expect(input('taxpayerId').getAttribute('aria-invalid')).toBe('false');
    });

    it('sends every field in the api shape and closes with the created client', async () => {
      typeInto(input('legalName'), '  Acme Hardware LLC ');
      typeInto(input('taxpayerId'), '12-3456789');
      typeInto(input('city'), 'New Haven');
      await submit();

      const request = http.expectOne({ method: 'POST', url: '/api/clients' });
      expect(request.request.body).toMatchObject({
        kind: 'individual',
        legalName: 'Acme Hardware LLC',
        taxpayerId: '12-3456789',
        dba: null,
        address: { street: null, city: 'New Haven', state: 'CT', postalCode: null },
        hasW2Wages: false,
        employerName: null,
        knownBankAccounts: 0,
      });
      const created = clientView({ legalName: 'Acme Hardware LLC' });
      request.flush(created, { status: 201, statusText: 'Created' });
      await fixture.whenStable();

      expect(close).toHaveBeenCalledWith(created);
    });

    it('puts a duplicate taxpayer id (409 with fields) on the taxpayer id field', async () => {
      typeInto(input('legalName'), 'Acme Hardware LLC');
      typeInto(input('taxpayerId'), '123-45-6789');
      await submit();
      await answer('POST', '/api/clients', 409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'Another client of your firm already has this taxpayer id',
        fields: { taxpayerId: ['taxpayerId is already on file for another client'] },
      });

      expect(fieldError('taxpayerId')).toBe('Is already on file for another client');
      expect(element().querySelector('[data-testid=stale-banner]')).toBeNull();
    });

    it('checks the legal name before calling the api', async () => {
      await submit();

      http.expectNone('/api/clients');
      expect(fieldError('legalName')).toBe('Required');
    });
  });

  describe('editing', () => {
    beforeEach(() => open(clientView()));

    it('leaves the taxpayer id out when its input stays empty, and sends the version', async () => {
      expect(input('taxpayerId').value).toBe('');
      expect(textOf(input('taxpayerId').closest('mat-form-field'))).toContain('***-**-6789');

      typeInto(input('phone'), '860-555-0100');
      await submit();

      const request = http.expectOne({ method: 'PATCH', url: '/api/clients/c-1' });
      expect(request.request.body).not.toHaveProperty('taxpayerId');
      expect(request.request.body).toMatchObject({ version: 3, phone: '860-555-0100', employerName: 'Acme Insurance' });
      request.flush(clientView({ phone: '860-555-0100', version: 4 }));
      await fixture.whenStable();
      expect(close).toHaveBeenCalled();
    });

    it('explains a stale version and reloads the other change on request', async () => {
      typeInto(input('phone'), '860-555-0100');
      await submit();
      await answer('PATCH', '/api/clients/c-1', 409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'Version 3 is stale',
      });

      const banner = element().querySelector('[data-testid=stale-banner]');
      expect(textOf(banner)).toContain(STALE_VERSION_MESSAGE);

      find(element(), '[data-testid=stale-banner] button').click();
      await fixture.whenStable();
      await answer('GET', '/api/clients/c-1', 200, clientView({ legalName: 'Jane Q. Taxpayer-Smith', version: 4 }));

      expect(element().querySelector('[data-testid=stale-banner]')).toBeNull();
      expect(input('legalName').value).toBe('Jane Q. Taxpayer-Smith');

      await submit();
      const retry = http.expectOne({ method: 'PATCH', url: '/api/clients/c-1' });
      expect(retry.request.body).toMatchObject({ version: 4 });
      retry.flush(clientView({ version: 5 }));
      await fixture.whenStable();
    });
  });
});
