import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendAuditEntry,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
} from '../../src/certification/audit.ts';
import type { AuditEntry, AuditEvent } from '../../src/certification/audit.ts';

// fast-check prints the seed and the shrunk counterexample when a property fails; rerun one with
// fc.assert(prop, { seed, path }) to reproduce it.

function chain(events: readonly AuditEvent[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const event of events) entries.push(appendAuditEntry(entries.at(-1) ?? null, event));
  return entries;
}

const EVENTS: AuditEvent[] = [
  {
    at: '2026-05-01T09:00:00.000Z',
    actor: 'manager-1',
    action: 'track.created',
    reason: null,
    payload: { trackId: 'x-complaints' },
  },
  {
    at: '2026-05-02T10:00:00.000Z',
    actor: 'system',
    action: 'exam.graded',
    reason: null,
    payload: { examId: 'e-1', passed: false, overall: 72.5 },
  },
  {
    at: '2026-05-02T11:00:00.000Z',
    actor: 'manager-1',
    action: 'exam.override',
    reason: 'Refers to the rumour, not the customer.',
    payload: { examId: 'e-1', criterion: 'no-contradiction', status: 'met' },
  },
  {
    at: '2026-05-02T11:05:00.000Z',
    actor: 'manager-1',
    action: 'certificate.issued',
    reason: null,
    payload: { certificateId: 'c-1', holder: 'dana' },
  },
  {
    at: '2026-06-01T08:00:00.000Z',
    actor: 'manager-2',
    action: 'certificate.revoked',
    reason: 'Posted a customer’s address.',
    payload: { certificateId: 'c-1' },
  },
];
const log = chain(EVENTS);

describe('appendAuditEntry', () => {
  it('numbers entries from 1 and links each to the hash of the one before', () => {
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    expect(log[3]?.prevHash).toBe(log[2]?.hash);
    expect(log[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the canonical form, so key order in a stored payload does not matter', () => {
    const entry = log[1]!;
    const reordered = { ...entry, payload: { overall: 72.5, passed: false, examId: 'e-1' } };
    expect(hashAuditEntry(reordered)).toBe(entry.hash);
  });

  it('stores the time as a timestamp column gives it back, so a read-back chain verifies', () => {
    const entry = appendAuditEntry(null, { ...EVENTS[0]!, at: '2026-05-01T09:00:00Z' });
    expect(entry.at).toBe('2026-05-01T09:00:00.000Z');
    const readBack = { ...entry, at: new Date(entry.at).toISOString() };
    expect(verifyAuditChain([readBack])).toMatchObject({ ok: true });
  });

  it.each<[string, Partial<AuditEvent>, RegExp]>([
    ['no actor', { actor: '' }, /must name who acted/],
    ['a sentence for an action', { action: 'Revoked a certificate' }, /must be a dotted id/],
    ['a date that is not one', { at: 'yesterday' }, /must be a date and time/],
  ])('refuses an event with %s', (_name, change, message) => {
    expect(() => appendAuditEntry(null, { ...EVENTS[0]!, ...change })).toThrow(message);
  });
});

describe('verifyAuditChain', () => {
  const edit = (index: number, change: Partial<AuditEntry>) =>
    log.map((e, i) => (i === index ? { ...e, ...change } : e));
  const rehash = (index: number, change: Partial<AuditEntry>) =>
    log.map((e, i) => {
      if (i !== index) return e;
      const { hash: _hash, ...rest } = { ...e, ...change };
      return { ...rest, hash: hashAuditEntry(rest) };
    });

  it('accepts an intact chain and reports its head', () => {
    expect(verifyAuditChain(log)).toEqual({
      ok: true,
      length: 5,
      head: { seq: 5, hash: log[4]?.hash },
    });
    expect(verifyAuditChain([])).toEqual({ ok: true, length: 0, head: null });
  });

  it.each<[string, AuditEntry[], string, number, string]>([
    [
      'an edited reason',
      edit(4, { reason: 'Left the company.' }),
      'edited',
      5,
      'Entry 5 (certificate.revoked) does not match its hash; it was edited.',
    ],
    [
      'an edited payload',
      edit(1, { payload: { examId: 'e-1', passed: true, overall: 72.5 } }),
      'edited',
      2,
      'Entry 2 (exam.graded) does not match its hash; it was edited.',
    ],
    [
      'an edited actor',
      edit(0, { actor: 'manager-9' }),
      'edited',
      1,
      'Entry 1 (track.created) does not match its hash; it was edited.',
    ],
    [
      'an edit with the hash recomputed',
      rehash(2, { reason: 'Scorer bug.' }),
      'edited',
      3,
      'Entry 3 was rewritten: entry 4 no longer links to it.',
    ],
    [
      'a removed entry',
      log.filter((_, i) => i !== 2),
      'removed',
      3,
      'Entry 3 is missing before entry 4; the log was cut.',
    ],
    [
      'two removed entries',
      log.filter((_, i) => i !== 1 && i !== 2),
      'removed',
      2,
      'Entries 2–3 are missing before entry 4; the log was cut.',
    ],
    [
      'a removed first entry',
      log.slice(1),
      'removed',
      1,
      'Entry 1 is missing before entry 2; the log was cut.',
    ],
    [
      'two swapped entries',
      [log[0]!, log[2]!, log[1]!, log[3]!, log[4]!],
      'reordered',
      3,
      'Entry 3 stands where entry 2 should; the log was reordered.',
    ],
    [
      'a duplicated entry',
      [...log.slice(0, 3), log[2]!, ...log.slice(3)],
      'reordered',
      3,
      'Entry 3 stands where entry 4 should; the log was reordered.',
    ],
  ])('detects %s at the right entry', (_name, entries, problem, seq, message) => {
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem, seq, message });
  });

  it('detects entries cut from the end against a head recorded elsewhere', () => {
    const head = { seq: 5, hash: log[4]!.hash };
    expect(verifyAuditChain(log.slice(0, 3))).toMatchObject({ ok: true });
    expect(verifyAuditChain(log.slice(0, 3), head)).toMatchObject({
      ok: false,
      problem: 'truncated',
      seq: 4,
      message: 'The log ends before entry 4; entries up to 5 were removed.',
    });
    expect(verifyAuditChain(log, head)).toMatchObject({ ok: true });
  });

  const events = fc.array(
    fc.record({
      at: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      actor: fc.string({ minLength: 1, maxLength: 12 }),
      action: fc.constantFrom(
        'certificate.issued',
        'certificate.revoked',
        'exam.override',
        'track.updated',
      ),
      reason: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
      payload: fc
        .jsonValue({ maxDepth: 2 })
        .map((v) => JSON.parse(JSON.stringify(v)) as AuditEvent['payload']),
    }),
    { minLength: 1, maxLength: 12 },
  );

  it('verifies any chain after any append (property)', () => {
    fc.assert(
      fc.property(events, (evs) => {
        const entries = chain(evs);
        expect(verifyAuditChain(entries)).toMatchObject({ ok: true, length: evs.length });
      }),
    );
  });

  it('breaks at the edited entry after any one-character edit of any field (property)', () => {
    const fields = ['at', 'actor', 'action', 'reason', 'payload', 'prevHash', 'hash'] as const;
    fc.assert(
      fc.property(
        events,
        fc.nat(),
        fc.constantFrom(...fields),
        fc.nat(),
        fc.integer({ min: 1, max: 0xffff }),
        (evs, pick, field, position, delta) => {
          const entries = chain(evs);
          const index = pick % entries.length;
          const target = entries[index]!;
          const text = field === 'payload' ? JSON.stringify(target.payload) : (target[field] ?? '');
          const at = text.length === 0 ? 0 : position % text.length;
          const code = text.length === 0 ? 0x61 : (text.charCodeAt(at) + delta) % 0x10000;
          // Keep the edit a single character that JSON can carry.
          const replacement = String.fromCharCode(
            code >= 0xd800 && code <= 0xdfff ? code - 0x800 : code,
          );
          const edited =
            text.length === 0 ? replacement : text.slice(0, at) + replacement + text.slice(at + 1);
          fc.pre(edited !== text);
          let value: unknown = edited;
          if (field === 'payload') {
            try {
              value = JSON.parse(edited);
            } catch {
              return; // not JSON any more: the database would refuse it
            }
            fc.pre(JSON.stringify(value) !== JSON.stringify(target.payload));
          }
          const tampered = entries.map((e, i) => (i === index ? { ...e, [field]: value } : e));
          expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, seq: target.seq });
        },
      ),
      { numRuns: 300 },
    );
  });
});
