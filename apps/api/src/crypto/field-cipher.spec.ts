import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(Buffer.alloc(32, 1));

  it('round-trips a value', () => {
    expect(cipher.decrypt(cipher.encrypt('123-45-6789'))).toBe('123-45-6789');
  });

  it('never stores the plaintext and uses a fresh nonce each time', () => {
    const a = cipher.encrypt('123456789');
    const b = cipher.encrypt('123456789');
    expect(a).not.toContain('123456789');
    expect(a).not.toBe(b);
  });

  it('detects tampering', () => {
    const [version, iv, tag, data] = cipher.encrypt('123456789').split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 0xff;
    expect(() => cipher.decrypt([version, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('cannot be read with another key', () => {
    const other = new FieldCipher(Buffer.alloc(32, 2));
    expect(() => other.decrypt(cipher.encrypt('123456789'))).toThrow();
  });

  it('fingerprints deterministically per key', () => {
    expect(cipher.fingerprint('123456789')).toBe(cipher.fingerprint('123456789'));
    expect(cipher.fingerprint('123456789')).not.toBe(new FieldCipher(Buffer.alloc(32, 2)).fingerprint('123456789'));
  });

  it('encrypts a file, detects tampering, and passes a legacy plain file through', () => {
    const pdf = Buffer.from('%PDF-1.7 taxpayer 123-45-6789');
    const stored = cipher.encryptBytes(pdf);
    expect(stored.includes(Buffer.from('123-45-6789'))).toBe(false);
    expect(cipher.decryptBytes(stored)).toEqual(pdf);
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 1] ^= 0xff;
    expect(() => cipher.decryptBytes(tampered)).toThrow();
    expect(() => new FieldCipher(Buffer.alloc(32, 2)).decryptBytes(stored)).toThrow();
    expect(cipher.decryptBytes(pdf)).toEqual(pdf);
  });
});
