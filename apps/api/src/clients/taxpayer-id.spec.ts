import { maskTaxpayerId, parseTaxpayerId } from './taxpayer-id';

describe('parseTaxpayerId', () => {
  it.each(['123-45-6789', '123456789', ' 123-45-6789 '])('accepts the SSN %p for an individual', (raw) => {
    expect(parseTaxpayerId('individual', raw)).toEqual({
      ok: true,
      value: { kind: 'ssn', digits: '123456789', last4: '6789' },
    });
  });

  it.each(['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000'])(
    'refuses the never-issued SSN %p',
    (raw) => expect(parseTaxpayerId('individual', raw)).toMatchObject({ ok: false }),
  );

  it.each(['123-45-678', '12-3456789', 'abc-de-fghi', '1234567890'])('refuses the malformed SSN %p', (raw) => {
    expect(parseTaxpayerId('individual', raw)).toEqual({ ok: false, message: expect.stringMatching(/SSN/) });
  });

  it('accepts a FEIN for a business and refuses an SSN shape', () => {
    expect(parseTaxpayerId('business', '06-1234567')).toEqual({
      ok: true,
      value: { kind: 'fein', digits: '061234567', last4: '4567' },
    });
    expect(parseTaxpayerId('business', '123-45-6789')).toMatchObject({ ok: false });
    expect(parseTaxpayerId('business', '00-1234567')).toMatchObject({ ok: false });
  });
});

describe('maskTaxpayerId', () => {
  it('shows only the last four, in the shape of the id', () => {
    expect(maskTaxpayerId('ssn', '6789')).toBe('***-**-6789');
    expect(maskTaxpayerId('fein', '4567')).toBe('**-***4567');
    expect(maskTaxpayerId(null, null)).toBeNull();
  });
});
