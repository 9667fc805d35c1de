import { afterAll, describe, expect, it } from 'vitest';
import { RULES, scoreReply } from '../../scoring/index.ts';
import type { CriterionId, ReplyContext, Status } from '../../scoring/index.ts';

/** One row of a rule's table. */
export interface RuleCase {
  readonly text: string;
  readonly context?: ReplyContext;
  /** For valid cases defaults to `met`; invalid cases must say `missed` or `violated`. */
  readonly status?: Status;
  /** The message id the criterion must report. Required for invalid cases. */
  readonly messageId?: string;
  /** Quotes that must be among the evidence (in any order). */
  readonly evidence?: readonly string[];
}

export interface RuleTable {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly RuleCase[];
}

const UNEXERCISED_OK = new Set(['notApplicable', 'notExpected']);

function label(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/**
 * Runs a criterion's table through the real scorer, ESLint-RuleTester style: every case is
 * checked for status, message id and evidence; the table itself is checked too (no duplicates,
 * invalid cases must name a message id the rule has, every message id of the rule is exercised).
 */
export function testRule(id: CriterionId, table: RuleTable): void {
  const rule = RULES[id];
  const exercised = new Set<string>();
  const seen = new Set<string>();

  const run = (kind: 'valid' | 'invalid', row: RuleCase) => {
    const key = JSON.stringify([row.text, row.context ?? null]);
    if (seen.has(key)) throw new Error(`The ${id} table repeats a case: ${label(row.text)}`);
    seen.add(key);
    const expected = row.status ?? (kind === 'valid' ? 'met' : undefined);
    if (
      kind === 'invalid' &&
      (expected === undefined || !['missed', 'violated'].includes(expected))
    ) {
      throw new Error(`Invalid ${id} case needs status missed or violated: ${label(row.text)}`);
    }
    if (kind === 'valid' && !['met', 'n/a'].includes(expected ?? '')) {
      throw new Error(`Valid ${id} case must be met or n/a: ${label(row.text)}`);
    }
    if (kind === 'invalid' && row.messageId === undefined) {
      throw new Error(`Invalid ${id} case must name a message id: ${label(row.text)}`);
    }
    if (row.messageId !== undefined && !(row.messageId in rule.meta.messages)) {
      throw new Error(`The ${id} rule has no message "${row.messageId}"`);
    }
    it(`reports ${expected}${row.messageId ? ` (${row.messageId})` : ''} for "${label(row.text)}"`, () => {
      const result = scoreReply({
        text: row.text,
        ...(row.context ? { context: row.context } : {}),
      }).criteria[id];
      exercised.add(result.messageId);
      expect(result.status, result.message).toBe(expected);
      if (row.messageId !== undefined) expect(result.messageId).toBe(row.messageId);
      for (const item of result.evidence) {
        expect(item.start).toBeGreaterThanOrEqual(0);
        expect(item.end).toBeLessThanOrEqual(row.text.length);
        expect(row.text.slice(item.start, item.end)).toBe(item.quote);
      }
      if (expected === 'violated') expect(result.evidence.length).toBeGreaterThan(0);
      const quotes = result.evidence.map((item) => item.quote);
      for (const quote of row.evidence ?? []) expect(quotes).toContain(quote);
    });
  };

  describe(`${id} criterion`, () => {
    it('has at least 15 valid and 15 invalid cases', () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(15);
      expect(table.invalid.length).toBeGreaterThanOrEqual(15);
    });
    describe('valid', () => table.valid.forEach((row) => run('valid', row)));
    describe('invalid', () => table.invalid.forEach((row) => run('invalid', row)));
    afterAll(() => {
      const missing = Object.keys(rule.meta.messages).filter(
        (messageId) => !exercised.has(messageId) && !UNEXERCISED_OK.has(messageId),
      );
      expect(missing, `message ids of ${id} that no case exercises`).toEqual([]);
    });
  });
}
