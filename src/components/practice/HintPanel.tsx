import type { HintResult } from '../../client/hints.ts';
import { STATUS_LABELS } from '../../client/practice-view.ts';

export interface HintPanelProps {
  result: HintResult | null;
  state: 'starting' | 'ready' | 'error';
}

const ICONS = { met: '✓', missed: '○', violated: '✕', 'n/a': '–' } as const;

function summary(result: HintResult): string {
  const count = (status: string) => result.hints.filter((h) => h.status === status).length;
  const parts = [
    count('violated') > 0 ? `${count('violated')} to fix` : '',
    count('missed') > 0 ? `${count('missed')} missing` : '',
    `${count('met')} met`,
    `score ${result.score}`,
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

/**
 * What the reply does so far, while typing. Every criterion keeps its row, in rubric order, and
 * every row its height, inside a box of fixed height: verdicts change in place and nothing on the
 * page moves. Screen readers are not interrupted on every keystroke.
 */
export function HintPanel({ result, state }: HintPanelProps) {
  return (
    <aside
      class="hints"
      aria-labelledby="hints-title"
      data-seq={result?.seq}
      data-length={result?.length}
    >
      <h2 id="hints-title" class="hints__title">
        Live hints
        <span class="hints__summary">
          {state === 'starting' && 'starting…'}
          {state === 'error' && 'unavailable; your reply is still graded when sent'}
          {state === 'ready' && result !== null && summary(result)}
        </span>
      </h2>
      {/* The list scrolls inside its fixed height, so it takes focus for keyboard scrolling. */}
      <ul class="hints__list" tabIndex={0} aria-labelledby="hints-title">
        {result === null && state === 'ready' && (
          <li class="hint hint--empty">Start typing to see what your reply does.</li>
        )}
        {result?.hints.map((hint) => (
          <li
            key={hint.criterion}
            class={`hint hint--${hint.status === 'n/a' ? 'na' : hint.status}`}
            data-criterion={hint.criterion}
          >
            <span class="hint__icon" aria-hidden="true">
              {ICONS[hint.status]}
            </span>
            <span class="hint__title">
              {hint.title}
              <span class="hint__status"> · {STATUS_LABELS[hint.status]}</span>
            </span>
            <span class="hint__message">
              {hint.spans.map((s) => (
                <q key={s.start} class={`hint__quote evidence evidence--${hint.status}`}>
                  {s.quote}
                </q>
              ))}{' '}
              {hint.status === 'n/a'
                ? 'Not expected in this reply.'
                : hint.status === 'met'
                  ? hint.message
                  : hint.suggestion || hint.message}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
