import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readVerificationCode,
  verificationCodeFor,
} from '../../src/certification/verification-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const signatures = fc
  .uint8Array({ minLength: 64, maxLength: 64 })
  .map((bytes) => Buffer.from(bytes).toString('base64url'));

describe('verification codes', () => {
  it('reads the printed code back as itself (property)', () => {
    fc.assert(
      fc.property(signatures, (signature) => {
        const code = verificationCodeFor(signature);
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect(readVerificationCode(code)).toEqual({ ok: true, code });
      }),
    );
  });

  it('catches any single wrong character (property)', () => {
    fc.assert(
      fc.property(signatures, fc.nat(11), fc.nat(30), (signature, position, shift) => {
        const plain = verificationCodeFor(signature).replace(/-/g, '');
        const wrong = ALPHABET[(ALPHABET.indexOf(plain[position] ?? '0') + 1 + shift) % 32] ?? '0';
        const typed = plain.slice(0, position) + wrong + plain.slice(position + 1);
        expect(readVerificationCode(typed).ok).toBe(false);
      }),
    );
  });

  it.each([
    ['lower case', (code: string) => code.toLowerCase()],
    ['no dashes', (code: string) => code.replace(/-/g, '')],
    ['spaces', (code: string) => code.replace(/-/g, ' ')],
  ])('accepts a code typed with %s', (_name, retype) => {
    const code = verificationCodeFor('c2lnbmF0dXJl');
    expect(readVerificationCode(retype(code))).toEqual({ ok: true, code });
  });

  it('reads O as zero and I or L as one', () => {
    expect(readVerificationCode('0000-0000-0000')).toEqual(readVerificationCode('oooo-OOOO-0000'));
    expect(readVerificationCode('1111-1111-111X').ok).toBe(
      readVerificationCode('iiii-LLLL-lll x').ok,
    );
  });

  it.each(['', 'ABC', 'ABCD-EFGH-JKMN-PQRS', 'ABCD-EFGH-JKU1'])(
    'refuses %j as malformed',
    (typed) => {
      expect(readVerificationCode(typed)).toMatchObject({ ok: false, reason: 'malformed' });
    },
  );
});
