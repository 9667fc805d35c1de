import { dominantStatus, segmentsOf } from '../../client/highlight.ts';
import type { Mark } from '../../client/highlight.ts';

export interface HighlightedReplyProps {
  text: string;
  marks: readonly Mark[];
  /** Only marks of this criterion, when a scorecard row is focused. */
  only?: string | undefined;
}

/** The reply with each criterion's evidence marked; overlapping evidence shares one mark. */
export function HighlightedReply({ text, marks, only }: HighlightedReplyProps) {
  const shown = only === undefined ? marks : marks.filter((m) => m.criterion === only);
  return (
    <p class="highlighted">
      {segmentsOf(text, shown).map((segment) => {
        const status = dominantStatus(segment.marks);
        if (status === null) return segment.text;
        const criteria = [...new Set(segment.marks.map((m) => m.criterion))];
        return (
          <mark
            key={segment.start}
            class={`evidence evidence--${status}`}
            data-criteria={criteria.join(' ')}
            title={criteria.join(', ')}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}
