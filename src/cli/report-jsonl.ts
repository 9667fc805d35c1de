import type { ScoredReply } from './scored-reply.ts';
import type { RunSummary } from './status-summary.ts';

/** One JSON line per reply: `{"id", "score", "criteria": {id: {status, evidence, message, suggestion}}}`. */
export function replyJsonLine(id: string | number, reply: ScoredReply): string {
  const criteria: Record<string, unknown> = {};
  for (const [criterion, view] of Object.entries(reply.criteria)) {
    criteria[criterion] = {
      status: view.status,
      evidence: view.evidence,
      message: view.message,
      suggestion: view.suggestion,
    };
  }
  return JSON.stringify({ id, score: reply.score, criteria });
}

/** The closing line of a run with `--summary`: `{"summary": {...}}`. */
export function summaryJsonLine(summary: RunSummary): string {
  return JSON.stringify({ summary });
}
