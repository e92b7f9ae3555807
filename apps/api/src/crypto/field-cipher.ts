import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12; // the GCM standard nonce size
const TAG_BYTES = 16;
/** Marks an encrypted file: no PDF, PNG or JPEG starts with these bytes, so a legacy plain file is told apart. */
const FILE_MAGIC = Buffer.from('NMENC1', 'ascii');

/**
 * AES-256-GCM for single sensitive fields (taxpayer ids). Stored as `v1:<iv>:<tag>:<ciphertext>` in
 * base64, so a key rotation can add `v2` beside it. The fingerprint key is derived from the same master
 * key with HKDF, so the two uses never share a key.
 */
export class FieldCipher {
  private readonly fingerprintKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('FieldCipher needs a 32-byte key');
    this.fingerprintKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'nutmeg taxpayer-id fingerprint', 32));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, ciphertext] = stored.split(':');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
      throw new Error('Unrecognised encrypted field format');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }

  /** A whole file (a scanned letter, a statement), as `NMENC1 | iv | tag | ciphertext`. */
  encryptBytes(plaintext: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([FILE_MAGIC, iv, cipher.getAuthTag(), ciphertext]);
  }

  /**
   * The file back. Bytes without the marker are a file stored before documents were encrypted and are
   * returned as they are (they are only ever PDF, PNG or JPEG, whose signatures differ from the marker).
   */
  decryptBytes(stored: Buffer): Buffer {
    if (!isEncryptedFile(stored)) return stored;
    const ivStart = FILE_MAGIC.length;
    const tagStart = ivStart + IV_BYTES;
    const dataStart = tagStart + TAG_BYTES;
    const decipher = createDecipheriv('aes-256-gcm', this.key, stored.subarray(ivStart, tagStart));
    decipher.setAuthTag(stored.subarray(tagStart, dataStart));
    return Buffer.concat([decipher.update(stored.subarray(dataStart)), decipher.final()]);
  }

  /** Deterministic keyed hash: equal inputs match, nothing about the input can be read back. */
  fingerprint(plaintext: string): string {
    return createHmac('sha256', this.fingerprintKey).update(plaintext).digest('hex');
  }
}

export function isEncryptedFile(stored: Buffer): boolean {
  return stored.length >= FILE_MAGIC.length && stored.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC);
}
