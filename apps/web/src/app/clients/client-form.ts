import { type AbstractControl, FormControl, type NonNullableFormBuilder, Validators } from '@angular/forms';
import type { ClientKind, ClientUpdate, ClientView, ClientWrite } from '@nutmeg/contracts';

/**
 * The editor's form mirrors ClientWrite's shape (address is a nested group), so a field path from the
 * api's 400 answer ("address.postalCode") names a control directly.
 */
export function buildClientForm(fb: NonNullableFormBuilder) {
  return fb.group({
    kind: fb.control<ClientKind>('individual'),
    legalName: ['', [Validators.required, Validators.maxLength(200)]],
    dba: [''],
    taxpayerId: [''],
    ctRegistrationNumber: [''],
    ctAccountNumber: [''],
    assignedPractitionerId: fb.control<string | null>(null),
    phone: [''],
    email: ['', Validators.email],
    address: fb.group({
      street: [''],
      city: [''],
      state: ['CT'],
      postalCode: [''],
    }),
    hasW2Wages: [false],
    employerName: [''],
    knownBankAccounts: [0, [Validators.required, Validators.min(0), Validators.max(99), Validators.pattern(/^\d+$/)]],
    ownsRealProperty: [false],
    expectsFederalRefund: [false],
    holdsCtBusinessRegistration: [false],
    inBankruptcy: [false],
    underCriminalInvestigation: [false],
    notes: [''],
  });
}

export type ClientForm = ReturnType<typeof buildClientForm>;
export type ClientFormValue = ReturnType<ClientForm['getRawValue']>;

/** The form's values for an existing client. The taxpayer id starts empty: the api never returns it. */
export function formValueOf(client: ClientView): ClientFormValue {
  return {
    kind: client.kind,
    legalName: client.legalName,
    dba: client.dba ?? '',
    taxpayerId: '',
    ctRegistrationNumber: client.ctRegistrationNumber ?? '',
    ctAccountNumber: client.ctAccountNumber ?? '',
    assignedPractitionerId: client.assignedPractitioner?.id ?? null,
    phone: client.phone ?? '',
    email: client.email ?? '',
    address: {
      street: client.address.street ?? '',
      city: client.address.city ?? '',
      state: client.address.state ?? '',
      postalCode: client.address.postalCode ?? '',
    },
    hasW2Wages: client.hasW2Wages,
    employerName: client.employerName ?? '',
    knownBankAccounts: client.knownBankAccounts,
    ownsRealProperty: client.ownsRealProperty,
    expectsFederalRefund: client.expectsFederalRefund,
    holdsCtBusinessRegistration: client.holdsCtBusinessRegistration,
    inBankruptcy: client.inBankruptcy,
    underCriminalInvestigation: client.underCriminalInvestigation,
    notes: client.notes ?? '',
  };
}

function textOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** What a create sends. An empty taxpayer id is left out rather than sent as "". */
export function toClientWrite(value: ClientFormValue): ClientWrite {
  const write: ClientWrite = {
    kind: value.kind,
    legalName: value.legalName.trim(),
    dba: textOrNull(value.dba),
    ctRegistrationNumber: textOrNull(value.ctRegistrationNumber),
    ctAccountNumber: textOrNull(value.ctAccountNumber),
    assignedPractitionerId: value.assignedPractitionerId || null,
    phone: textOrNull(value.phone),
    email: textOrNull(value.email),
    address: {
      street: textOrNull(value.address.street),
      city: textOrNull(value.address.city),
      state: textOrNull(value.address.state)?.toUpperCase() ?? null,
      postalCode: textOrNull(value.address.postalCode),
    },
    hasW2Wages: value.hasW2Wages,
    // An employer only means something while the client has W-2 wages.
    employerName: value.hasW2Wages ? textOrNull(value.employerName) : null,
    knownBankAccounts: Number(value.knownBankAccounts) || 0,
    ownsRealProperty: value.ownsRealProperty,
    expectsFederalRefund: value.expectsFederalRefund,
    holdsCtBusinessRegistration: value.holdsCtBusinessRegistration,
    inBankruptcy: value.inBankruptcy,
    underCriminalInvestigation: value.underCriminalInvestigation,
    notes: textOrNull(value.notes),
  };
  const taxpayerId = textOrNull(value.taxpayerId);
  if (taxpayerId) write.taxpayerId = taxpayerId;
  return write;
}

/** What an edit sends: the whole record plus the version it started from; no taxpayer id means unchanged. */
export function toClientUpdate(value: ClientFormValue, version: number): ClientUpdate {
  return { ...toClientWrite(value), version };
}

/** Readable names for field paths, for api messages that match no control on the form. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: 'Kind',
  legalName: 'Legal name',
  dba: 'Doing business as',
  taxpayerId: 'Taxpayer id',
  ctRegistrationNumber: 'CT registration no.',
  ctAccountNumber: 'CT account no.',
  assignedPractitionerId: 'Assigned practitioner',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  'address.street': 'Street',
  'address.city': 'City',
  'address.state': 'State',
  'address.postalCode': 'ZIP code',
  employerName: 'Employer',
  knownBankAccounts: 'Known bank accounts',
  notes: 'Notes',
};

/** The error key under which an api message is stored on a control. */
export const SERVER_ERROR = 'server';

/**
 * Puts each api field message on its control (shown by its mat-error) and returns the messages that match
 * no single control, to be shown above the form.
 */
export function applyFieldErrors(form: ClientForm, fields: Record<string, string[]>): string[] {
  const unmatched: string[] = [];
  for (const [path, messages] of Object.entries(fields)) {
    const text = messages.map((message) => withoutFieldName(path, message)).join(' ');
    const control = form.get(path);
    if (control instanceof FormControl) {
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: text });
      control.markAsTouched();
    } else {
      const label = FIELD_LABELS[path];
      unmatched.push(label ? `${label}: ${text}` : messages.join(' '));
    }
  }
  return unmatched;
}

/**
 * The api words its messages for developers ("address.postalCode must be a ZIP code: ..."); beside the field
 * itself the name is noise, so "Must be a ZIP code: ...".
 */
export function withoutFieldName(path: string, message: string): string {
  const name = path.split('.').at(-1) ?? path;
  for (const prefix of [path, name]) {
    if (message.startsWith(`${prefix} `)) {
      const rest = message.slice(prefix.length + 1);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return message;
}

/** The one message a field shows: the api's word first, then the form's own checks. */
export function controlErrorText(control: AbstractControl | null): string | null {
  const errors = control?.errors;
  if (!errors) return null;
  if (typeof errors[SERVER_ERROR] === 'string') return errors[SERVER_ERROR];
  if (errors['required']) return 'Required';
  if (errors['email']) return 'Enter an email like name@example.com';
  if (errors['maxlength'])
    return `At most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters`;
  if (errors['min'] || errors['max'] || errors['pattern']) return 'Enter a whole number from 0 to 99';
  return 'Not valid';
}
