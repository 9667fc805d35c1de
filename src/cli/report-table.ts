import { styleText } from 'node:util';
import type { Status } from '../../scoring/index.ts';
import type { EvidenceView, ScoredReply } from './scored-reply.ts';
import type { RunSummary } from './status-summary.ts';

type Style = Exclude<Parameters<typeof styleText>[0], readonly unknown[]>;

/** Writes styled text as ANSI colour, or leaves it plain (evidence then goes in brackets). */
export interface Palette {
  colour: boolean;
}

const STATUS_STYLE: Record<Status, Style> = {
  met: 'green',
  missed: 'yellow',
  violated: 'red',
  'n/a': 'gray',
};

const SEVERITY: Record<Status, number> = { 'n/a': 0, met: 1, missed: 2, violated: 3 };

function paint(palette: Palette, style: Style, text: string): string {
  return palette.colour ? styleText(style, text, { validateStream: false }) : text;
}

interface Highlight {
  start: number;
  end: number;
  status: Status;
}

/** Merges overlapping evidence spans, keeping the most severe status of each merged span. */
export function mergeHighlights(
  text: string,
  spans: readonly (EvidenceView & { status: Status })[],
): Highlight[] {
  const valid = spans
    .map(({ start, end, status }) => ({
      start: Math.max(0, start),
      end: Math.min(text.length, end),
      status,
    }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Highlight[] = [];
  for (const span of valid) {
    const last = merged.at(-1);
    if (last !== undefined && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (SEVERITY[span.status] > SEVERITY[last.status]) last.status = span.status;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** The reply with its evidence in colour, or in [brackets] without colour. */
export function highlightReply(text: string, reply: ScoredReply, palette: Palette): string {
  const spans = Object.values(reply.criteria).flatMap((view) =>
    view.status === 'n/a'
      ? []
      : view.evidence.map((evidence) => ({ ...evidence, status: view.status })),
  );
  let out = '';
  let at = 0;
  for (const { start, end, status } of mergeHighlights(text, spans)) {
    const quote = text.slice(start, end);
    out += text.slice(at, start);
    out += palette.colour
      ? styleText(['bold', STATUS_STYLE[status]], quote, { validateStream: false })
      : `[${quote}]`;
    at = end;
  }
  return out + text.slice(at);
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

/** A readable block for one reply: id, score, the highlighted text and each applicable verdict. */
export function replyTable(
  id: string | number,
  text: string,
  reply: ScoredReply,
  palette: Palette,
): string {
  const verdict = reply.passed
    ? paint(palette, 'green', 'passed')
    : paint(palette, 'red', 'failed');
  const lines = [`${paint(palette, 'bold', String(id))}  score ${reply.score}  ${verdict}`];
  lines.push(indent(highlightReply(text, reply, palette), '  │ '));
  const applicable = Object.entries(reply.criteria).filter(([, view]) => view.status !== 'n/a');
  const width = Math.max(0, ...applicable.map(([criterion]) => criterion.length));
  for (const [criterion, view] of applicable) {
    const status = paint(palette, STATUS_STYLE[view.status], view.status.padEnd(8));
    let line = `  ${status}  ${criterion.padEnd(width)}  ${view.message}`;
    if (view.status !== 'met' && view.suggestion !== '') line += ` → ${view.suggestion}`;
    lines.push(line.trimEnd());
  }
  return lines.join('\n') + '\n\n';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The `--summary` table: per-criterion status counts and the mean score. */
export function summaryTable(summary: RunSummary, palette: Palette): string {
  const mean =
    summary.meanScore === null ? 'no mean score' : `mean score ${summary.meanScore.toFixed(1)}`;
  const head = `Summary: ${plural(summary.replies, 'reply', 'replies')} scored, ${summary.passed} passed, ${mean}, ${plural(summary.badLines, 'bad line', 'bad lines')}`;
  const statuses: Status[] = ['met', 'missed', 'violated', 'n/a'];
  const rows = Object.entries(summary.criteria);
  const width = Math.max('criterion'.length, ...rows.map(([id]) => id.length));
  const lines = [
    paint(palette, 'bold', head),
    [
      paint(palette, 'bold', 'criterion'.padEnd(width)),
      ...statuses.map((status) => status.padStart(9)),
    ].join(''),
  ];
  for (const [id, counts] of rows) {
    lines.push(
      [id.padEnd(width), ...statuses.map((status) => String(counts[status]).padStart(9))].join(''),
    );
  }
  return lines.join('\n') + '\n';
}
