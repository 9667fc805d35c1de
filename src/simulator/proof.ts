import { SimulationError, advance, gradeReply, startAttempt, stateAtTurn } from './engine.ts';
import type { CriterionId } from '../../scoring/index.ts';
import type { EngineOptions, TraineeAction } from './engine.ts';
import type { FieldMessage } from './friendly-errors.ts';
import type { Playthrough, PlaythroughStep, Scenario } from './schema.ts';

const list = (ids: readonly string[]) => (ids.length === 0 ? 'nothing' : ids.join(', '));

/** Runs each example reply through the engine and scorer: passes must pass, fails must fail exactly as named. */
export function checkExamples(
  scenario: Scenario,
  options: EngineOptions & { ignoreCriteria?: readonly CriterionId[] } = {},
): FieldMessage[] {
  const ignored = new Set<string>(options.ignoreCriteria ?? []);
  const found: FieldMessage[] = [];
  const grade = (example: Scenario['examples']['pass'][number]) => {
    const state = stateAtTurn(scenario, example.turn ?? scenario.start);
    return gradeReply(
      scenario,
      state,
      { text: example.text, at: example.after, item: example.item },
      options,
    );
  };
  scenario.examples.pass.forEach((example, i) => {
    const result = grade(example);
    if (!result.passed) {
      const summary = result.report?.summary ?? '';
      found.push({
        path: ['examples', 'pass', i, 'text'],
        message: `should pass but scores ${result.report?.score ?? 0}/100 and fails ${list(result.failed)}${summary ? ` (${summary})` : ''}; rewrite the reply or move it to \`fail\``,
      });
    }
  });
  scenario.examples.fail.forEach((example, i) => {
    const result = grade(example);
    const wanted = new Set(example.fails.filter((id) => !ignored.has(id)));
    const got = new Set(result.failed.filter((id) => !ignored.has(id)));
    const missing = [...wanted].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !wanted.has(id));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        ...(missing.length > 0 ? [`does not fail ${list(missing)}`] : []),
        ...(extra.length > 0 ? [`also fails ${list(extra)}`] : []),
      ];
      found.push({
        path: ['examples', 'fail', i, 'text'],
        message: `should fail exactly ${list(example.fails)} but ${parts.join(' and ')}; rewrite the reply or correct \`fails\``,
      });
    }
  });
  return found;
}

/** The engine's action for a recorded step. */
export function actionOfStep(step: PlaythroughStep): TraineeAction {
  const item = step.item === undefined ? {} : { item: step.item };
  if (step.reply !== undefined) return { type: 'reply', at: step.at, text: step.reply, ...item };
  if (step.do === undefined || step.do === 'wait') return { type: 'wait', at: step.at };
  return { type: step.do, at: step.at, ...item };
}

/** Replays each recorded playthrough and compares the outcome (and path, when given) with the recording. */
export function checkPlaythroughs(
  scenario: Scenario,
  playthroughs: readonly Playthrough[],
  options: EngineOptions = {},
): FieldMessage[] {
  const found: FieldMessage[] = [];
  playthroughs.forEach((playthrough, i) => {
    if (!Object.hasOwn(scenario.outcomes, playthrough.outcome)) {
      found.push({
        path: [i, 'outcome'],
        message: `\`${playthrough.outcome}\` is not an outcome of this scenario`,
      });
      return;
    }
    let state = startAttempt(scenario);
    for (const [s, step] of playthrough.steps.entries()) {
      try {
        state = advance(scenario, state, actionOfStep(step), options).state;
      } catch (error) {
        if (!(error instanceof SimulationError)) throw error;
        found.push({ path: [i, 'steps', s], message: `cannot be replayed: ${error.message}` });
        return;
      }
    }
    if (state.outcome === null) {
      found.push({
        path: [i, 'outcome'],
        message: `expects \`${playthrough.outcome}\`, but the replay stops at turn \`${state.turn ?? ''}\` without an outcome; add the missing steps`,
      });
    } else if (state.outcome.id !== playthrough.outcome) {
      found.push({
        path: [i, 'outcome'],
        message: `expects \`${playthrough.outcome}\`, but the replay now ends in \`${state.outcome.id}\` (through ${state.path.join(' → ')}); update the recording or the scenario`,
      });
    }
    if (playthrough.path !== undefined && playthrough.path.join(' ') !== state.path.join(' ')) {
      found.push({
        path: [i, 'path'],
        message: `expects the turns ${playthrough.path.join(' → ')}, but the replay went through ${state.path.join(' → ')}`,
      });
    }
  });
  return found;
}
