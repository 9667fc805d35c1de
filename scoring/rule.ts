import type { ReplyDocument, Span } from './document.ts';
import type { Channel, CriterionId, Expectation, Status, ThreadKind } from './schema.ts';

/** The context a rule sees: the caller's context with the defaults filled in. */
export interface RuleContext {
  readonly channel: Channel;
  readonly kind: ThreadKind;
  readonly customerPost: string | undefined;
  readonly customerName: string | undefined;
  readonly customerHandle: string | undefined;
  readonly elapsedSeconds: number | undefined;
  readonly targetSeconds: number | undefined;
  readonly earlierReplies: readonly string[];
  /** The expectations the caller set (a scenario's rubric), without the kind's defaults. */
  readonly expectations: Readonly<Partial<Record<CriterionId, Expectation>>>;
}

/** One thing a rule found: a message id, the place, and optionally what was written and what to write. */
export interface Finding {
  readonly messageId: string;
  readonly span: Span;
  readonly data?: Readonly<Record<string, string>>;
  readonly actual?: string;
  readonly expected?: string;
}

/** What a rule decides about one reply. */
export interface RuleOutcome {
  readonly status: Status;
  /** Names the message (and suggestion) that explains the status. */
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly findings: readonly Finding[];
  /** The share of the weight earned when met: stock phrases earn nothing. Defaults to 1 for `met`. */
  readonly credit?: number;
}

/** A message shown to the trainee and the concrete suggestion that goes with it. */
export interface RuleMessage {
  readonly message: string;
  readonly suggestion: string;
}

export interface RuleMeta {
  readonly title: string;
  readonly description: string;
  /** Where the criterion comes from in the seed articles. */
  readonly source: string;
  /** The default weight in the overall score. */
  readonly weight: number;
  /** A `violated` status fails the whole reply. */
  readonly gate?: (outcome: RuleOutcome) => boolean;
  /** How much a thread of each kind expects this criterion by default. */
  readonly expectation: Readonly<Record<ThreadKind, Expectation>>;
  readonly messages: Readonly<Record<string, RuleMessage>>;
}

export interface Rule<Id extends CriterionId = CriterionId> {
  readonly id: Id;
  readonly meta: RuleMeta;
  check(doc: ReplyDocument, context: RuleContext): RuleOutcome;
}

/** Declares a criterion; the identity function that gives rule files their types. */
export function defineRule<Id extends CriterionId>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** Fills `{{name}}` placeholders from a finding's data. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string>> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}

/** A builder for the common outcomes, so rules read as decisions. */
export const outcome = {
  met(
    messageId: string,
    findings: readonly Finding[] = [],
    extra: Partial<RuleOutcome> = {},
  ): RuleOutcome {
    return { status: 'met', messageId, findings, ...extra };
  },
  missed(
    messageId: string,
    findings: readonly Finding[] = [],
    extra: Partial<RuleOutcome> = {},
  ): RuleOutcome {
    return { status: 'missed', messageId, findings, ...extra };
  },
  violated(
    messageId: string,
    findings: readonly Finding[],
    extra: Partial<RuleOutcome> = {},
  ): RuleOutcome {
    return { status: 'violated', messageId, findings, ...extra };
  },
  notApplicable(messageId: string): RuleOutcome {
    return { status: 'n/a', messageId, findings: [] };
  },
};

/** Expectations for a criterion every kind of thread shares. */
export function expectedEverywhere(
  value: Expectation = 'expected',
): Record<ThreadKind, Expectation> {
  return { complaint: value, troll: value, crisis: value, question: value, praise: value };
}

/**
 * Whether the caller holds the reply to a criterion (`required` or `expected`): a rule that skips
 * some kinds of thread ("praise has no complaint to downplay") checks it anyway when a scenario
 * asks for it, so the expectation is never silently dropped.
 */
export function expectedByCaller(context: RuleContext, id: CriterionId): boolean {
  const set = context.expectations[id];
  return set === 'required' || set === 'expected';
}
