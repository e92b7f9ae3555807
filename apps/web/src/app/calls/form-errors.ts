import { type AbstractControl, FormControl, type FormGroup } from '@angular/forms';
import { withoutFieldName } from '../clients/client-form';

/** The error key under which an api message is stored on a control. */
export const SERVER_ERROR = 'server';

/**
 * Puts each api field message ("periods.0.toYear" → the control `controlFor` names) on its control, shown
 * by its mat-error, and returns the messages that fit no control, for a banner above the form.
 */
export function applyApiFieldErrors(
  form: FormGroup,
  fields: Record<string, string[]>,
  controlFor: (path: string) => string = (path) => path,
): string[] {
  const unmatched: string[] = [];
  for (const [path, messages] of Object.entries(fields)) {
    const name = controlFor(path);
    const control = form.get(name);
    if (control instanceof FormControl) {
      const text = messages.map((message) => withoutFieldName(path, message)).join(' ');
      const existing = control.errors?.[SERVER_ERROR];
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: existing ? `${existing} ${text}` : text });
      control.markAsTouched();
    } else {
      unmatched.push(messages.join(' '));
    }
  }
  return unmatched;
}

/** The one message a field shows: the api's word first, then the form's own checks. */
export function errorTextOf(control: AbstractControl | null, own: Readonly<Record<string, string>> = {}): string | null {
  const errors = control?.errors;
  if (!errors) return null;
  if (typeof errors[SERVER_ERROR] === 'string') return errors[SERVER_ERROR];
  for (const [key, text] of Object.entries(own)) if (errors[key]) return text;
  if (errors['required']) return 'Required';
  if (errors['maxlength'])
    return `At most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters`;
  if (errors['min'] || errors['max'] || errors['pattern']) return 'Enter whole minutes from 0 to 600';
  return 'Not valid';
}

/** Focuses the first invalid field inside `root`, after the errors have rendered. */
export function focusFirstInvalid(root: HTMLElement): void {
  root
    .querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [data-invalid=true]')
    ?.focus();
}
