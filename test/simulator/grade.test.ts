import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../scoring/index.ts';
import { readReport } from '../../src/simulator/grade.ts';

const question = { channel: 'instagram', kind: 'question' } as const;

describe('readReport', () => {
  it('fails a violation even where the criterion is only optional', () => {
    const report = scoreReply({
      text: 'Thanks Ella! Drop your order number and postcode below and we will check it today.',
      context: question,
    });
    expect(report.criteria['take-private'].status).toBe('violated');
    const read = readReport(report, { 'take-private': 'optional' });
    expect(read.failed).toContain('take-private');
    expect(read.passed).toBe(false);
  });

  it('does not count a miss of an optional criterion', () => {
    const report = scoreReply({
      text: 'Thanks for asking, Ella! Yes, sale items can be swapped for another size in store within 28 days.',
      context: question,
    });
    expect(report.criteria['take-private'].status).not.toBe('violated');
    const read = readReport(report, { 'take-private': 'optional', apology: 'optional' });
    expect(read.failed).not.toContain('take-private');
    expect(read.failed).not.toContain('apology');
  });

  it('counts a miss of a required criterion and fails the turn', () => {
    const report = scoreReply({
      text: 'Thanks for asking, Ella! Yes, sale items can be swapped for another size in store within 28 days.',
      context: question,
    });
    expect(report.criteria.apology.status).toBe('missed');
    const read = readReport(report, { apology: 'required' });
    expect(read.failed).toContain('apology');
    expect(read.passed).toBe(false);
  });
});
