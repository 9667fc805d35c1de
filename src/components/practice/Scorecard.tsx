import { marksOf } from '../../client/hints.ts';
import type { AttemptView } from '../../client/practice-view.ts';
import { CriterionVerdicts } from './CriterionVerdicts.tsx';
import { HighlightedReply } from './HighlightedReply.tsx';
import { Thread } from './Thread.tsx';

export interface ScorecardProps {
  view: AttemptView;
}

const ACTION_WORDS = {
  hide: 'Hid the post',
  ignore: 'Ignored it',
  escalate: 'Escalated',
  delete: 'Deleted the post',
  reply: 'Replied',
} as const;

/** After an attempt: the overall score, every reply's verdicts with evidence, the model reply, the thread. */
export function Scorecard({ view }: ScorecardProps) {
  const { scenario, state } = view;
  const models =
    scenario.modelReplies ?? (scenario.modelReply === undefined ? [] : [scenario.modelReply]);
  const outcome = state.outcome;
  return (
    <article class="scorecard" aria-labelledby="scorecard-title">
      <header class="scorecard__header">
        <h1 id="scorecard-title">Scorecard: {scenario.title}</h1>
        <p class="scorecard__score">
          <span class="scorecard__number">{view.score ?? '–'}</span>
          <span class="scorecard__outof">/100</span>
        </p>
        {outcome !== null && (
          <p class={`outcome outcome--${outcome.result}`}>
            <strong>{outcome.title}.</strong> {outcome.summary}
          </p>
        )}
      </header>

      <section aria-labelledby="turns-title">
        <h2 id="turns-title">Turn by turn</h2>
        <ol class="scorecard__turns">
          {state.grades.map((grade, index) => (
            <li key={index} class="scorecard__turn" data-turn={grade.turn}>
              <h3>
                {index + 1}. {ACTION_WORDS[grade.action]}
                {grade.item !== undefined && ` (${grade.item})`}
                {grade.report !== undefined && ` · ${grade.report.score}/100`}
                <span class={`status status--${grade.passed ? 'met' : 'violated'}`}>
                  {grade.passed ? 'passed' : 'not passed'}
                </span>
              </h3>
              {grade.text !== undefined && grade.report !== undefined && (
                <>
                  <div class="scorecard__reply">
                    <HighlightedReply text={grade.text} marks={marksOf(grade.report)} />
                  </div>
                  <p class="scorecard__summary">{grade.report.summary}</p>
                  <CriterionVerdicts report={grade.report} idPrefix={`turn-${index + 1}`} />
                </>
              )}
              {grade.feedback !== undefined && <p class="scorecard__feedback">{grade.feedback}</p>}
            </li>
          ))}
        </ol>
        {state.grades.length === 0 && (
          <p>You did not reply before the thread ended: silence is the worst answer.</p>
        )}
      </section>

      {models.length > 0 && (
        <section aria-labelledby="model-title">
          <h2 id="model-title">Model replies to compare</h2>
          {models.map((model, index) => (
            <figure key={index} class="model-reply">
              <blockquote>{model.text}</blockquote>
              {(model.why !== undefined || model.turn !== undefined) && (
                <figcaption>{model.why ?? `For the turn “${model.turn}”.`}</figcaption>
              )}
            </figure>
          ))}
        </section>
      )}

      <section aria-labelledby="thread-title">
        <h2 id="thread-title">The whole thread</h2>
        <Thread scenario={scenario} posts={state.posts} now={state.clock} />
      </section>
    </article>
  );
}
