import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AttemptView } from '../../src/client/practice-view.ts';
import { availableActions, startAttempt } from '../../src/simulator/engine.ts';
import type { SimulationState } from '../../src/simulator/engine.ts';
import { parseScenario } from '../../src/simulator/loader.ts';
import type { Scenario } from '../../src/simulator/schema.ts';

const ROOT = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** A scenario from the real library, e.g. `complaint/late-birthday-order`. */
export function libraryScenario(path: string): Scenario {
  const loaded = parseScenario(readFileSync(`${ROOT}${path}.yaml`, 'utf8'), `${path}.yaml`);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return loaded.value;
}

/** An attempt view as the server would send it, built from the engine directly. */
export function viewOf(
  scenario: Scenario,
  state: SimulationState = startAttempt(scenario),
  over: Partial<AttemptView> = {},
): AttemptView {
  const { examples: _examples, ...visible } = scenario;
  return {
    attemptId: 'a1',
    scenarioId: 'late-birthday-order',
    mode: 'practice',
    scenario: visible,
    state,
    available: availableActions(scenario, state),
    turns: [],
    startedAt: '2026-11-23T10:00:00.000Z',
    serverNow: '2026-11-23T10:00:30.000Z',
    outcome: null,
    score: null,
    ...over,
  };
}
