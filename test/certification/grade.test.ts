import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../scoring/index.ts';
import type { ScoreReport } from '../../scoring/index.ts';
import { gradeExam, checkOverrides } from '../../src/certification/grade.ts';
import { scenarioResultFromGrades } from '../../src/certification/exam.ts';
import type { ExamSubmission } from '../../src/certification/exam.ts';
import { advance, startAttempt } from '../../src/simulator/engine.ts';
import { loadFixture } from '../helpers/scenario-fixtures.ts';
import { rescoreReport } from '../../src/certification/override.ts';
import type { Override } from '../../src/certification/override.ts';
import { report, track } from './fixtures.ts';
import type { ReportSpec } from './fixtures.ts';

const IDS = ['double-charge', 'missing-refund', 'cancelled-flight'];

/** An exam of three scenarios, each answered with the given replies (one spec per reply). */
function exam(replies: Record<string, ReportSpec[]>, elapsedSeconds = 1800): ExamSubmission {
  return {
    scenarioIds: IDS,
    elapsedSeconds,
    results: Object.entries(replies).map(([scenarioId, specs]) => ({
      scenarioId,
      replies: specs.map((spec, index) => ({ turn: `turn-${index + 1}`, report: report(spec) })),
    })),
  };
}

const good = { score: 90 };
const allGood = { 'double-charge': [good], 'missing-refund': [good], 'cancelled-flight': [good] };

describe('gradeExam: pass rules and gates', () => {
  it.each<[string, Record<string, ReportSpec[]>, number, boolean, string[]]>([
    ['passes when every rule holds', allGood, 1800, true, []],
    [
      'fails below the overall minimum (mean of scenario means)',
      {
        'double-charge': [{ score: 60 }, { score: 80 }],
        'missing-refund': [{ score: 70 }],
        'cancelled-flight': [{ score: 75 }],
      },
      1800,
      false,
      ['overall'],
    ],
    [
      'fails a per-criterion minimum even with a high overall score',
      {
        'double-charge': [{ score: 95, statuses: { apology: 'missed' } }],
        'missing-refund': [{ score: 95, statuses: { apology: 'missed' } }],
        'cancelled-flight': [{ score: 95 }],
      },
      1800,
      false,
      ['criterion:apology'],
    ],
    [
      'fails the contradiction gate whatever the scores',
      {
        'double-charge': [good],
        'missing-refund': [{ score: 95, statuses: { 'no-contradiction': 'violated' } }],
        'cancelled-flight': [good],
      },
      1800,
      false,
      ['gate:no-contradiction'],
    ],
    [
      'fails the public-PII gate (take-private violated)',
      {
        'double-charge': [{ score: 95, statuses: { 'take-private': 'violated' } }],
        'missing-refund': [good],
        'cancelled-flight': [good],
      },
      1800,
      false,
      // take-private still reaches (1 + 1 + 0) / 3 = 66.7 ≥ 60: only the gate fails.
      ['gate:take-private'],
    ],
    [
      'fails a scenario left without a graded reply',
      { 'double-charge': [{ score: 100 }], 'missing-refund': [{ score: 100 }] },
      1800,
      false,
      ['overall', 'unanswered'],
    ],
    ['fails an exam over its time limit', allGood, 3601, false, ['exam-time']],
    [
      'passes a criterion minimum that never applied',
      {
        'double-charge': [{ score: 90, statuses: { apology: 'n/a' } }],
        'missing-refund': [{ score: 90, statuses: { apology: 'n/a' } }],
        'cancelled-flight': [{ score: 90, statuses: { apology: 'n/a' } }],
      },
      1800,
      true,
      [],
    ],
  ])('%s', (_name, replies, elapsed, passed, failed) => {
    const grade = gradeExam(track(), exam(replies, elapsed));
    expect(grade.passed).toBe(passed);
    expect(
      grade.automatic.failures.map((f) => (f.criterion ? `${f.rule}:${f.criterion}` : f.rule)),
    ).toEqual(failed);
    expect(grade.adjusted).toBeNull();
  });

  it('says which rule failed and where, quoting the reply', () => {
    const grade = gradeExam(
      track(),
      exam({
        'double-charge': [
          good,
          {
            score: 30,
            statuses: { 'no-contradiction': 'violated' },
            quotes: { 'no-contradiction': 'that is not true' },
          },
        ],
        'missing-refund': [good],
        'cancelled-flight': [good],
      }),
    );
    const gate = grade.automatic.failures.find((f) => f.rule === 'gate');
    expect(gate?.where).toEqual([
      { scenarioId: 'double-charge', turn: 'turn-2', quote: 'that is not true' },
    ]);
    expect(gate?.message).toMatchInlineSnapshot(
      `"\`no-contradiction\` was violated in double-charge / turn-2 ("that is not true"), which fails the exam whatever the scores."`,
    );
  });

  it('scores each scenario as the mean of its replies and the exam as the mean of scenarios', () => {
    // double-charge: (60 + 80) / 2 = 70; missing-refund 70; cancelled-flight 75 → (70 + 70 + 75) / 3 = 71.666… → 71.7
    const grade = gradeExam(
      track(),
      exam({
        'double-charge': [{ score: 60 }, { score: 80 }],
        'missing-refund': [{ score: 70 }],
        'cancelled-flight': [{ score: 75 }],
      }),
    );
    expect(grade.automatic.scenarios.map((s) => s.score)).toEqual([70, 70, 75]);
    expect(grade.automatic.overall).toBe(71.7);
    expect(grade.automatic.failures[0]?.message).toBe(
      'The overall score is 71.7, below the 75 needed.',
    );
  });

  it('measures a criterion as its mean credit over the replies where it applies', () => {
    // apology credits: 1, 0.5, n/a, 0 → (1 + 0.5 + 0) / 3 = 50%
    const grade = gradeExam(
      track(),
      exam({
        'double-charge': [
          { score: 90 },
          { score: 90, statuses: { apology: 'met' }, credits: { apology: 0.5 } },
        ],
        'missing-refund': [{ score: 90, statuses: { apology: 'n/a' } }],
        'cancelled-flight': [{ score: 90, statuses: { apology: 'missed' } }],
      }),
    );
    expect(grade.automatic.criteria.apology).toEqual({ rate: 50, replies: 3 });
    const apology = grade.automatic.failures.find((f) => f.criterion === 'apology');
    expect(apology?.where.map((w) => `${w.scenarioId}/${w.turn}`)).toEqual([
      'double-charge/turn-2',
      'cancelled-flight/turn-1',
    ]);
  });

  it.each<[string, number, boolean]>([
    ['just below the pass mark', 72, true],
    ['exactly the margin above', 80, true],
    ['well above', 81, false],
    ['well below', 69, false],
  ])('flags a result %s for review', (_name, score, near) => {
    const grade = gradeExam(
      track(),
      exam({
        'double-charge': [{ score }],
        'missing-refund': [{ score }],
        'cancelled-flight': [{ score }],
      }),
    );
    expect(grade.automatic.nearPassMark).toBe(near);
  });

  it('flags a criterion near its minimum, with a configurable margin', () => {
    const replies = {
      'double-charge': [{ score: 95 }],
      'missing-refund': [{ score: 95 }],
      'cancelled-flight': [{ score: 95, statuses: { 'take-private': 'missed' as const } }],
    };
    // take-private: (1 + 1 + 0) / 3 = 66.7, 6.7 above the 60 needed.
    expect(gradeExam(track(), exam(replies)).automatic.near).toEqual([]);
    const wide = track({
      pass: { overall: 75, criteria: { 'take-private': 60 }, reviewMargin: 10 },
    });
    expect(gradeExam(wide, exam(replies)).automatic.near).toEqual([
      '`take-private` at 66.7 is within 10 of the 60 needed.',
    ]);
  });

  it('fails a scenario over its own time limit', () => {
    const submission = exam(allGood);
    submission.results[1] = { ...submission.results[1]!, elapsedSeconds: 1500 };
    const grade = gradeExam(track(), submission);
    expect(grade.automatic.failures.map((f) => f.message)).toEqual([
      'missing-refund took 25m, over the 20m allowed per scenario.',
    ]);
  });

  it('throws for results of a scenario that was not drawn', () => {
    const submission = exam({ ...allGood, 'meme-pile-on': [good] });
    expect(() => gradeExam(track(), submission)).toThrow('`meme-pile-on`, which was not drawn');
  });
});

const override = (changes: Partial<Override>): Override => ({
  scenarioId: 'missing-refund',
  turn: 'turn-1',
  criterion: 'no-contradiction',
  status: 'met',
  reason: '"That is not the case" refers to the rumour, not to the customer.',
  by: 'manager-1',
  at: '2026-05-02T10:00:00Z',
  ...changes,
});

describe('gradeExam: manager overrides', () => {
  const contradicted = {
    'double-charge': [good],
    'missing-refund': [{ score: 40, statuses: { 'no-contradiction': 'violated' as const } }],
    'cancelled-flight': [good],
  };

  it('produces an adjusted grade and keeps the automatic one', () => {
    const grade = gradeExam(track(), exam(contradicted), [override({})]);
    expect(grade.automatic.passed).toBe(false);
    expect(grade.adjusted?.passed).toBe(true);
    expect(grade.passed).toBe(true);
    // The fixture reports weigh 15 criteria equally: all met after the override → 100.
    expect(grade.adjusted?.scenarios[1]?.score).toBe(100);
    expect(grade.automatic.scenarios[1]?.score).toBe(40);
    expect(grade.overrides).toHaveLength(1);
  });

  it('can fail an exam the scorer passed', () => {
    const grade = gradeExam(track(), exam(allGood), [
      override({
        scenarioId: 'double-charge',
        status: 'violated',
        reason: 'Blames the customer for the typo.',
      }),
    ]);
    expect(grade.automatic.passed).toBe(true);
    expect(grade.passed).toBe(false);
    expect(grade.adjusted?.failures.map((f) => f.rule)).toContain('gate');
  });

  it('applies the latest override when a criterion is overridden twice', () => {
    const grade = gradeExam(track(), exam(contradicted), [
      override({
        at: '2026-05-03T10:00:00Z',
        status: 'violated',
        reason: 'On second reading it does deny her account.',
      }),
      override({ at: '2026-05-02T10:00:00Z' }),
    ]);
    expect(grade.adjusted?.passed).toBe(false);
  });

  it.each<[string, Partial<Override>, string]>([
    [
      'without a reason',
      { reason: '   ' },
      'overrides[0].reason: needs a written reason: say why the scorer was wrong here',
    ],
    [
      'for a reply not in the exam',
      { turn: 'turn-9' },
      'overrides[0]: no graded reply at missing-refund / turn-9; pick a reply of this exam.',
    ],
    [
      'with an unknown criterion',
      { criterion: 'sorry' as Override['criterion'] },
      'overrides[0].criterion: is the text "sorry", which is not allowed; use one of: apology, thanks, no-contradiction, explained-refusal, take-private, empathy, civility, no-downplaying, next-step, personal, wording, channel-fit, responsiveness, crisis-update, troll-handling',
    ],
  ])('refuses an override %s', (_name, changes, problem) => {
    expect(checkOverrides(exam(contradicted), [override(changes)])).toEqual([problem]);
    expect(() => gradeExam(track(), exam(contradicted), [override(changes)])).toThrow(problem);
  });
});

describe('rescoreReport', () => {
  const replies: [string, Parameters<typeof scoreReply>[0]['context']][] = [
    [
      "So sorry about the double charge, Dana, and thanks for flagging it. Please DM us your order number and we'll refund it today.",
      { channel: 'x', kind: 'complaint', customerName: 'Dana' },
    ],
    [
      'That is not true, you must have ordered twice. Post your card number here.',
      { channel: 'x', kind: 'complaint' },
    ],
    ['We can’t do that.', { channel: 'facebook', kind: 'complaint' }],
    ['Thanks for the kind words!', { channel: 'instagram', kind: 'praise' }],
    [
      'We are aware that payments fail. Engineers are on it; next update at 3pm.',
      { channel: 'x', kind: 'crisis' },
    ],
  ];

  it.each(replies)('re-scores a real report to the scorer’s own score: %s', (text, context) => {
    const original: ScoreReport = scoreReply({ text, ...(context ? { context } : {}) });
    // An override that confirms the scorer's verdict changes nothing but the message.
    const same = rescoreReport(
      original,
      Object.values(original.criteria).map((r) => ({
        criterion: r.id,
        status: r.status,
        reason: 'agree',
      })),
    );
    expect({
      score: same.score,
      passed: same.passed,
      gates: same.gates.map((g) => g.criterion),
    }).toEqual({
      score: original.score,
      passed: original.passed,
      gates: original.gates.map((g) => g.criterion),
    });
    expect(rescoreReport(original, [])).toBe(original);
  });

  it('lifts the gate cap when a manager clears the only gate', () => {
    const original = scoreReply({
      text: "Sorry for the wait, Dana. That's not true though. DM us and we'll sort it today.",
    });
    expect(original.gates.map((g) => g.criterion)).toEqual(['no-contradiction']);
    const adjusted = rescoreReport(original, [
      { criterion: 'no-contradiction', status: 'met', reason: 'Refers to a rumour.' },
    ]);
    expect(adjusted.gates).toEqual([]);
    expect(adjusted.score).toBeGreaterThan(original.score);
    expect(adjusted.criteria['no-contradiction'].message).toBe(
      'A manager graded this met (the scorer said violated): Refers to a rumour.',
    );
    expect(original.criteria['no-contradiction'].status).toBe('violated');
  });
});

describe('gradeExam: moderation actions', () => {
  const withActions = (actions: { action: 'hide' | 'delete'; good: boolean }[]): ExamSubmission => {
    const submission = exam(allGood);
    submission.results[2] = {
      scenarioId: 'cancelled-flight',
      replies: [],
      actions: actions.map((a, index) => ({ turn: `turn-${index + 1}`, ...a })),
    };
    return submission;
  };

  it('leaves a scenario handled by actions alone out of the overall score', () => {
    const grade = gradeExam(track(), withActions([{ action: 'hide', good: true }]));
    expect(grade.passed).toBe(true);
    expect(grade.automatic.scenarios.map((s) => s.score)).toEqual([90, 90, null]);
    expect(grade.automatic.overall).toBe(90);
  });

  it.each<[string, number, boolean]>([
    ['by default', 0, false],
    ['when the track allows one', 1, true],
  ])('fails a moderation mistake %s', (_name, allowed, passed) => {
    const t = track({ pass: { overall: 75, moderationMistakes: allowed } });
    const grade = gradeExam(t, withActions([{ action: 'delete', good: false }]));
    expect(grade.passed).toBe(passed);
    const check = grade.automatic.checks.find((c) => c.rule === 'moderation');
    expect(check?.where).toEqual([
      { scenarioId: 'cancelled-flight', turn: 'turn-1', quote: 'delete' },
    ]);
  });

  it('reads replies and actions from the engine’s turn grades', () => {
    const scenario = loadFixture('troll');
    const step = advance(scenario, startAttempt(scenario), { type: 'delete', at: 20 });
    const reply = advance(scenario, step.state, {
      type: 'reply',
      at: 40,
      text: 'Fair enough, style is personal. Thanks for stopping by!',
    });
    const result = scenarioResultFromGrades('fixture-troll', reply.state.grades, 45);
    expect(result.actions).toEqual([
      {
        turn: 'opening',
        action: 'delete',
        good: false,
        feedback: 'Deleting invites claims of censorship; hide it instead.',
      },
    ]);
    expect(result.replies.map((r) => [r.turn, typeof r.report.score])).toEqual([
      ['watch', 'number'],
    ]);
    expect(result.elapsedSeconds).toBe(45);
  });
});
