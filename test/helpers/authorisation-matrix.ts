import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Actor } from '../../src/server/actor.ts';
import { ServiceError } from '../../src/server/service-error.ts';

// What the authorisation matrices (practice and team actions, certification actions) share: the
// callers, the check of one action as one caller, and the list of actions a file defines.

/** Every role of the target's organisation and of another one, and signed out. */
export const CALLERS = [
  'signed-out',
  'owner',
  'admin',
  'manager',
  'trainee',
  'other-admin',
  'other-manager',
  'other-trainee',
] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, 'signed-out'>;

export const EVERYONE: readonly Caller[] = CALLERS.filter((caller) => caller !== 'signed-out');
export const STAFF_ANYWHERE: readonly Caller[] = [
  'admin',
  'manager',
  'other-admin',
  'other-manager',
];

/** One action: who may call it, and how to call it on the fixtures as an actor. */
export interface MatrixRow<Fixtures> {
  action: string;
  allowed: readonly Caller[];
  run: (fixtures: Fixtures, actor: Actor | undefined) => Promise<unknown>;
}

/**
 * One test per action and caller: the allowed get through; the others are refused, as
 * UNAUTHORIZED when signed out and FORBIDDEN or NOT_FOUND when signed in. `fixtures` is read when
 * each test runs, after the suite's beforeAll.
 */
export function itChecksEveryCaller<Fixtures extends { actors: Record<SignedInCaller, Actor> }>(
  matrix: readonly MatrixRow<Fixtures>[],
  fixtures: () => Fixtures,
): void {
  const cases = matrix.flatMap((row) =>
    CALLERS.map((caller) => ({ ...row, caller, allowedHere: row.allowed.includes(caller) })),
  );
  it.each(cases)(
    '$action as $caller: allowed $allowedHere',
    async ({ run, caller, allowedHere }) => {
      const actor = caller === 'signed-out' ? undefined : fixtures().actors[caller];
      const outcome = await run(fixtures(), actor).then(
        () => 'allowed',
        (error: unknown) => {
          if (!(error instanceof ServiceError)) throw error;
          return error.code;
        },
      );
      if (allowedHere) expect(outcome).toBe('allowed');
      else if (caller === 'signed-out') expect(outcome).toBe('UNAUTHORIZED');
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(outcome);
    },
  );
}

/** The actions a file of src/actions defines, as `<prefix><group>.<name>`. */
export function definedActions(file: URL, prefix = ''): string[] {
  const source = readFileSync(file, 'utf8');
  const names: string[] = [];
  let group = '';
  for (const line of source.split('\n')) {
    const groupMatch = /^ {2}(\w+): \{$/.exec(line);
    if (groupMatch?.[1] !== undefined) group = groupMatch[1];
    const actionMatch = /^ {4}(\w+): defineAction\(/.exec(line);
    if (actionMatch?.[1] !== undefined) names.push(`${prefix}${group}.${actionMatch[1]}`);
  }
  return names;
}

/**
 * The JSON routes (src/server/json-endpoint.ts) under a folder of src/pages, as `POST /path`: the
 * browser calls that are routes rather than actions, checked by the same matrices.
 */
export function definedJsonRoutes(pages: URL, folder: string): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(new URL(folder, pages), { recursive: true })) {
    const file = String(entry);
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(new URL(`${folder}${file}`, pages), 'utf8');
    if (/^export const POST: APIRoute = jsonEndpoint\(/m.test(source)) {
      routes.push(`POST /${folder}${file.replace(/\.ts$/, '')}`);
    }
  }
  return routes;
}
