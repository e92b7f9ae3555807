import { ClientKind } from '@nutmeg/contracts';
import { TaxpayerIdKind } from './client.entity';

export interface ParsedTaxpayerId {
  kind: TaxpayerIdKind;
  /** Nine digits, no dashes: the form that is encrypted and fingerprinted. */
  digits: string;
  last4: string;
}

export type TaxpayerIdResult = { ok: true; value: ParsedTaxpayerId } | { ok: false; message: string };

/**
 * Individuals are identified by SSN, businesses by FEIN (DRS asks for one or the other on every form).
 * Dashes are optional on input. SSNs that the SSA never issues are refused: area 000, 666 or 900–999,
 * group 00, serial 0000. FEINs are nine digits whose two-digit prefix is not 00.
 */
export function parseTaxpayerId(clientKind: ClientKind, raw: string): TaxpayerIdResult {
  const text = raw.trim();
  if (clientKind === 'individual') {
    const match = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(text);
    if (!match) return { ok: false, message: 'must be an SSN: 9 digits as 123-45-6789' };
    const [, area, group, serial] = match;
    if (area === '000' || area === '666' || area.startsWith('9') || group === '00' || serial === '0000') {
      return { ok: false, message: 'is not a valid SSN (area 000, 666 or 9xx, group 00 and serial 0000 are never issued)' };
    }
    return { ok: true, value: { kind: 'ssn', digits: area + group + serial, last4: serial } };
  }
  const match = /^(\d{2})-?(\d{7})$/.exec(text);
  if (!match) return { ok: false, message: 'must be a FEIN: 9 digits as 12-3456789' };
  const [, prefix, rest] = match;
  if (prefix === '00') return { ok: false, message: 'is not a valid FEIN (prefix 00 is never issued)' };
  return { ok: true, value: { kind: 'fein', digits: prefix + rest, last4: rest.slice(-4) } };
}

/** The only form in which a taxpayer id leaves the api. */
export function maskTaxpayerId(kind: TaxpayerIdKind | null, last4: string | null): string | null {
  if (!kind || !last4) return null;
  return kind === 'ssn' ? `***-**-${last4}` : `**-***${last4}`;
}
