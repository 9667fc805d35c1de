import { resolve } from 'node:path';
import { loadOrCreateSigningKey, signingKeyFromPem } from '../../certification/index.ts';
import type { SigningKey } from '../../certification/index.ts';
import type { EngineOptions } from '../../simulator/engine.ts';
import type { Database } from '../db/client.ts';
import type { ScenarioCatalog } from '../scenario-catalog.ts';

/** What the certification services need besides the caller. */
export interface CertificationContext {
  db: Database;
  catalog: ScenarioCatalog;
  /** The server's certificate-signing key. */
  key: SigningKey;
  /** The server's clock; tests pass their own. */
  now?: () => Date;
  /** The scorer for exam replies; the real one unless a test passes another. */
  engine?: EngineOptions;
}

export function clock(context: Pick<CertificationContext, 'now'>): Date {
  return context.now?.() ?? new Date();
}

let loading: Promise<SigningKey> | undefined;

/**
 * The server's signing key: FRONTLINE_SIGNING_KEY (a PKCS#8 PEM) when set, otherwise the key file
 * in the data folder (FRONTLINE_DATA_DIR or ./data), created on first use. It is kept out of the
 * database on purpose: someone who can edit the database must not also be able to sign. Several
 * app servers over one PostgreSQL share the file or the variable.
 */
export function serverSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<SigningKey> {
  loading ??= (async () => {
    const pem = env['FRONTLINE_SIGNING_KEY'];
    if (pem !== undefined && pem.trim() !== '') return signingKeyFromPem(pem);
    const dataDir = env['FRONTLINE_DATA_DIR'];
    return loadOrCreateSigningKey(
      resolve(dataDir === undefined || dataDir === '' ? 'data' : dataDir),
    );
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
