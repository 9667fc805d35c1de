/// <reference lib="webworker" />
// Plays a scenario entirely in the browser, for authors previewing a file: the engine and the
// scorer run here, nothing is saved, and the page talks to it as it would to the server.
import { advance, availableActions, startAttempt } from '../simulator/engine.ts';
import type { SimulationState, TraineeAction } from '../simulator/engine.ts';
import { ScenarioSchema } from '../simulator/schema.ts';
import type { Scenario } from '../simulator/schema.ts';
import type { AttemptView, PracticeAction } from './practice-view.ts';

declare const self: DedicatedWorkerGlobalScope;

export type PreviewRequest =
  | { id: number; type: 'start'; scenarioId: string; scenario: unknown }
  | { id: number; type: 'act'; action: PracticeAction };

export type PreviewResponse =
  { id: number; ok: true; view: AttemptView } | { id: number; ok: false; message: string };

let scenario: Scenario | undefined;
let scenarioId = '';
let state: SimulationState | undefined;
let startedAt = 0;

function view(): AttemptView {
  if (scenario === undefined || state === undefined) throw new Error('the preview has not started');
  const { examples, ...visible } = scenario;
  const ended = state.outcome !== null;
  const scores = state.grades.flatMap((g) => (g.report === undefined ? [] : [g.report.score]));
  return {
    attemptId: 'preview',
    scenarioId,
    mode: 'practice',
    scenario: {
      ...visible,
      id: scenarioId,
      ...(ended
        ? { modelReplies: examples.pass.map(({ text, turn, why }) => ({ text, turn, why })) }
        : {}),
    },
    state,
    available: availableActions(scenario, state),
    turns: [],
    startedAt: new Date(startedAt).toISOString(),
    serverNow: new Date().toISOString(),
    outcome:
      state.outcome === null
        ? null
        : { id: state.outcome.id, title: state.outcome.title, text: state.outcome.summary },
    score:
      scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
  };
}

function handle(request: PreviewRequest): AttemptView {
  if (request.type === 'start') {
    scenario = ScenarioSchema.parse(request.scenario);
    scenarioId = request.scenarioId;
    state = startAttempt(scenario);
    startedAt = Date.now();
    return view();
  }
  if (scenario === undefined || state === undefined) throw new Error('the preview has not started');
  const at = Math.max(state.clock, (Date.now() - startedAt) / 1000);
  const action: TraineeAction = { ...request.action, at };
  state = advance(scenario, state, action).state;
  return view();
}

self.addEventListener('message', (event: MessageEvent<PreviewRequest>) => {
  const { id } = event.data;
  let response: PreviewResponse;
  try {
    response = { id, ok: true, view: handle(event.data) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
