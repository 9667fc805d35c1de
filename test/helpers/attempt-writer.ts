// A child process for the restart test: opens the database named in argv, then saves practice
// attempts one after another, printing `saved <attemptId>` after each has committed, until killed.
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { actorForUser, createAccount, setUpOrganisation } from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import type { DatabaseTarget } from '../../src/server/db/client.ts';
import { actOnAttempt, startPractice } from '../../src/server/practice.ts';
import { loadCatalog } from '../../src/server/scenario-catalog.ts';

const target = JSON.parse(process.argv[2] ?? '{}') as DatabaseTarget;
const handle = await openDatabase(target);
const catalog = await loadCatalog(
  fileURLToPath(new URL('../simulator/fixtures/', import.meta.url)),
);
const context = { db: handle.db, catalog };
const org = await setUpOrganisation(handle.db, {
  organisationName: 'Restart',
  name: 'Admin',
  email: 'admin@restart.test',
  password: 'password1',
});
const { userId } = await createAccount(
  handle.db,
  { name: 'Tia', email: 'tia@restart.test', password: 'password1' },
  { organisationId: org.organisationId, role: 'trainee' },
);
const actor = (await actorForUser(handle.db, userId)) as Actor;
process.stdout.write(`ready ${userId}\n`);
for (let i = 0; ; i += 1) {
  const { attemptId } = await startPractice(context, actor, { scenarioId: 'branching' });
  await actOnAttempt(context, actor, {
    attemptId,
    action: {
      type: 'reply',
      text: `Sorry Dana, reply number ${i}. Please DM us your order number.`,
    },
  });
  process.stdout.write(`saved ${attemptId}\n`);
}
