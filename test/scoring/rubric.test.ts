import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CORE_CRITERION_IDS,
  CRITERION_IDS,
  GATE_CAP,
  PASS_MARK,
  RUBRIC_VERSION,
  RULES,
  ScoreReportSchema,
  scoreReply,
} from '../../scoring/index.ts';
import type { CriterionId, Expectation, ReplyContext } from '../../scoring/index.ts';

/**
 * A context in which only `expected` criteria are graded and weighted (with the rules' own
 * weights unless `weights` says otherwise); every other criterion is n/a with weight 0, so the
 * other rules cannot move the score.
 */
function only(
  expected: Partial<Record<CriterionId, Expectation>>,
  weights: Partial<Record<CriterionId, number>> = {},
): ReplyContext {
  return {
    expectations: Object.fromEntries(CRITERION_IDS.map((id) => [id, expected[id] ?? 'n/a'])),
    weights: Object.fromEntries(
      CRITERION_IDS.map((id) => [id, weights[id] ?? (id in expected ? RULES[id].meta.weight : 0)]),
    ),
  };
}

const GOOD =
  "Hi Sam, I'm so sorry your order is late, and thanks for flagging it. Please DM us your order number and we'll chase the courier today.";

describe('the overall score', () => {
  it('is the share of the weight earned by the counted criteria', () => {
    // apology met (weight 3) and thanks missed (weight 2): 3 / 5.
    const report = scoreReply({
      text: 'Sorry for the wait.',
      context: only({ apology: 'expected', thanks: 'expected' }),
    });
    expect(report.score).toBe(60);
    expect(report.passed).toBe(false);
    expect(report.summary).toBe('60/100, not a pass: work on thanks.');
  });

  it('uses the weights a scenario sets', () => {
    const report = scoreReply({
      text: 'Sorry for the wait.',
      context: only({ apology: 'expected', thanks: 'expected' }, { apology: 1, thanks: 3 }),
    });
    expect(report.score).toBe(25);
    expect(report.criteria.thanks.weight).toBe(3);
  });

  it('leaves out a criterion of weight 0', () => {
    const report = scoreReply({
      text: 'Sorry for the wait.',
      context: only({ apology: 'expected', thanks: 'expected' }, { thanks: 0 }),
    });
    expect(report.score).toBe(100);
  });

  it('counts an optional criterion when it is met, not when it is missed', () => {
    const missed = scoreReply({
      text: 'Sorry for the wait.',
      context: only({ apology: 'expected', thanks: 'optional' }),
    });
    expect(missed.score).toBe(100);
    const met = scoreReply({
      text: 'Sorry for the wait, and thanks for your patience.',
      context: only({ apology: 'optional', thanks: 'expected' }),
    });
    expect(met.score).toBe(100);
    expect(met.criteria.apology.credit).toBe(1);
  });

  it('is 100 when nothing is graded', () => {
    const report = scoreReply({ text: 'Hello.', context: only({}) });
    expect(report.score).toBe(100);
    expect(report.summary).toBe('100/100, a pass: every criterion expected here is met.');
  });

  it('gives a canned phrase no credit', () => {
    const canned = scoreReply({
      text: 'We apologize for any inconvenience.',
      context: only({ apology: 'expected' }),
    });
    expect(canned.criteria.apology).toMatchObject({
      status: 'met',
      messageId: 'canned',
      credit: 0,
    });
    expect(canned.score).toBe(0);
    const sincere = scoreReply({
      text: 'We are so sorry the parcel is late.',
      context: only({ apology: 'expected' }),
    });
    expect(sincere.score).toBe(100);
  });

  it('gives a late apology part of the credit', () => {
    const report = scoreReply({
      text: 'The parcel left our depot on Monday. The courier scanned it on Tuesday. It was then held at the hub because of the storm. We are sorry it took so long.',
      context: only({ apology: 'expected' }),
    });
    expect(report.criteria.apology).toMatchObject({ messageId: 'metLate', credit: 0.75 });
    expect(report.score).toBe(75);
  });
});

describe('gates', () => {
  it('caps a contradiction at GATE_CAP and fails the reply, even at weight 0', () => {
    const report = scoreReply({
      text: "I'm so sorry, and thanks for flagging this. You must have entered the wrong code.",
      context: only(
        { apology: 'expected', thanks: 'expected', 'no-contradiction': 'required' },
        { 'no-contradiction': 0 },
      ),
    });
    expect(report.criteria['no-contradiction'].status).toBe('violated');
    expect(report.score).toBe(GATE_CAP);
    expect(report.passed).toBe(false);
    expect(report.gates).toEqual([
      { criterion: 'no-contradiction', message: 'Blames the customer for the issue.' },
    ]);
    expect(report.summary).toBe(`${GATE_CAP}/100, not a pass: Blames the customer for the issue.`);
  });

  it('caps a public request for personal data', () => {
    const report = scoreReply({
      text: GOOD.replace('Please DM us your order number', 'Please reply here with your email'),
    });
    expect(report.criteria['take-private']).toMatchObject({
      status: 'violated',
      messageId: 'publicPii',
    });
    expect(report.score).toBeLessThanOrEqual(GATE_CAP);
    expect(report.passed).toBe(false);
    expect(report.gates.map((gate) => gate.criterion)).toEqual(['take-private']);
  });

  it("caps a reply that posts the customer's data", () => {
    const report = scoreReply({ text: `${GOOD} Your phone number is 555-201-3344.` });
    expect(report.criteria['take-private'].messageId).toBe('postsPii');
    expect(report.score).toBeLessThanOrEqual(GATE_CAP);
    expect(report.passed).toBe(false);
  });

  it('keeps a lower score below the cap as it is', () => {
    const report = scoreReply({
      text: "You're wrong.",
      context: only({ apology: 'expected', 'no-contradiction': 'required' }),
    });
    expect(report.score).toBe(0);
  });

  it('caps a reply made only of stock phrases on a praise thread', () => {
    const report = scoreReply({
      text: 'Thanks for your lovely review! We value your feedback and hope to see you back at the Old Mill soon.',
      context: { kind: 'praise', channel: 'review-site', customerName: 'Rhian Lloyd' },
    });
    expect(report.criteria.personal).toMatchObject({ status: 'violated', messageId: 'template' });
    expect(report.gates.map((gate) => gate.criterion)).toEqual(['personal']);
    expect(report.score).toBeLessThanOrEqual(GATE_CAP);
    expect(report.passed).toBe(false);
  });

  it('passes the same generic lines beside words of its own', () => {
    const report = scoreReply({
      text: 'Thanks for your lovely review, Rhian! The bakers will be thrilled you liked the rye, and we hope to see you back at the Old Mill soon.',
      context: { kind: 'praise', channel: 'review-site', customerName: 'Rhian Lloyd' },
    });
    expect(report.criteria.personal.status).toBe('met');
    expect(report.gates).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('trips no gate for a missed criterion', () => {
    const report = scoreReply({ text: 'Sorry for the wait.' });
    expect(report.criteria['take-private'].status).toBe('missed');
    expect(report.gates).toEqual([]);
  });
});

describe('expectations', () => {
  it('fails a reply that misses a required criterion whatever its score', () => {
    const report = scoreReply({
      text: 'We are so sorry the parcel is late.',
      context: only({ apology: 'expected', thanks: 'required' }, { thanks: 0.1 }),
    });
    expect(report.score).toBeGreaterThanOrEqual(PASS_MARK);
    expect(report.passed).toBe(false);
  });

  it("makes a criterion n/a when the context says 'n/a', with no credit or evidence", () => {
    const report = scoreReply({
      text: 'Sorry for the wait, thanks for your patience.',
      context: { expectations: { apology: 'n/a' } },
    });
    expect(report.criteria.apology).toMatchObject({
      status: 'n/a',
      expectation: 'n/a',
      messageId: 'notExpected',
      credit: 0,
      evidence: [],
    });
    expect(report.criteria.thanks.status).toBe('met');
  });

  it("still counts a violation of a criterion the context calls 'n/a'", () => {
    const report = scoreReply({
      text: "You're wrong, the sale ended yesterday.",
      context: { expectations: { 'no-contradiction': 'n/a' } },
    });
    expect(report.criteria['no-contradiction'].status).toBe('violated');
    expect(report.gates.map((gate) => gate.criterion)).toEqual(['no-contradiction']);
    expect(report.score).toBeLessThanOrEqual(GATE_CAP);
  });

  it('makes apology and take-private n/a on a praise thread', () => {
    const report = scoreReply({
      text: 'Thank you so much for the lovely review, Ana!',
      context: { kind: 'praise' },
    });
    expect(report.criteria.apology.status).toBe('n/a');
    expect(report.criteria['take-private'].status).toBe('n/a');
    expect(report.criteria.thanks).toMatchObject({ status: 'met', expectation: 'required' });
  });

  it('treats no context as a complaint on X, expecting the five core criteria', () => {
    const report = scoreReply({ text: GOOD });
    expect(report).toEqual(
      scoreReply({ text: GOOD, context: { channel: 'x', kind: 'complaint' } }),
    );
    expect(CORE_CRITERION_IDS.map((id) => report.criteria[id].expectation)).toEqual([
      'expected',
      'expected',
      'required',
      'expected',
      'expected',
    ]);
    expect(CORE_CRITERION_IDS.map((id) => report.criteria[id].status)).toEqual([
      'met',
      'met',
      'met',
      'n/a',
      'met',
    ]);
  });
});

describe('the report', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('matches its schema, lists every criterion in rubric order and carries the version', () => {
    const report = scoreReply({ text: GOOD });
    expect(ScoreReportSchema.parse(report)).toEqual(report);
    expect(Object.keys(report.criteria)).toEqual([...CRITERION_IDS]);
    expect(report.rubricVersion).toBe(RUBRIC_VERSION);
  });

  it('throws only for an invalid input object', () => {
    expect(() => scoreReply({ text: 42 } as never)).toThrow();
    expect(() => scoreReply({ text: 'hi', context: { mood: 'angry' } } as never)).toThrow();
    expect(() => scoreReply({ text: '' })).not.toThrow();
  });

  it('rethrows a rule crash with the rule id', () => {
    vi.spyOn(RULES.apology, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(() => scoreReply({ text: 'Sorry.' })).toThrow('The "apology" rule failed: boom');
  });
});
