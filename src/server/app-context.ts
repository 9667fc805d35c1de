import { serverSigningKey } from './certification/context.ts';
import type { CertificationContext } from './certification/context.ts';
import { contentCatalog } from './content-catalog.ts';
import type { PracticeContext } from './practice.ts';
import { serverRuntime } from './runtime.ts';

// What the actions and routes hand their services: the app's database, catalogue and key.

export async function practiceContext(): Promise<PracticeContext> {
  const [{ db }, catalog] = await Promise.all([serverRuntime(), contentCatalog()]);
  return { db, catalog };
}

export async function certificationContext(): Promise<CertificationContext> {
  const [{ db }, catalog, key] = await Promise.all([
    serverRuntime(),
    contentCatalog(),
    serverSigningKey(),
  ]);
  return { db, catalog, key };
}
