/**
 * What the bytes really are, whatever the browser claimed: PDF, PNG and JPEG each begin with a fixed
 * signature. A renamed executable or office file is refused even with a `.pdf` name.
 */
const SIGNATURES: Array<{ contentType: string; bytes: number[] }> = [
  { contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffContentType(content: Buffer): string | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => content[index] === byte));
  return match?.contentType ?? null;
}
