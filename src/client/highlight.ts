import type { CriterionId, Status } from '../../scoring/index.ts';

/** One highlighted place: a criterion's evidence span and what the criterion concluded. */
export interface Mark {
  criterion: CriterionId;
  status: Status;
  messageId: string;
  start: number;
  end: number;
}

/** A run of the reply with the marks covering all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/**
 * Cuts a reply into runs at every mark boundary, so overlapping evidence from several criteria can
 * be drawn as nested highlights. Marks outside the text are clipped; empty marks are dropped. The
 * segments always join back to the text.
 */
export function segmentsOf(text: string, marks: readonly Mark[]): Segment[] {
  const clipped = marks
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.min(m.start, text.length)),
      end: Math.max(0, Math.min(m.end, text.length)),
    }))
    .filter((m) => m.end > m.start);
  const cuts = new Set([0, text.length]);
  for (const m of clipped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      marks: clipped.filter((m) => m.start <= start && m.end >= end),
    });
  }
  return segments;
}

/** The strongest status among marks, which decides a segment's colour: violated over met. */
export function dominantStatus(marks: readonly Mark[]): Status | null {
  if (marks.some((m) => m.status === 'violated')) return 'violated';
  if (marks.some((m) => m.status === 'missed')) return 'missed';
  if (marks.some((m) => m.status === 'met')) return 'met';
  return marks.length > 0 ? 'n/a' : null;
}
