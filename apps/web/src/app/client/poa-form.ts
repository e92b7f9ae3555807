import { type AbstractControl, type NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import { POA_POWERS, type PoaPower } from '@nutmeg/contracts';
import type { PoaWrite, WritablePoaStatus } from '../core/api/poa.api';
import { parsePeriods } from '@nutmeg/domain';

/** The periods field must read as years, quarters, months or ranges of years. */
function readablePeriods(control: AbstractControl): ValidationErrors | null {
  const text = String(control.value ?? '');
  if (text.trim() === '') return null;
  const { unreadable } = parsePeriods(text);
  return unreadable.length > 0 ? { periods: unreadable } : null;
}

export function buildPoaForm(fb: NonNullableFormBuilder) {
  const powers = Object.fromEntries(POA_POWERS.map((power) => [power, fb.control(false)])) as Record<
    PoaPower,
    ReturnType<typeof fb.control<boolean>>
  >;
  return fb.group({
    representativeId: ['', Validators.required],
    taxTypes: fb.control<string[]>([], Validators.required),
    periods: ['', [Validators.required, readablePeriods]],
    powers: fb.group(powers),
    otherActs: ['', Validators.maxLength(500)],
    includesSpouse: [false],
    // Recording an authorization DRS already accepted is the usual case; it revokes earlier ones it overlaps.
    status: fb.control<WritablePoaStatus>('active'),
    signedOn: [''],
    filedOn: [''],
    confirmationNumber: [''],
    effectiveOn: [''],
    expiresOn: [''],
    notes: ['', Validators.maxLength(5000)],
  });
}

export type PoaForm = ReturnType<typeof buildPoaForm>;
export type PoaFormValue = ReturnType<PoaForm['getRawValue']>;

/** The api's field paths → the form's controls ("periods.0.toYear" belongs to the one periods field). */
export function controlForPoaField(path: string): string {
  const head = path.split('.')[0];
  return ['periods', 'taxTypes', 'powers'].includes(head) ? head : path;
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function toPoaWrite(value: PoaFormValue, clientId: string, spouseAllowed: boolean): PoaWrite {
  return {
    clientId,
    representativeId: value.representativeId,
    taxTypes: [...value.taxTypes],
    periods: parsePeriods(value.periods).periods,
    powers: POA_POWERS.filter((power) => value.powers[power]),
    otherActs: textOrNull(value.otherActs),
    includesSpouse: spouseAllowed && value.includesSpouse,
    status: value.status,
    signedOn: textOrNull(value.signedOn),
    filedOn: textOrNull(value.filedOn),
    confirmationNumber: textOrNull(value.confirmationNumber),
    effectiveOn: textOrNull(value.effectiveOn),
    expiresOn: textOrNull(value.expiresOn),
    notes: textOrNull(value.notes),
  };
}
