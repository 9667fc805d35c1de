import canonicalize from 'canonicalize';

/** A JSON value: what a signed or hash-chained record may hold. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serialises a value by RFC 8785 (JSON Canonicalization Scheme): sorted keys, no spaces, ECMAScript
 * number formatting, so the same record always gives the same bytes to sign or hash. Throws for
 * values JSON cannot carry (undefined at the top, NaN, Infinity, lone surrogates, cycles).
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Only a JSON value can be canonicalised.');
  return text;
}
