import { createHash } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_LENGTH = 11;

/** Luhn mod 32: catches every single wrong character and most swaps of neighbours. */
function checkCharacter(data: string): string {
  let factor = 2;
  let sum = 0;
  for (let index = data.length - 1; index >= 0; index--) {
    const addend = factor * ALPHABET.indexOf(data[index] ?? '');
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] ?? '0';
}

function group(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * The code printed on a certificate: 55 bits of the SHA-256 of its signature in Crockford base32
 * plus a check character, grouped as `XXXX-XXXX-XXXX`. It belongs to one signed record, so a code
 * moved to another record, or made up, fails verification.
 */
export function verificationCodeFor(signature: string): string {
  const digest = createHash('sha256').update(Buffer.from(signature, 'base64url')).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 1n; // 56 bits read, 55 kept
  let data = '';
  for (let index = DATA_LENGTH - 1; index >= 0; index--) {
    data += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
  }
  return group(data + checkCharacter(data));
}

export type ReadCode =
  { ok: true; code: string } | { ok: false; reason: 'malformed' | 'mistyped'; message: string };

/**
 * Reads a code as a person typed it: any case, spaces or dashes anywhere, O for 0 and I or L for 1.
 * Returns the code in its printed form, or why it cannot be one.
 */
export function readVerificationCode(typed: string): ReadCode {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== DATA_LENGTH + 1 || [...plain].some((c) => !ALPHABET.includes(c))) {
    return {
      ok: false,
      reason: 'malformed',
      message:
        'This is not a certificate code; a code has 12 letters and digits, such as 7K3M-9QXD-2HPJ.',
    };
  }
  if (checkCharacter(plain.slice(0, DATA_LENGTH)) !== plain.slice(DATA_LENGTH)) {
    return {
      ok: false,
      reason: 'mistyped',
      message: 'This code has a typing mistake; check each character against the certificate.',
    };
  }
  return { ok: true, code: group(plain) };
}
