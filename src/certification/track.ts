import { z } from 'zod';
import { CRITERION_IDS, ChannelSchema, CriterionIdSchema } from '../../scoring/index.ts';
import type { CriterionId } from '../../scoring/index.ts';
import { explainIssues } from '../simulator/friendly-errors.ts';
import { parseYamlWith } from '../simulator/loader.ts';
import type { Loaded } from '../simulator/loader.ts';
import { formatField } from '../simulator/problem.ts';
import { DurationSchema, IdSchema, PositiveDurationSchema } from '../simulator/schema.ts';

const text = (what: string) =>
  z
    .string({ error: `must be ${what} written as text` })
    .trim()
    .min(1, 'must not be empty');

function unique<T>(what: string) {
  return (values: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<T>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `lists ${what} \`${String(value)}\` twice; keep one`,
        });
      }
      seen.add(value);
    });
  };
}

const Percent = z
  .number({ error: 'must be a number from 0 to 100' })
  .min(0, 'must be from 0 to 100')
  .max(100, 'must be from 0 to 100');

// An object rather than a record, so a misspelt criterion gets a "did you mean".
const CriterionMinimumsSchema = z.strictObject(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, Percent.optional()])) as Record<
    CriterionId,
    z.ZodOptional<typeof Percent>
  >,
);

/** What an exam must show to pass. */
export const PassRulesSchema = z.strictObject({
  /** The lowest overall exam score that passes: the mean of the scenarios' scores, 0–100. */
  overall: Percent,
  /**
   * Per-criterion minimums, 0–100: the criterion's mean credit over the replies where it applies
   * (status not `n/a`), as a percentage.
   */
  criteria: CriterionMinimumsSchema.default({}),
  /** Criteria that no reply in the exam may violate, whatever the scores. */
  gates: z
    .array(CriterionIdSchema)
    .superRefine(unique('the gate'))
    .default(['no-contradiction', 'take-private']),
  /** How many moderation actions the scenarios judge a mistake (deleting a genuine complaint…) an exam may have. */
  moderationMistakes: z
    .int({ error: 'must be a whole number of mistakes, such as 0' })
    .min(0, 'must be 0 or more')
    .default(0),
  /** A result within this many points of a minimum, either side, goes to the review queue. */
  reviewMargin: Percent.default(5),
});
export type PassRules = z.output<typeof PassRulesSchema>;

/** A certification track: which scenarios an exam draws, how it passes, how long a pass lasts. */
export const CertificationTrackSchema = z
  .strictObject({
    id: IdSchema,
    title: text('the title'),
    description: z.string().default(''),
    /** The channels a certificate from this track lets its holder post on. */
    channels: z
      .array(ChannelSchema)
      .min(1, 'needs at least one channel')
      .superRefine(unique('the channel')),
    /** The scenario ids an exam is drawn from. */
    pool: z
      .array(IdSchema)
      .min(1, 'needs at least one scenario id')
      .superRefine(unique('the scenario')),
    /** How many scenarios one exam draws from the pool. */
    draw: z
      .int({ error: 'must be a whole number of scenarios, such as 3' })
      .positive('must be at least 1'),
    pass: PassRulesSchema,
    timeLimit: z.strictObject({
      /** The whole exam, from the first scenario shown to the submission. */
      exam: PositiveDurationSchema,
      /** Each scenario, if the track limits them one by one. */
      scenario: PositiveDurationSchema.optional(),
    }),
    attempts: z.strictObject({
      /** Attempts allowed since the last pass (or a manager's reset) before a manager must allow more. */
      allowed: z
        .int({ error: 'must be a whole number of attempts, such as 3' })
        .positive('must be at least 1'),
      /** How long to wait after a failed attempt before the next. */
      cooldown: DurationSchema,
    }),
    validity: z.strictObject({
      /** How long a certificate is valid from the day it is issued. */
      expiresAfter: PositiveDurationSchema,
      /** How long before expiry the holder may sit the exam again to recertify. */
      recertifyWithin: DurationSchema,
    }),
  })
  .superRefine((track, ctx) => {
    if (track.draw > track.pool.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['draw'],
        message: `asks for ${track.draw} scenarios but the pool has ${track.pool.length}; add scenarios to \`pool\` or draw fewer`,
      });
    }
    if (track.validity.recertifyWithin >= track.validity.expiresAfter) {
      ctx.addIssue({
        code: 'custom',
        path: ['validity', 'recertifyWithin'],
        message:
          'must be shorter than `expiresAfter`, or the window opens before the certificate is issued',
      });
    }
  });
export type CertificationTrack = z.output<typeof CertificationTrackSchema>;
export type CertificationTrackInput = z.input<typeof CertificationTrackSchema>;

/** Something wrong with a track definition, named by its field (`pass.criteria.apology`). */
export interface TrackProblem {
  field: string;
  message: string;
}

export type ParsedTrack =
  { ok: true; track: CertificationTrack } | { ok: false; problems: TrackProblem[] };

/** Validates a track definition, with one plain sentence per wrong field and never a stack trace. */
export function parseTrack(input: unknown): ParsedTrack {
  const result = CertificationTrackSchema.safeParse(input);
  if (result.success) return { ok: true, track: result.data };
  return {
    ok: false,
    problems: explainIssues(result.error.issues, input, CertificationTrackSchema).map(
      ({ path, message }) => ({ field: formatField(path), message }),
    ),
  };
}

/** `field: message` lines, the way a form or the command line shows them. */
export function formatTrackProblems(problems: readonly TrackProblem[]): string {
  return problems
    .map((problem) =>
      problem.field === '' ? problem.message : `${problem.field}: ${problem.message}`,
    )
    .join('\n');
}

/** Reads a track written as a YAML file, with problems that name the file, line and field. */
export function parseTrackYaml(text: string, file: string): Loaded<CertificationTrack> {
  return parseYamlWith(CertificationTrackSchema, text, file);
}
