import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadOrCreateSigningKey,
  PUBLIC_KEY_FILE,
  SIGNING_KEY_FILE,
} from '../../src/certification/keys.ts';
import { signJson, verifyJson, verifyingKeyFromPem } from '../../src/certification/signing.ts';

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'frontline-keys-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('loadOrCreateSigningKey', () => {
  it('creates a key pair on first use and loads the same one afterwards', async () => {
    const created = await loadOrCreateSigningKey(dataDir);
    const loaded = await loadOrCreateSigningKey(dataDir);
    expect(loaded.keyId).toBe(created.keyId);
    const signature = signJson({ hello: 'world' }, created);
    expect(verifyJson({ hello: 'world' }, signature, loaded)).toBe(true);
    expect((await stat(join(dataDir, SIGNING_KEY_FILE))).mode & 0o777).toBe(0o600);
    const published = verifyingKeyFromPem(await readFile(join(dataDir, PUBLIC_KEY_FILE), 'utf8'));
    expect(published.keyId).toBe(created.keyId);
  });

  it('gives servers starting at once the same key', async () => {
    const keys = await Promise.all(
      Array.from({ length: 8 }, () => loadOrCreateSigningKey(dataDir)),
    );
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(1);
  });

  it('names the file when the key in it cannot be read, and leaves the file alone', async () => {
    await mkdir(join(dataDir, 'certification'));
    await writeFile(join(dataDir, SIGNING_KEY_FILE), 'not a key');
    await expect(loadOrCreateSigningKey(dataDir)).rejects.toThrow(
      `The certificate signing key at ${join(dataDir, SIGNING_KEY_FILE)} cannot be read`,
    );
    expect(await readFile(join(dataDir, SIGNING_KEY_FILE), 'utf8')).toBe('not a key');
  });
});
