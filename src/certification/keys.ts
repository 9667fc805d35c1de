import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSigningKey, privateKeyPem, publicKeyPem, signingKeyFromPem } from './signing.ts';
import type { SigningKey } from './signing.ts';

/** Where the key pair lives inside the data folder. */
export const SIGNING_KEY_FILE = join('certification', 'signing-key.pem');
export const PUBLIC_KEY_FILE = join('certification', 'signing-key.pub.pem');

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/**
 * Loads the server's certificate-signing key from the data folder, creating it on first use
 * (private key mode 0600, public key beside it). Two servers starting at once end with the same
 * key: the file appears atomically and the loser reads the winner's. Several machines sharing
 * one database must share this file (or pass the PEM to `signingKeyFromPem`).
 */
export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const file = join(dataDir, SIGNING_KEY_FILE);
  try {
    return signingKeyFromPem(await readFile(file, 'utf8'));
  } catch (error) {
    if (!isCode(error, 'ENOENT')) {
      throw new Error(
        `The certificate signing key at ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
  }
  await mkdir(join(dataDir, 'certification'), { recursive: true });
  const key = generateSigningKey();
  // Written whole under a temporary name, then linked into place: a reader never sees half a key.
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, privateKeyPem(key), { flag: 'wx', mode: 0o600 });
  try {
    await link(temporary, file);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return signingKeyFromPem(await readFile(file, 'utf8'));
    throw error;
  } finally {
    await unlink(temporary);
  }
  await writeFile(join(dataDir, PUBLIC_KEY_FILE), publicKeyPem(key));
  return key;
}
