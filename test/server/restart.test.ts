import { spawn } from 'node:child_process';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorForUser, setUpOrganisation, createAccount } from '../../src/server/accounts.ts';
import type { Actor } from '../../src/server/actor.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { DataFolderInUseError } from '../../src/server/db/data-folder-lock.ts';
import { attempts, attemptTurns, users } from '../../src/server/db/schema.ts';
import { actOnAttempt, getAttempt, startPractice } from '../../src/server/practice.ts';
import { practiceHistory } from '../../src/server/practice-progress.ts';
import { fixtureCatalog, freshPlace, testDatabaseKinds } from '../helpers/test-database.ts';

// Attempts saved before the database (or the process holding it) stops are all there after it
// opens again on the same data folder or PostgreSQL database.
const WRITER = new URL('../helpers/attempt-writer.ts', import.meta.url).pathname;

describe.each(testDatabaseKinds())('restarting on %s', (kind) => {
  it('keeps every attempt and turn across a clean close and reopen, and play goes on (one process at a time on a data folder)', async () => {
    const place = await freshPlace(kind);
    const catalog = await fixtureCatalog();
    try {
      let handle = await openDatabase(place.target);
      const org = await setUpOrganisation(handle.db, {
        organisationName: 'Acme',
        name: 'Ada',
        email: 'ada@example.com',
        password: 'password1',
      });
      const { userId } = await createAccount(
        handle.db,
        { name: 'Tia', email: 'tia@example.com', password: 'password1' },
        { organisationId: org.organisationId, role: 'trainee' },
      );
      const actor = (await actorForUser(handle.db, userId)) as Actor;
      const saved: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const context = { db: handle.db, catalog };
        const { attemptId } = await startPractice(context, actor, { scenarioId: 'troll' });
        await actOnAttempt(context, actor, { attemptId, action: { type: 'wait' } });
        saved.push(attemptId);
      }
      const before = await getAttempt({ db: handle.db, catalog }, actor, {
        attemptId: saved[0] ?? '',
      });
      if (kind === 'pglite') {
        // The data folder is one process's at a time: a second open is refused, naming the holder.
        await expect(openDatabase(place.target)).rejects.toThrow(DataFolderInUseError);
        await expect(openDatabase(place.target)).rejects.toThrow(/is in use by process \d+/);
      }
      await handle.close();

      handle = await openDatabase(place.target);
      const context = { db: handle.db, catalog };
      const history = await practiceHistory(context, actor);
      expect(history.attempts.map((entry) => entry.attemptId).sort()).toEqual([...saved].sort());
      const after = await getAttempt(context, actor, { attemptId: saved[0] ?? '' });
      expect({ ...after.view, serverNow: '' }).toEqual({ ...before.view, serverNow: '' });
      const next = await actOnAttempt(context, actor, {
        attemptId: saved[0] ?? '',
        action: { type: 'reply', text: 'Sorry about that, thanks for telling us.' },
      });
      expect(next.view.turns.map((turn) => turn.index)).toEqual([0, 1]);
      await handle.close();
    } finally {
      await place.dispose();
    }
  }, 90_000);

  it('keeps every attempt a killed process had saved', async () => {
    const place = await freshPlace(kind);
    try {
      const child = spawn(process.execPath, [WRITER, JSON.stringify(place.target)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const saved = await new Promise<string[]>((resolve, reject) => {
        const ids: string[] = [];
        let buffer = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          for (const line of lines) {
            if (line.startsWith('saved ')) ids.push(line.slice(6));
            if (ids.length === 5) {
              child.kill('SIGKILL');
              resolve([...ids]);
            }
          }
        });
        child.once('exit', (code, signal) => {
          if (signal !== 'SIGKILL')
            reject(new Error(`the writer stopped (${String(code)}):\n${stderr}`));
        });
      });
      await new Promise((resolve) => child.once('close', resolve));

      const handle = await openDatabase(place.target);
      try {
        const rows = await handle.db.select({ id: attempts.id }).from(attempts);
        const ids = new Set(rows.map((row) => row.id));
        for (const id of saved) expect(ids.has(id), `attempt ${id}`).toBe(true);
        const turns = await handle.db
          .select()
          .from(attemptTurns)
          .where(eq(attemptTurns.attemptId, saved[0] ?? ''))
          .orderBy(asc(attemptTurns.index));
        expect(turns).toHaveLength(1);
        expect(turns[0]?.replyText).toBe(
          'Sorry Dana, reply number 0. Please DM us your order number.',
        );
        expect(await handle.db.select({ id: users.id }).from(users)).toHaveLength(2);
      } finally {
        await handle.close();
      }
    } finally {
      await place.dispose();
    }
  }, 90_000);
});
