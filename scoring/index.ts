export { scoreReply, RUBRIC_VERSION, PASS_MARK, GATE_CAP } from './rubric.ts';
export { RULES } from './rules/index.ts';
export { parseReply } from './document.ts';
export { STOCK_PHRASE_EXAMPLES } from './data/stock-phrases.ts';
export {
  CRITERION_IDS,
  CORE_CRITERION_IDS,
  ChannelSchema,
  CriterionIdSchema,
  CriterionResultSchema,
  EvidenceSchema,
  ExpectationSchema,
  GateSchema,
  ReplyContextSchema,
  ScoreInputSchema,
  ScoreReportSchema,
  StatusSchema,
  ThreadKindSchema,
} from './schema.ts';
export type {
  Channel,
  CriterionId,
  CriterionResult,
  Evidence,
  Expectation,
  Gate,
  ReplyContext,
  ScoreInput,
  ScoreReport,
  Status,
  ThreadKind,
} from './schema.ts';
export type { ReplyDocument, Sentence, Span, Hit } from './document.ts';
export type { Rule, RuleContext, RuleMeta, RuleMessage, RuleOutcome, Finding } from './rule.ts';
