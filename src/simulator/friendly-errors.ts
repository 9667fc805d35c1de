import type { z } from 'zod';
import { closest } from './spelling.ts';

/** A zod issue said in an author's words, at the path of the field it concerns. */
export interface FieldMessage {
  path: PropertyKey[];
  message: string;
  /** Point at the field's name rather than its value (unknown fields). */
  atKey?: boolean;
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const DEFAULT_MESSAGE = /^(Invalid|Too small|Too big|Unrecognized key)/;

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list (lines starting with `- `)',
  object: 'a group of fields (`name: value` lines)',
  record: 'a group of fields (`name: value` lines)',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${value}\``;
  return 'another kind of value';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The field names an object schema accepts at a path, for "did you mean" hints. */
export function knownFieldsAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    for (let guard = 0; s !== undefined && guard < 20; guard++) {
      const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
      if (
        def.type === 'optional' ||
        def.type === 'default' ||
        def.type === 'nullable' ||
        def.type === 'prefault'
      ) {
        s = def['innerType'] as AnySchema;
      } else if (def.type === 'pipe') s = def['in'] as AnySchema;
      else if (def.type === 'lazy') s = (def['getter'] as () => AnySchema)();
      else return s;
    }
    return s;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (current === undefined) return [];
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object')
      current = (def['shape'] as Record<string, AnySchema>)[String(segment)];
    else if (def.type === 'record') current = def['valueType'] as AnySchema;
    else if (def.type === 'array') current = def['element'] as AnySchema;
    else return [];
  }
  current = unwrap(current);
  const def = current?._zod.def as unknown as
    (Record<string, unknown> & { type: string }) | undefined;
  return def?.type === 'object' ? Object.keys(def['shape'] as object) : [];
}

function unionBranch(errors: Issue[][]): Issue[] {
  // The branch that got furthest into the value is the one the author meant.
  const depth = (issues: Issue[]) => Math.max(0, ...issues.map((i) => i.path.length));
  const rootTypeMismatch = (issues: Issue[]) =>
    issues.some((i) => i.path.length === 0 && i.code === 'invalid_type');
  return (
    [...errors].sort(
      (a, b) =>
        Number(rootTypeMismatch(a)) - Number(rootTypeMismatch(b)) ||
        depth(b) - depth(a) ||
        a.length - b.length,
    )[0] ?? []
  );
}

function explain(issue: Issue, data: unknown, schema: AnySchema): FieldMessage[] {
  const path = [...issue.path];
  const value = valueAt(data, path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownFieldsAt(schema, path);
    return issue.keys.map((key) => {
      if (/\s/.test(key)) {
        return {
          path: [...path, key],
          message:
            'looks like the end of a text cut off at a comma inside `{ }`; put the whole text in quotes',
          atKey: true,
        };
      }
      const guess = closest(key, known);
      const hint = guess
        ? `did you mean \`${guess}\`?`
        : known.length > 0
          ? `the fields here are: ${known.join(', ')}`
          : 'remove it';
      return { path: [...path, key], message: `is not a field here; ${hint}`, atKey: true };
    });
  }
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    const expected = issue.code === 'invalid_type' ? EXPECTED_WORDS[issue.expected] : undefined;
    return [{ path, message: `is missing; add it${expected ? ` as ${expected}` : ''}` }];
  }
  if (
    issue.code === 'invalid_union' &&
    DEFAULT_MESSAGE.test(issue.message) &&
    issue.errors.length > 0
  ) {
    return unionBranch(issue.errors).flatMap((inner) =>
      explain({ ...inner, path: [...path, ...inner.path] }, data, schema),
    );
  }
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value)
  ) {
    const message = DEFAULT_MESSAGE.test(issue.message) ? 'must be text' : issue.message;
    return [
      {
        path,
        message: `${message}, but a colon and a space inside it started a field; put the whole text in quotes`,
      },
    ];
  }
  if (!DEFAULT_MESSAGE.test(issue.message)) return [{ path, message: issue.message }];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return [{ path, message: `must be ${expected}, but is ${describeValue(value)}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return [
        {
          path,
          message: `${value === undefined ? 'is missing' : `is ${describeValue(value)}, which is not allowed`}; use one of: ${allowed.join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
        },
      ];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
      if (issue.origin === 'array' || issue.origin === 'set')
        return [{ path, message: `needs at least ${String(issue.minimum)} entries` }];
      return [{ path, message: `must be at least ${String(issue.minimum)}` }];
    case 'too_big':
      if (issue.origin === 'string')
        return [{ path, message: `must be at most ${String(issue.maximum)} characters` }];
      if (issue.origin === 'array')
        return [{ path, message: `may have at most ${String(issue.maximum)} entries` }];
      return [{ path, message: `must be at most ${String(issue.maximum)}` }];
    case 'invalid_key':
      return [{ path, message: `has a name that is not allowed here` }];
    default:
      return [{ path, message: `is not valid here (${issue.message.toLowerCase()})` }];
  }
}

/** Turns zod's issues into one plain sentence per field, never a raw dump. */
export function explainIssues(
  issues: readonly Issue[],
  data: unknown,
  schema: AnySchema,
): FieldMessage[] {
  const seen = new Set<string>();
  const messages: FieldMessage[] = [];
  for (const issue of issues) {
    for (const message of explain(issue, data, schema)) {
      const key = `${message.path.map(String).join('\u0000')}\u0001${message.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        messages.push(message);
      }
    }
  }
  return messages;
}
