import type { ReplyContext, ScoreInput } from '../../scoring/index.ts';
import { channelFromName } from './channel-name.ts';
import { foldColumnName } from './input-format.ts';

/** One reply read from the input, ready to score. */
export interface ReplyEntry {
  kind: 'reply';
  /** The 1-based line of the input where the reply starts. */
  line: number;
  id: string | number;
  input: ScoreInput;
  /** A problem that did not stop the reply from being scored (an unknown channel name). */
  notice?: string;
}

/** An input line or record that could not be read as a reply. */
export interface BadEntry {
  kind: 'bad';
  line: number;
  problem: string;
}

export type SourceEntry = ReplyEntry | BadEntry;

/** Field names as the input may spell them, folded by `foldColumnName`, to what they mean. */
const FIELD_ROLES = {
  id: 'id',
  text: 'text',
  reply: 'reply',
  customer: 'customer',
  customerpost: 'customer',
  customername: 'customerName',
  customerhandle: 'customerHandle',
  channel: 'channel',
  platform: 'channel',
} as const;

type FieldRole = (typeof FIELD_ROLES)[keyof typeof FIELD_ROLES];

/** The role a field or column name plays, if any. */
export function fieldRole(name: string): FieldRole | undefined {
  const key = foldColumnName(name);
  return Object.hasOwn(FIELD_ROLES, key) ? FIELD_ROLES[key as keyof typeof FIELD_ROLES] : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Turns the fields of one JSON object or CSV row into a reply to score, or says what is wrong.
 * `names` keeps the spelling the input used, so a problem quotes the user's own field name.
 */
export function entryFromFields(
  fields: ReadonlyMap<FieldRole, { name: string; value: unknown }>,
  line: number,
): SourceEntry {
  const bad = (problem: string): BadEntry => ({ kind: 'bad', line, problem });
  const textField = [fields.get('text'), fields.get('reply')].find(
    (field) => field !== undefined && field.value !== null && field.value !== undefined,
  );
  if (textField === undefined) {
    return bad('missing "text" or "reply" field');
  }
  if (typeof textField.value !== 'string') {
    return bad(`"${textField.name}" is ${typeName(textField.value)}, not a string`);
  }
  if (textField.value.trim() === '') return bad(`"${textField.name}" is empty`);

  const context: ReplyContext = {};
  const strings: Record<'customer' | 'customerName' | 'customerHandle' | 'channel', string> = {
    customer: '',
    customerName: '',
    customerHandle: '',
    channel: '',
  };
  for (const role of ['customer', 'customerName', 'customerHandle', 'channel'] as const) {
    const field = fields.get(role);
    if (field === undefined || field.value === null || field.value === undefined) continue;
    if (typeof field.value !== 'string') {
      return bad(`"${field.name}" is ${typeName(field.value)}, not a string`);
    }
    strings[role] = field.value;
  }
  if (strings.customer !== '') context.customerPost = strings.customer;
  if (strings.customerName !== '') context.customerName = strings.customerName;
  if (strings.customerHandle !== '') context.customerHandle = strings.customerHandle;

  let notice: string | undefined;
  if (strings.channel !== '') {
    const channel = channelFromName(strings.channel);
    if (channel === undefined) {
      notice = `channel "${strings.channel}" is unknown, so replies with it are scored without a channel; use x, facebook, instagram, review-site or forum.`;
    } else {
      context.channel = channel;
    }
  }

  const idField = fields.get('id');
  let id: string | number = line;
  if (
    typeof idField?.value === 'number' ||
    (typeof idField?.value === 'string' && idField.value !== '')
  ) {
    id = idField.value;
  } else if (idField !== undefined && idField.value !== null && idField.value !== '') {
    return bad(`"${idField.name}" is ${typeName(idField.value)}, not a string or a number`);
  }

  const input: ScoreInput =
    Object.keys(context).length > 0
      ? { text: textField.value, context }
      : { text: textField.value };
  return notice === undefined
    ? { kind: 'reply', line, id, input }
    : { kind: 'reply', line, id, input, notice };
}

/** Collects the known fields of a parsed JSON object by role; the first spelling of a role wins. */
export function fieldsOfObject(
  object: Record<string, unknown>,
): Map<FieldRole, { name: string; value: unknown }> {
  const fields = new Map<FieldRole, { name: string; value: unknown }>();
  for (const [name, value] of Object.entries(object)) {
    const role = fieldRole(name);
    if (role !== undefined && !fields.has(role)) fields.set(role, { name, value });
  }
  return fields;
}
