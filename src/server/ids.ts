import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new row id. */
export function newId(): string {
  return randomUUID();
}

/** A secret for a link (an invitation): 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a token: its SHA-256, so a leaked database holds no usable links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
