import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { poaView } from '../calls/call-fixtures';
import { ASSIGNEES, find, textOf, typeInto } from '../testing/fixtures';
import { PoaDialog, type PoaDialogData } from './poa-dialog';

describe('PoaDialog', () => {
  let fixture: ComponentFixture<PoaDialog>;
  let http: HttpTestingController;
  let close: jest.Mock;
  const element = (): HTMLElement => fixture.nativeElement;
  const input = (name: string): HTMLInputElement => find<HTMLInputElement>(element(), `[formControlName=${name}]`);
  const fieldError = (name: string): string =>
    textOf(find(element(), `[formControlName=${name}]`).closest('mat-form-field')?.querySelector('mat-error') ?? null);

  beforeEach(async () => {
    close = jest.fn();
    const data: PoaDialogData = { client: { id: 'c-1', legalName: 'Jane Q. Taxpayer', kind: 'individual' }, users: ASSIGNEES };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PoaDialog);
    await fixture.whenStable();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    http.verify();
  });

  /** Opens a mat-select and clicks the options with these labels, as a person does. */
  async function choose(name: string, ...labels: string[]): Promise<void> {
    find(element(), `mat-select[formControlName=${name}]`).click();
    await fixture.whenStable();
    for (const label of labels) {
      const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
        (candidate) => textOf(candidate) === label,
      );
      if (!option) throw new Error(`no option ${label}`);
      option.click();
      await fixture.whenStable();
    }
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    find(element(), 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('checks the required fields and reads the periods before calling the api', async () => {
    typeInto(input('periods'), '2019-2024, twenty-twenty');
    await submit();
    http.expectNone('/api/poa');
    expect(fieldError('representativeId')).toBe('Required');
    expect(fieldError('taxTypes')).toBe('Required');
    expect(fieldError('periods')).toBe('Cannot read “twenty-twenty”: write 2024, 2019–2024, 2024-Q3 or 2024-07');
  });

  it('sends the LGL-001 in the api shape and closes with what it recorded and revoked', async () => {
    await choose('representativeId', 'Paul Practitioner');
    await choose('taxTypes', 'Individual income tax');
    typeInto(input('periods'), '2023–2026, 2022-Q4');
    find<HTMLInputElement>(element(), 'mat-checkbox[data-power=receive_refund_checks] input').click();
    typeInto(input('signedOn'), '2026-11-01');
    typeInto(input('filedOn'), '2026-11-02');
    typeInto(input('confirmationNumber'), 'LGL-9911');
    typeInto(input('expiresOn'), '2029-12-31');
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/poa' });
    expect(request.request.body).toEqual({
      clientId: 'c-1',
      representativeId: 'u-paul',
      taxTypes: ['individual_income'],
      periods: [{ fromYear: 2023, toYear: 2026 }, { year: 2022, quarter: 4 }],
      powers: ['receive_refund_checks'],
      otherActs: null,
      includesSpouse: false,
      status: 'active',
      signedOn: '2026-11-01',
      filedOn: '2026-11-02',
      confirmationNumber: 'LGL-9911',
      effectiveOn: null,
      expiresOn: '2029-12-31',
      notes: null,
    });
    const recorded = {
      ...poaView({ id: 'poa-new' }),
      revoked: [
        {
          id: 'poa-1',
          representative: { id: 'u-maria', fullName: 'Maria Manager' },
          taxTypes: ['individual_income'],
          periodLabels: ['2019–2024'],
          overlap: { taxTypes: ['individual_income'], periodLabels: ['2023–2024'] },
        },
      ],
    };
    request.flush(recorded, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(recorded);
  });

  it("shows the api's field messages next to their fields", async () => {
    await choose('representativeId', 'Paul Practitioner');
    await choose('taxTypes', 'Individual income tax');
    typeInto(input('periods'), '2024–2019');
    await submit();
    http.expectOne({ method: 'POST', url: '/api/poa' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid',
        fields: {
          'periods.0.toYear': ['periods.0.toYear must not be before fromYear (2024)'],
          signedOn: ['signedOn is required once the authorization is active'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(fieldError('periods')).toBe('Must not be before fromYear (2024)');
    expect(fieldError('signedOn')).toBe('Is required once the authorization is active');
    expect(input('signedOn').getAttribute('aria-invalid')).toBe('true');
    expect(close).not.toHaveBeenCalled();
  });

  it('shows a refusal that belongs to no field (a later LGL-001 on file) above the form', async () => {
    await choose('representativeId', 'Paul Practitioner');
    await choose('taxTypes', 'Individual income tax');
    typeInto(input('periods'), '2024');
    await submit();
    http.expectOne({ method: 'POST', url: '/api/poa' }).flush(
      { statusCode: 409, error: 'Conflict', message: 'An LGL-001 signed later is already on file' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(textOf(element().querySelector('[data-testid=form-errors]'))).toBe('An LGL-001 signed later is already on file');
  });
});
