import { z } from 'zod';
import {
  ChannelSchema,
  CriterionIdSchema,
  ExpectationSchema,
  StatusSchema,
  ThreadKindSchema,
} from '../../scoring/index.ts';
import { parseDuration } from './duration.ts';
import { checkReferences } from './references.ts';

/** Ids of turns, outcomes, people and queue items: kebab-case so YAML keeps their order. */
export const IdSchema = z
  .string({ error: 'must be an id written as text, such as `opening`' })
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'must be kebab-case (lower-case letters, digits and single dashes, starting with a letter), such as `calmer-customer`',
  );

/** Seconds, written as "90s", "5m", "1h30m", "2d" or a plain number. */
export const DurationSchema = z
  .union([z.number(), z.string()], {
    error: 'must be a duration such as `90s`, `5m`, `1h30m` or a number of seconds',
  })
  .transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds === null) {
      ctx.addIssue({
        code: 'custom',
        message: `\`${String(value)}\` is not a duration; write it like \`90s\`, \`5m\` or \`1h30m\``,
      });
      return z.NEVER;
    }
    return seconds;
  });

/** A duration that must be more than zero, such as a reply-time target. */
export const PositiveDurationSchema = DurationSchema.refine((seconds) => seconds > 0, {
  message: 'must be longer than zero, such as `2m`',
});

const text = (what: string) =>
  z
    .string({ error: `must be ${what} written as text` })
    .trim()
    .min(1, `must not be empty`);

export const TEMPERS = ['calm', 'annoyed', 'angry', 'furious', 'troll'] as const;

export const PersonSchema = z.strictObject({
  name: text('a name'),
  handle: z
    .string()
    .regex(
      /^@?[A-Za-z0-9_.]{1,30}$/,
      'must be a handle such as `@dana_w` (letters, digits, _ and .)',
    )
    .optional(),
  temper: z.enum(TEMPERS).optional(),
  /** Notes for authors and trainers: who this person is, what they want. */
  about: z.string().optional(),
});
export type Person = z.output<typeof PersonSchema>;

export const BrandSchema = z.strictObject({
  name: text('the brand name'),
  handle: PersonSchema.shape.handle,
  /** Opening hours as a customer would read them, e.g. "Mon–Sat 8:00–20:00 CET". */
  hours: text('the opening hours'),
  /** Facts a reply may state and must not contradict. */
  facts: z.array(text('a fact')).default([]),
  /** Policies a reply must respect (refund window, warranty…). */
  policies: z.array(text('a policy')).default([]),
  /** Things a reply must never promise. */
  neverPromise: z.array(text('a promise to avoid')).default([]),
});
export type Brand = z.output<typeof BrandSchema>;

const PersonRefSchema = z.string({
  error: 'must name who posts: `customer`, `brand` or a person id',
});

export const PostSchema = z.strictObject({
  from: PersonRefSchema,
  text: text('the post'),
  likes: z.int().nonnegative().optional(),
});
export type Post = z.output<typeof PostSchema>;

export const OpeningPostSchema = PostSchema.extend({
  /** How long before the trainee opened the thread this was posted. */
  ago: DurationSchema,
});
export type OpeningPost = z.output<typeof OpeningPostSchema>;

export const RubricSchema = z.partialRecord(CriterionIdSchema, ExpectationSchema);
export const WeightsSchema = z.partialRecord(
  CriterionIdSchema,
  z.number().nonnegative('must be zero or more'),
);

const CriterionListSchema = z.array(CriterionIdSchema).min(1, 'needs at least one criterion');
const CountSchema = z
  .strictObject({ atLeast: z.number().optional(), below: z.number().optional() })
  .refine((v) => v.atLeast !== undefined || v.below !== undefined, {
    message: 'needs `atLeast` or `below`',
  });

const GradeConditionShape = {
  /** The reply passed overall. */
  passed: z.boolean().optional(),
  /** The overall score, 0–100. */
  score: CountSchema.optional(),
  /** Every listed criterion is met. */
  allMet: CriterionListSchema.optional(),
  /** At least one listed criterion is missed or violated. */
  anyFailed: CriterionListSchema.optional(),
  /** Each listed criterion has this status (or one of these statuses). */
  status: z
    .partialRecord(CriterionIdSchema, z.union([StatusSchema, z.array(StatusSchema).min(1)]))
    .optional(),
};
export const GradeConditionSchema = z.strictObject(GradeConditionShape);
export type GradeCondition = z.output<typeof GradeConditionSchema>;

export interface Condition extends GradeCondition {
  /** The latest graded turn at this earlier turn matches. */
  earlier?: (GradeCondition & { turn: string }) | undefined;
  /** The attempt went through this turn. */
  visited?: string | undefined;
  /** How many turns so far failed (the current one included). */
  failedTurns?: { atLeast?: number | undefined; below?: number | undefined } | undefined;
  /** Queue turns: how each item was handled. */
  item?: Record<string, GradeCondition> | undefined;
  /** Queue turns: how many items were handled with a passing reply or a good action. */
  passedItems?: { atLeast?: number | undefined; below?: number | undefined } | undefined;
  any?: Condition[] | undefined;
  all?: Condition[] | undefined;
  not?: Condition | undefined;
}

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      ...GradeConditionShape,
      earlier: z.strictObject({ turn: IdSchema, ...GradeConditionShape }).optional(),
      visited: IdSchema.optional(),
      failedTurns: CountSchema.optional(),
      item: z.record(IdSchema, GradeConditionSchema).optional(),
      passedItems: CountSchema.optional(),
      any: z.array(ConditionSchema).min(1).optional(),
      all: z.array(ConditionSchema).min(1).optional(),
      not: ConditionSchema.optional(),
    })
    .refine((v) => Object.values(v).some((x) => x !== undefined), {
      message: 'is empty; give at least one test such as `allMet: [apology]`, or remove `when`',
    }),
);

const TargetShape = {
  /** The turn that comes next. */
  goto: IdSchema.optional(),
  /** The outcome that ends the thread. */
  end: IdSchema.optional(),
};

function requireOneTarget(
  v: { goto?: string | undefined; end?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (v.goto === undefined && v.end === undefined) {
    ctx.addIssue({ code: 'custom', message: 'needs `goto: <turn id>` or `end: <outcome id>`' });
  } else if (v.goto !== undefined && v.end !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'has both `goto` and `end`; keep one of them' });
  }
}

export const BranchSchema = z
  .strictObject({
    when: ConditionSchema.optional(),
    /** Why the thread goes this way, shown to the trainee in the debrief. */
    because: z.string().optional(),
    posts: z.array(PostSchema).default([]),
    ...TargetShape,
  })
  .superRefine(requireOneTarget);
export type Branch = z.output<typeof BranchSchema>;

export const SilenceSchema = z
  .strictObject({
    /** Seconds after the turn started, if the trainee has not acted by then. */
    after: DurationSchema,
    posts: z.array(PostSchema).default([]),
    ...TargetShape,
  })
  .superRefine((v, ctx) => {
    if (v.goto !== undefined && v.end !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'has both `goto` and `end`; keep one of them' });
    }
    if (v.posts.length === 0 && v.goto === undefined && v.end === undefined) {
      ctx.addIssue({ code: 'custom', message: 'does nothing; add `posts`, `goto` or `end`' });
    }
  });
export type Silence = z.output<typeof SilenceSchema>;

export const MODERATION_ACTIONS = ['hide', 'ignore', 'escalate', 'delete'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

const ActionResultShape = {
  /** Whether choosing this action was right; a mistake fails the turn. */
  verdict: z.enum(['good', 'mistake'], { error: 'must be `good` or `mistake`' }),
  /** One sentence for the trainee: why this was right or wrong. */
  feedback: text('the feedback'),
  posts: z.array(PostSchema).default([]),
};

export const ActionResultSchema = z
  .strictObject({ ...ActionResultShape, ...TargetShape })
  .superRefine(requireOneTarget);
export type ActionResult = z.output<typeof ActionResultSchema>;

export const ItemActionResultSchema = z.strictObject(ActionResultShape);
export type ItemActionResult = z.output<typeof ItemActionResultSchema>;

export const ReactionSchema = z.strictObject({
  when: ConditionSchema.optional(),
  posts: z.array(PostSchema).min(1, 'needs at least one post'),
});
export type Reaction = z.output<typeof ReactionSchema>;

export const QueueItemSchema = z.strictObject({
  /** Who the reply answers, or `public` for a status update posted to everyone. */
  to: PersonRefSchema,
  prompt: z.string().optional(),
  rubric: RubricSchema.default({}),
  weights: WeightsSchema.default({}),
  replyWithin: PositiveDurationSchema.optional(),
  /** The person posts again while this item is not handled. */
  silence: z
    .array(z.strictObject({ after: DurationSchema, posts: z.array(PostSchema).min(1) }))
    .default([]),
  actions: z.partialRecord(z.enum(MODERATION_ACTIONS), ItemActionResultSchema).default({}),
  /** Posts that follow the reply; the first whose `when` holds is used. */
  reactions: z.array(ReactionSchema).default([]),
});
export type QueueItem = z.output<typeof QueueItemSchema>;

export const TurnSchema = z
  .strictObject({
    /** Shown to the trainee above the composer. */
    prompt: z.string().optional(),
    /** Posts that appear when the turn starts. */
    posts: z.array(PostSchema).default([]),
    /** Reply turns: who the reply answers, or `public` for a status update. */
    to: PersonRefSchema.optional(),
    rubric: RubricSchema.default({}),
    weights: WeightsSchema.default({}),
    replyWithin: PositiveDurationSchema.optional(),
    silence: z.array(SilenceSchema).default([]),
    actions: z.partialRecord(z.enum(MODERATION_ACTIONS), ActionResultSchema).default({}),
    /** Crisis queues: several replies to write, in any order, before `next` is read. */
    queue: z.record(IdSchema, QueueItemSchema).optional(),
    next: z.array(BranchSchema).min(1, 'needs at least one branch'),
  })
  .superRefine((turn, ctx) => {
    const last = turn.next.length - 1;
    turn.next.forEach((branch, index) => {
      if (index === last && branch.when !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['next', index, 'when'],
          message:
            'the last branch must have no `when`, so that every reply leads somewhere; add a final branch without `when`',
        });
      }
      if (index < last && branch.when === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['next', index],
          message:
            'only the last branch may leave out `when`; the branches after it could never be taken',
        });
      }
    });
    if (turn.queue !== undefined) {
      if (Object.keys(turn.queue).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['queue'], message: 'needs at least one item' });
      }
      for (const key of ['to', 'replyWithin'] as const) {
        if (turn[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a queue turn has no \`${key}\` of its own; put it on each queue item`,
          });
        }
      }
      for (const key of ['rubric', 'weights', 'actions'] as const) {
        if (Object.keys(turn[key]).length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a queue turn has no \`${key}\` of its own; put it on each queue item`,
          });
        }
      }
    }
  });
export type Turn = z.output<typeof TurnSchema>;

export const OUTCOME_TYPES = [
  'resolved',
  'moved-to-dm',
  'escalated',
  'defused',
  'viral',
  'lost',
] as const;

export const OutcomeSchema = z.strictObject({
  type: z.enum(OUTCOME_TYPES),
  /** How the trainee did: shown as the colour of the ending. */
  result: z.enum(['success', 'partial', 'failure']),
  title: text('the title'),
  summary: text('the summary'),
});
export type Outcome = z.output<typeof OutcomeSchema>;

const ExampleShape = {
  text: text('the example reply'),
  /** The turn the reply answers; the start turn when left out. */
  turn: IdSchema.optional(),
  /** In a queue turn, the item the reply answers. */
  item: IdSchema.optional(),
  /** Seconds after the turn started that the reply is sent. */
  after: DurationSchema.default(30),
  /** Why this example passes or fails, for authors and the debrief. */
  why: z.string().optional(),
};
export const PassExampleSchema = z.strictObject(ExampleShape);
export type PassExample = z.output<typeof PassExampleSchema>;
export const FailExampleSchema = z.strictObject({
  ...ExampleShape,
  /** Exactly the criteria this reply misses or violates. */
  fails: CriterionListSchema,
});
export type FailExample = z.output<typeof FailExampleSchema>;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

const ScenarioFieldsSchema = z.strictObject({
  title: text('the title'),
  summary: text('the summary'),
  channel: ChannelSchema,
  kind: ThreadKindSchema,
  difficulty: z.enum(DIFFICULTIES),
  tags: z.array(IdSchema).default([]),
  brand: BrandSchema,
  customer: PersonSchema,
  /** More customers, for crisis queues. */
  customers: z.record(IdSchema, PersonSchema).default({}),
  onlookers: z.record(IdSchema, PersonSchema).default({}),
  /** What is already in the thread when the trainee opens it, oldest first. */
  thread: z.array(OpeningPostSchema).min(1, 'needs at least one post'),
  /** The time target for each reply, counted from the start of its turn. */
  replyWithin: PositiveDurationSchema,
  rubric: RubricSchema.default({}),
  weights: WeightsSchema.default({}),
  /** The first turn; the first one listed under `turns` when left out. */
  start: IdSchema.optional(),
  turns: z.record(IdSchema, TurnSchema),
  outcomes: z.record(IdSchema, OutcomeSchema),
  examples: z.strictObject({
    pass: z.array(PassExampleSchema).min(2, 'needs at least two passing examples'),
    fail: z.array(FailExampleSchema).min(2, 'needs at least two failing examples'),
  }),
});
export type ScenarioDraft = z.output<typeof ScenarioFieldsSchema>;

/** The scenario file format: the single source of truth for the collection, engine and CLI. */
export const ScenarioSchema = ScenarioFieldsSchema.superRefine(checkReferences).transform(
  (draft) => ({ ...draft, start: draft.start ?? Object.keys(draft.turns)[0] ?? '' }),
);
export type Scenario = z.output<typeof ScenarioSchema>;

/** One recorded step of a playthrough: a reply, a moderation action or a wait, at a time. */
export const PlaythroughStepSchema = z
  .strictObject({
    /** Seconds since the attempt started. */
    at: DurationSchema,
    reply: text('the reply').optional(),
    do: z.enum([...MODERATION_ACTIONS, 'wait']).optional(),
    item: IdSchema.optional(),
  })
  .superRefine((step, ctx) => {
    if ((step.reply === undefined) === (step.do === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs exactly one of `reply: <text>` or `do: <action>`',
      });
    }
  });
export type PlaythroughStep = z.output<typeof PlaythroughStepSchema>;

export const PlaythroughSchema = z.strictObject({
  name: text('the name'),
  steps: z.array(PlaythroughStepSchema).min(1, 'needs at least one step'),
  /** The outcome the replay must reach. */
  outcome: IdSchema,
  /** The turns the replay must go through, in order. */
  path: z.array(IdSchema).optional(),
});
export type Playthrough = z.output<typeof PlaythroughSchema>;

export const PlaythroughFileSchema = z
  .array(PlaythroughSchema)
  .min(1, 'needs at least one playthrough');
