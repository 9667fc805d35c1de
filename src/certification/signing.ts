import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical.ts';

/** A public key that certificates name by `keyId`, so keys can be rotated and old ones still verify. */
export interface VerifyingKey {
  keyId: string;
  publicKey: KeyObject;
}

/** The server's Ed25519 key pair. Only `keys.ts` reads or writes it on disk. */
export interface SigningKey extends VerifyingKey {
  privateKey: KeyObject;
}

/** The key's id: the first 16 characters of the base64url SHA-256 of its public key (SPKI DER). */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64url').slice(0, 16);
}

function fromPrivate(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `The certification signing key must be Ed25519, not ${String(privateKey.asymmetricKeyType)}.`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), publicKey, privateKey };
}

/** A new Ed25519 key pair. */
export function generateSigningKey(): SigningKey {
  return fromPrivate(generateKeyPairSync('ed25519').privateKey);
}

/** Reads a PKCS#8 PEM private key (from the data folder or a secret store). */
export function signingKeyFromPem(pem: string): SigningKey {
  return fromPrivate(createPrivateKey(pem));
}

/** The private key as PKCS#8 PEM, for the key file. */
export function privateKeyPem(key: SigningKey): string {
  return key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A verifying key from a public key PEM, for servers that only verify. */
export function verifyingKeyFromPem(pem: string): VerifyingKey {
  const publicKey = createPublicKey(pem);
  return { keyId: keyIdOf(publicKey), publicKey };
}

/** The public key as SPKI PEM, to publish beside the verification page. */
export function publicKeyPem(key: VerifyingKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** An Ed25519 signature (base64url) over the value's canonical JSON (RFC 8785). */
export function signJson(value: unknown, key: SigningKey): string {
  return sign(null, Buffer.from(canonicalJson(value), 'utf8'), key.privateKey).toString(
    'base64url',
  );
}

/** Whether the signature was made by this key over exactly this value's canonical JSON. */
export function verifyJson(value: unknown, signature: string, key: VerifyingKey): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(signature)) return false;
  try {
    return verify(
      null,
      Buffer.from(canonicalJson(value), 'utf8'),
      key.publicKey,
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    return false;
  }
}
