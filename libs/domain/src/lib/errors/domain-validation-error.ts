/**
 * Thrown for input the rules cannot work with. `field` names the offending input (a dotted or indexed path
 * such as `payments[2].amount`) so the api can answer 400 naming it; `message` says what is wrong without
 * repeating the field name.
 */
export class DomainValidationError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'DomainValidationError';
    this.field = field;
    // Keeps `instanceof` working when the library is compiled to ES5-style classes by a consumer.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  toJSON(): { field: string; message: string } {
    return { field: this.field, message: this.message };
  }
}
