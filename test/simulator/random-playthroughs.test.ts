import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../scoring/index.ts';
import { advance, availableActions, startAttempt } from '../../src/simulator/engine.ts';
import type { EngineOptions, TraineeAction } from '../../src/simulator/engine.ts';
import { findLibraryFiles } from '../../src/simulator/library.ts';
import { parseScenario } from '../../src/simulator/loader.ts';
import type { Scenario } from '../../src/simulator/schema.ts';
import { fakeScoreReply } from '../helpers/fake-scorer.ts';
import { FIXTURES } from '../helpers/scenario-fixtures.ts';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
console.info(`random playthroughs: fast-check seed ${seed} (set FC_SEED to replay)`);

const LIBRARY = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = [
  ...(await findLibraryFiles(LIBRARY)).scenarios,
  ...(await findLibraryFiles(FIXTURES)).scenarios,
];
const scenarios: [string, Scenario][] = files.map((file) => {
  const loaded = parseScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} is invalid: ${loaded.problems[0]?.message ?? ''}`);
  return [file.split('/').slice(-2).join('/'), loaded.value];
});

interface Move {
  gap: number;
  choice: number;
  item: number;
  marks: [string, string][];
  text: string;
}

/** One random move: how long the trainee waits, what they pick, and how the fake scorer grades it. */
const move: fc.Arbitrary<Move> = fc.record({
  gap: fc.integer({ min: 0, max: 400 }),
  choice: fc.nat(),
  item: fc.nat(),
  marks: fc.array(
    fc.tuple(fc.constantFrom(...CRITERION_IDS), fc.constantFrom('+', '-', '!', '~')),
    { maxLength: 4 },
  ),
  text: fc.string({ maxLength: 60 }),
});

/** Plays random but valid moves until the thread ends; fails if it never does. */
function playRandomly(
  scenario: Scenario,
  moves: Move[],
  options: EngineOptions,
  markText: boolean,
) {
  let state = startAttempt(scenario);
  let waits = 0;
  for (let step = 0; step < 500 && state.outcome === null; step++) {
    const m = moves[step % moves.length] ?? { gap: 30, choice: 0, item: 0, marks: [], text: '' };
    const at = state.clock + m.gap;
    let open = availableActions(scenario, state);
    // A timer due before the move fires first and may change the turn (the customer posts
    // again): choose among the actions open once it has fired, as a trainee watching would.
    if (open.nextTimerAt !== null && open.nextTimerAt <= at) {
      state = advance(scenario, state, { type: 'wait', at }, options).state;
      if (state.outcome !== null) break;
      open = availableActions(scenario, state);
    }
    const item = open.items.length > 0 ? open.items[m.item % open.items.length] : undefined;
    const kinds = ['reply', ...(item?.actions ?? open.actions), 'wait'] as const;
    // Endless waiting is possible where no timer ends a turn; give up waiting after a while.
    const kind = waits >= 5 ? 'reply' : (kinds[m.choice % kinds.length] ?? 'reply');
    const text = markText
      ? `${m.text} ${m.marks.map(([id, mark]) => `[${mark}${id}]`).join(' ')}`
      : m.text;
    const withItem = item === undefined ? {} : { item: item.id };
    const action: TraineeAction =
      kind === 'wait'
        ? { type: 'wait', at }
        : kind === 'reply'
          ? { type: 'reply', at, text, ...withItem }
          : { type: kind, at, ...withItem };
    waits = kind === 'wait' ? waits + 1 : 0;
    state = advance(scenario, state, action, options).state;
  }
  return state;
}

describe.each(scenarios)('random playthroughs of %s', (_name, scenario) => {
  it('always reach an outcome without throwing, whatever the grades', () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 30 }), (moves) => {
        const state = playRandomly(scenario, moves, { scoreReply: fakeScoreReply }, true);
        expect(state.outcome).not.toBeNull();
        expect(Object.keys(scenario.outcomes)).toContain(state.outcome?.id);
      }),
      { seed, numRuns: 150 },
    );
  });

  it('reach an outcome with the real scorer on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 10 }), (moves) => {
        expect(playRandomly(scenario, moves, {}, false).outcome).not.toBeNull();
      }),
      { seed, numRuns: 15 },
    );
  });
});
