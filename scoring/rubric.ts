import { parseReply } from './document.ts';
import type { ReplyDocument } from './document.ts';
import { formatMessage } from './rule.ts';
import type { Rule, RuleContext, RuleOutcome } from './rule.ts';
import { RULES } from './rules/index.ts';
import { CRITERION_IDS, ScoreInputSchema } from './schema.ts';
import type {
  CriterionId,
  CriterionResult,
  Gate,
  ReplyContext,
  ScoreInput,
  ScoreReport,
  Status,
} from './schema.ts';

/** Changes whenever a rule, weight or gate changes, so stored grades can be re-scored. */
export const RUBRIC_VERSION = '1.2.0';

/** The overall score a reply needs to pass. */
export const PASS_MARK = 70;

/** The highest score a reply that trips a gate can get. */
export const GATE_CAP = 40;

function resolveContext(context: ReplyContext = {}): RuleContext {
  return {
    channel: context.channel ?? 'x',
    kind: context.kind ?? 'complaint',
    customerPost: context.customerPost,
    customerName: context.customerName,
    customerHandle: context.customerHandle,
    elapsedSeconds: context.elapsedSeconds,
    targetSeconds: context.targetSeconds,
    earlierReplies: context.earlierReplies ?? [],
    expectations: context.expectations ?? {},
  };
}

function runRule(rule: Rule, doc: ReplyDocument, context: RuleContext): RuleOutcome {
  try {
    return rule.check(doc, context);
  } catch (error) {
    throw new Error(
      `The "${rule.id}" rule failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

function grade(
  rule: Rule,
  result: RuleOutcome,
  doc: ReplyDocument,
  input: ReplyContext,
  kind: RuleContext['kind'],
): CriterionResult {
  const expectation = input.expectations?.[rule.id] ?? rule.meta.expectation[kind];
  const weight = input.weights?.[rule.id] ?? rule.meta.weight;
  const status: Status =
    expectation === 'n/a' && result.status !== 'violated' ? 'n/a' : result.status;
  const messageId = status === 'n/a' && result.status !== 'n/a' ? 'notExpected' : result.messageId;
  const text = rule.meta.messages[messageId] ?? {
    message: 'This scenario does not expect this criterion.',
    suggestion: '',
  };
  return {
    id: rule.id,
    title: rule.meta.title,
    status,
    expectation,
    weight,
    credit: status === 'met' ? Math.min(1, Math.max(0, result.credit ?? 1)) : 0,
    messageId,
    message: formatMessage(text.message, result.data),
    suggestion: formatMessage(text.suggestion, result.data),
    evidence:
      status === 'n/a'
        ? []
        : dedupe(
            result.findings.map((finding) => ({
              ...doc.evidence(finding.span),
              messageId: finding.messageId,
            })),
          ),
  };
}

function dedupe(evidence: CriterionResult['evidence']): CriterionResult['evidence'] {
  const seen = new Set<string>();
  return evidence
    .filter((item) => {
      const key = `${item.start}:${item.end}:${item.messageId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function counts(result: CriterionResult): boolean {
  if (result.status === 'n/a' || result.weight === 0) return false;
  if (result.expectation === 'optional' || result.expectation === 'n/a')
    return result.status !== 'missed';
  return true;
}

function summarise(
  score: number,
  passed: boolean,
  gates: readonly Gate[],
  results: readonly CriterionResult[],
): string {
  const verdict = `${score}/100, ${passed ? 'a pass' : 'not a pass'}`;
  if (gates.length > 0) return `${verdict}: ${gates.map((gate) => gate.message).join(' ')}`;
  const weak = results
    .filter((result) => counts(result) && result.credit < 1)
    .map((result) => result.title.toLowerCase());
  return weak.length === 0
    ? `${verdict}: every criterion expected here is met.`
    : `${verdict}: work on ${weak.join(', ')}.`;
}

/** Grades one reply against the rubric and explains the grade. Throws only for an invalid input object. */
export function scoreReply(input: ScoreInput): ScoreReport {
  const { text, context = {} } = ScoreInputSchema.parse(input);
  const ruleContext = resolveContext(context);
  const doc = parseReply(text, ruleContext.customerPost);
  const results = CRITERION_IDS.map((id) => {
    const rule = RULES[id] as Rule;
    return grade(rule, runRule(rule, doc, ruleContext), doc, context, ruleContext.kind);
  });
  const counted = results.filter(counts);
  const total = counted.reduce((sum, result) => sum + result.weight, 0);
  const earned = counted.reduce((sum, result) => sum + result.weight * result.credit, 0);
  let score = total === 0 ? 100 : Math.round((100 * earned) / total);
  const gates: Gate[] = results
    .filter((result) => result.status === 'violated' && RULES[result.id].meta.gate !== undefined)
    .map((result) => ({ criterion: result.id, message: result.message }));
  if (gates.length > 0) score = Math.min(score, GATE_CAP);
  const requiredFailed = results.some(
    (result) =>
      result.expectation === 'required' &&
      (result.status === 'missed' || result.status === 'violated'),
  );
  const passed = gates.length === 0 && !requiredFailed && score >= PASS_MARK;
  const criteria = Object.fromEntries(results.map((result) => [result.id, result])) as Record<
    CriterionId,
    CriterionResult
  >;
  return {
    rubricVersion: RUBRIC_VERSION,
    score,
    passed,
    gates,
    summary: summarise(score, passed, gates, results),
    criteria,
  };
}
