import type { HintResult } from '../../client/hints.ts';
import { STATUS_LABELS } from '../../client/practice-view.ts';

export interface HintPanelProps {
  result: HintResult | null;
  state: 'starting' | 'ready' | 'error';
}

const ICONS = { met: '✓', missed: '○', violated: '✕', 'n/a': '–' } as const;

/**
 * What the reply does so far, while typing. Its box has a fixed height and scrolls, so the page
 * never moves as hints come and go; screen readers are not interrupted on every keystroke.
 */
export function HintPanel({ result, state }: HintPanelProps) {
  const met = result?.hints.filter((h) => h.status === 'met').length ?? 0;
  return (
    <aside class="hints" aria-labelledby="hints-title">
      <h2 id="hints-title" class="hints__title">
        Live hints
        <span class="hints__summary">
          {state === 'starting' && 'starting…'}
          {state === 'error' && 'unavailable; your reply is still graded when sent'}
          {state === 'ready' && result !== null && `${met} met · score ${result.score}`}
        </span>
      </h2>
      <ul class="hints__list">
        {result === null && state === 'ready' && (
          <li class="hint hint--empty">Start typing to see what your reply does.</li>
        )}
        {result?.hints.map((hint) => (
          <li
            key={hint.criterion}
            class={`hint hint--${hint.status}`}
            data-criterion={hint.criterion}
          >
            <span class="hint__icon" aria-hidden="true">
              {ICONS[hint.status]}
            </span>
            <span class="hint__title">
              {hint.title}
              <span class="visually-hidden">: {STATUS_LABELS[hint.status]}</span>
            </span>
            <span class="hint__message">
              {hint.spans.length > 0 && (
                <>
                  {hint.spans.map((s) => (
                    <q key={s.start} class={`hint__quote evidence evidence--${hint.status}`}>
                      {s.quote}
                    </q>
                  ))}{' '}
                </>
              )}
              {hint.status === 'met' ? hint.message : hint.suggestion || hint.message}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
