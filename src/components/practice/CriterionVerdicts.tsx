import type { ScoreReport } from '../../../scoring/index.ts';
import { STATUS_LABELS } from '../../client/practice-view.ts';

export interface CriterionVerdictsProps {
  report: ScoreReport;
  /** Prefix for element ids, unique per reply on the page. */
  idPrefix: string;
}

/** Each criterion's verdict, why, what to write instead, and the evidence it found. */
export function CriterionVerdicts({ report, idPrefix }: CriterionVerdictsProps) {
  const results = Object.values(report.criteria);
  const graded = results.filter((r) => r.status !== 'n/a');
  const skipped = results.filter((r) => r.status === 'n/a');
  return (
    <>
      <ul class="verdicts">
        {graded.map((r) => (
          <li
            key={r.id}
            id={`${idPrefix}-${r.id}`}
            class={`verdict verdict--${r.status}`}
            data-criterion={r.id}
          >
            <div class="verdict__head">
              <span class="verdict__title">{r.title}</span>
              <span class={`verdict__status status status--${r.status}`}>
                {STATUS_LABELS[r.status]}
              </span>
              {(r.expectation === 'required' || r.expectation === 'optional') && (
                <span class="verdict__required">{r.expectation}</span>
              )}
            </div>
            <p class="verdict__message">{r.message}</p>
            {r.evidence.length > 0 && (
              <p class="verdict__evidence">
                Evidence:{' '}
                {r.evidence.map((e) => (
                  <q key={`${e.start}-${e.messageId}`} class={`evidence evidence--${r.status}`}>
                    {e.quote}
                  </q>
                ))}
              </p>
            )}
            {r.status !== 'met' && r.suggestion !== '' && (
              <p class="verdict__suggestion">
                <strong>Try:</strong> {r.suggestion}
              </p>
            )}
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <p class="verdicts__skipped">
          Not applicable here: {skipped.map((r) => r.title).join(', ')}.
        </p>
      )}
    </>
  );
}
