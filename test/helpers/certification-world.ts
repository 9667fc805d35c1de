import { RUBRIC_VERSION } from '../../scoring/index.ts';
import { generateSigningKey } from '../../src/certification/index.ts';
import type { CertificationTrackInput, SigningKey } from '../../src/certification/index.ts';
import { actorForUser, createAccount, setUpOrganisation } from '../../src/server/accounts.ts';
import type { Actor, Role } from '../../src/server/actor.ts';
import type { CertificationContext } from '../../src/server/certification/context.ts';
import type { DatabaseHandle } from '../../src/server/db/client.ts';
import { organisations } from '../../src/server/db/schema.ts';
import { newId } from '../../src/server/ids.ts';
import { fakeScoreReply } from './fake-scorer.ts';
import { fixtureCatalog, openTestDatabase } from './test-database.ts';
import type { TestDatabaseKind } from './test-database.ts';

/**
 * A track over the engine's fixture complaint (`branching`, on X): one scenario per exam, a pass
 * at 80 overall with a review margin of 5, two attempts a day apart, valid 30 days with a
 * 7-day renewal window.
 */
export const FIXTURE_TRACK = {
  id: 'x-basics',
  title: 'X basics',
  description: 'Answer a complaint on X.',
  channels: ['x'],
  pool: ['branching'],
  draw: 1,
  pass: { overall: 80, reviewMargin: 5 },
  timeLimit: { exam: '1h' },
  attempts: { allowed: 2, cooldown: '1d' },
  validity: { expiresAfter: '30d', recertifyWithin: '7d' },
} satisfies CertificationTrackInput;

export interface CertificationWorld {
  handle: DatabaseHandle & { dispose: () => Promise<void> };
  context: CertificationContext;
  key: SigningKey;
  organisationId: string;
  admin: Actor;
  manager: Actor;
  trainee: Actor;
  /** Another member of the same organisation, with the given role. */
  person: (role: Role, organisationId?: string) => Promise<Actor>;
  otherOrganisationId: string;
  /** The server clock the services read. */
  clock: { now: Date; advance: (ms: number) => void; set: (iso: string) => void };
}

/**
 * A database with two organisations, an admin, a manager and a trainee, and certification
 * services on the fixture scenarios with the fake scorer (stamped with the real rubric version,
 * as the server's scorer would) and a clock the test moves.
 */
export async function openCertificationWorld(kind: TestDatabaseKind): Promise<CertificationWorld> {
  const handle = await openTestDatabase(kind);
  const db = handle.db;
  const clock = {
    now: new Date('2026-03-02T09:00:00.000Z'),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
    set(iso: string) {
      this.now = new Date(iso);
    },
  };
  const key = generateSigningKey();
  const context: CertificationContext = {
    db,
    catalog: await fixtureCatalog(),
    key,
    now: () => clock.now,
    engine: {
      scoreReply: (input) => ({ ...fakeScoreReply(input), rubricVersion: RUBRIC_VERSION }),
    },
  };
  const home = await setUpOrganisation(db, {
    organisationName: 'Test Brand',
    name: 'Ada Admin',
    email: 'ada@brand.test',
    password: 'correct horse',
  });
  const otherOrganisationId = newId();
  await db.insert(organisations).values({ id: otherOrganisationId, name: 'Other Brand' });
  let count = 0;
  const person = async (role: Role, organisationId = home.organisationId): Promise<Actor> => {
    count += 1;
    const { userId } = await createAccount(
      db,
      { name: `Person ${count}`, email: `person${count}@brand.test`, password: 'password1' },
      { organisationId, role },
    );
    return (await actorForUser(db, userId)) as Actor;
  };
  return {
    handle,
    context,
    key,
    organisationId: home.organisationId,
    admin: (await actorForUser(db, home.userId)) as Actor,
    manager: await person('manager'),
    trainee: await person('trainee'),
    person,
    otherOrganisationId,
    clock,
  };
}

/** Replies for the fake scorer: a clean one scores 100, each `[-criterion]` takes 30 off. */
export const CLEAN_REPLY = 'Sorry Dana, please DM us and we will chase it today.';
export const NO_APOLOGY_REPLY = 'Please DM us and we will chase it today. [-apology]';
export const CONTRADICTION_REPLY = 'You must have typed the wrong address. [!no-contradiction]';
