import { CRITERION_IDS } from '../../../scoring/index.ts';
import { eligiblePool } from '../../certification/draw.ts';
import type { Channel, CriterionId } from '../../../scoring/index.ts';
import { parseTrack } from '../../certification/track.ts';
import type {
  CertificationTrack,
  CertificationTrackInput,
  TrackProblem,
} from '../../certification/track.ts';
import { formatDuration } from '../../simulator/duration.ts';
import { errorsOfAction } from './action-errors.ts';

/** A submitted track form: each name with all its values (checkbox groups send several). */
export type TrackFormFields = ReadonlyMap<string, readonly string[]>;

/** What the form shows: one text per input, and the ticked values of each checkbox group. */
export interface TrackFormValues {
  text: Record<string, string>;
  ticked: { channels: string[]; pool: string[]; gates: string[] };
}

/** The text inputs, named by the track field they fill. */
export const TRACK_TEXT_FIELDS = [
  'id',
  'title',
  'description',
  'draw',
  'pass.overall',
  'pass.moderationMistakes',
  'pass.reviewMargin',
  'timeLimit.exam',
  'timeLimit.scenario',
  'attempts.allowed',
  'attempts.cooldown',
  'validity.expiresAfter',
  'validity.recertifyWithin',
  ...CRITERION_IDS.map((id) => `pass.criteria.${id}`),
] as const;

/** Reads a browser's form post into the map the other functions take. */
export function fieldsOf(form: FormData): TrackFormFields {
  const fields = new Map<string, string[]>();
  for (const [key, value] of form) {
    if (typeof value !== 'string') continue;
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

/** A number when the text is one; otherwise the text itself, so the schema names the field. */
function numberOrText(text: string | undefined): number | string | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function blankToUndefined(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** The track a submitted form describes, still unchecked: pass it to `parseTrack`. */
export function trackInputFromForm(fields: TrackFormFields): Record<string, unknown> {
  const one = (name: string) => fields.get(name)?.[0];
  const criteria: Partial<Record<CriterionId, number | string>> = {};
  for (const id of CRITERION_IDS) {
    const minimum = numberOrText(one(`pass.criteria.${id}`));
    if (minimum !== undefined) criteria[id] = minimum;
  }
  const scenarioLimit = blankToUndefined(one('timeLimit.scenario'));
  return {
    id: one('id')?.trim() ?? '',
    title: one('title') ?? '',
    description: one('description')?.trim() ?? '',
    channels: [...(fields.get('channels') ?? [])],
    pool: [...(fields.get('pool') ?? [])],
    draw: numberOrText(one('draw')),
    pass: {
      overall: numberOrText(one('pass.overall')),
      criteria,
      gates: [...(fields.get('pass.gates') ?? [])],
      moderationMistakes: numberOrText(one('pass.moderationMistakes')) ?? 0,
      reviewMargin: numberOrText(one('pass.reviewMargin')) ?? 5,
    },
    timeLimit: {
      exam: blankToUndefined(one('timeLimit.exam')),
      ...(scenarioLimit === undefined ? {} : { scenario: scenarioLimit }),
    },
    attempts: {
      allowed: numberOrText(one('attempts.allowed')),
      cooldown: blankToUndefined(one('attempts.cooldown')),
    },
    validity: {
      expiresAfter: blankToUndefined(one('validity.expiresAfter')),
      recertifyWithin: blankToUndefined(one('validity.recertifyWithin')),
    },
  };
}

/**
 * The input a problem belongs beside: `pool[2]` is shown under the pool, a missing nested object
 * under its first input, and a problem with the whole track at the top of the form.
 */
export function inputOfProblem(field: string): string {
  const base = field.replace(/\[\d+\].*$/, '');
  if (base === 'pass.gates' || base === 'channels' || base === 'pool') return base;
  if ((TRACK_TEXT_FIELDS as readonly string[]).includes(base)) return base;
  if (base === 'pass.criteria') return 'pass.criteria';
  if (base === 'timeLimit') return 'timeLimit.exam';
  if (base === 'attempts') return 'attempts.allowed';
  if (base === 'validity') return 'validity.expiresAfter';
  return 'form';
}

/** Problems by the input they are shown beside; the first problem of an input wins. */
export function problemsByInput(problems: readonly TrackProblem[]): Record<string, string> {
  const byInput: Record<string, string> = {};
  for (const problem of problems) {
    const input = inputOfProblem(problem.field);
    const plain = problem.message.replace(/`/g, '');
    const message = plain.charAt(0).toUpperCase() + plain.slice(1);
    const text = input === 'form' && problem.field !== '' ? `${problem.field}: ${plain}` : message;
    byInput[input] ??= text;
  }
  return byInput;
}

/** Checks a submitted form with the track schema: the track, or messages by input. */
export function readTrackForm(
  fields: TrackFormFields,
): { ok: true; track: CertificationTrack } | { ok: false; errors: Record<string, string> } {
  const parsed = parseTrack(trackInputFromForm(fields));
  return parsed.ok
    ? { ok: true, track: parsed.track }
    : { ok: false, errors: problemsByInput(parsed.problems) };
}

/** The form's values for an existing track (durations written back as `1h30m`). */
export function formValuesOfTrack(
  track: CertificationTrack | CertificationTrackInput,
): TrackFormValues {
  const duration = (value: number | string | undefined) =>
    value === undefined ? '' : typeof value === 'number' ? formatDuration(value) : value;
  const number = (value: number | undefined) => (value === undefined ? '' : String(value));
  const text: Record<string, string> = {
    id: track.id,
    title: track.title,
    description: track.description ?? '',
    draw: String(track.draw),
    'pass.overall': String(track.pass.overall),
    'pass.moderationMistakes': number(track.pass.moderationMistakes),
    'pass.reviewMargin': number(track.pass.reviewMargin),
    'timeLimit.exam': duration(track.timeLimit.exam),
    'timeLimit.scenario': duration(track.timeLimit.scenario),
    'attempts.allowed': String(track.attempts.allowed),
    'attempts.cooldown': duration(track.attempts.cooldown),
    'validity.expiresAfter': duration(track.validity.expiresAfter),
    'validity.recertifyWithin': duration(track.validity.recertifyWithin),
  };
  for (const id of CRITERION_IDS) text[`pass.criteria.${id}`] = number(track.pass.criteria?.[id]);
  return {
    text,
    ticked: {
      channels: [...track.channels],
      pool: [...track.pool],
      gates: [...(track.pass.gates ?? [])],
    },
  };
}

/** The values a form shows after a refused post: exactly what was typed and ticked. */
export function formValuesOfFields(fields: TrackFormFields): TrackFormValues {
  const text: Record<string, string> = {};
  for (const name of TRACK_TEXT_FIELDS) text[name] = fields.get(name)?.[0] ?? '';
  return {
    text,
    ticked: {
      channels: [...(fields.get('channels') ?? [])],
      pool: [...(fields.get('pool') ?? [])],
      gates: [...(fields.get('pass.gates') ?? [])],
    },
  };
}

/** A new track's starting values: sensible defaults a manager mostly keeps. */
export const NEW_TRACK_VALUES: TrackFormValues = formValuesOfTrack({
  id: '',
  title: '',
  description: '',
  channels: ['x'],
  pool: [],
  draw: 3,
  pass: {
    overall: 70,
    criteria: {},
    gates: ['no-contradiction', 'take-private'],
    moderationMistakes: 0,
    reviewMargin: 5,
  },
  timeLimit: { exam: '45m' },
  attempts: { allowed: 3, cooldown: '1d' },
  validity: { expiresAfter: '365d', recertifyWithin: '30d' },
});

/**
 * Problems the schema cannot see because they need the library: pool scenarios that are unknown or
 * outside the track's channels, and a draw larger than what can be drawn.
 */
export function poolErrors(
  track: CertificationTrack,
  library: ReadonlyMap<string, { channel: Channel }>,
): Record<string, string> {
  const { eligible, skipped } = eligiblePool(track, library);
  const errors: Record<string, string> = {};
  const first = skipped[0];
  if (first !== undefined) errors['pool'] = first.message.replace(/`/g, '');
  if (eligible.length < track.draw) {
    errors['draw'] =
      `Asks for ${track.draw} scenarios but only ${eligible.length} in the pool can be drawn; tick more scenarios on the track's channels or draw fewer.`;
  }
  return errors;
}

/** A server's refusal by field, moved beside the form's inputs; fields the form lacks go on top. */
export function besideInputs(errors: Record<string, string>): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const input = inputOfProblem(field);
    const plain = message.replace(/`/g, '');
    placed[input] ??= input === 'form' && field !== 'form' ? `${field}: ${plain}` : plain;
  }
  return placed;
}

/**
 * A posted track form, read with the track schema and checked against the library, then handed
 * to `save` (the create or update action): the saved track's id, or the problems by input.
 */
export async function saveTrackForm(
  fields: TrackFormFields,
  library: readonly { id: string; channel: Channel }[],
  save: (track: CertificationTrack) => Promise<{ error?: unknown }>,
): Promise<{ saved: string } | { errors: Record<string, string> }> {
  const read = readTrackForm(fields);
  if (!read.ok) return { errors: read.errors };
  const errors = poolErrors(read.track, new Map(library.map((s) => [s.id, s])));
  if (Object.keys(errors).length > 0) return { errors };
  const { error } = await save(read.track);
  return error === undefined
    ? { saved: read.track.id }
    : { errors: besideInputs(errorsOfAction(error)) };
}
