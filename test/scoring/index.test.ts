import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as scoring from '../../scoring/index.ts';

const source = readFileSync(new URL('../../scoring/index.ts', import.meta.url), 'utf8');

describe('the public API of scoring/', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(scoring).sort()).toEqual([
      'CORE_CRITERION_IDS',
      'CRITERION_IDS',
      'ChannelSchema',
      'CriterionIdSchema',
      'CriterionResultSchema',
      'EvidenceSchema',
      'ExpectationSchema',
      'GATE_CAP',
      'GateSchema',
      'PASS_MARK',
      'RUBRIC_VERSION',
      'RULES',
      'ReplyContextSchema',
      'STOCK_PHRASE_EXAMPLES',
      'ScoreInputSchema',
      'ScoreReportSchema',
      'StatusSchema',
      'ThreadKindSchema',
      'parseReply',
      'scoreReply',
    ]);
  });

  it('exports exactly these types, each by name', () => {
    const types = [...source.matchAll(/export type \{([^}]*)\}/g)]
      .flatMap((match) => (match[1] ?? '').split(','))
      .map((name) => name.trim())
      .filter(Boolean)
      .sort();
    expect(types).toEqual([
      'Channel',
      'CriterionId',
      'CriterionResult',
      'Evidence',
      'Expectation',
      'Finding',
      'Gate',
      'Hit',
      'ReplyContext',
      'ReplyDocument',
      'Rule',
      'RuleContext',
      'RuleMessage',
      'RuleMeta',
      'RuleOutcome',
      'ScoreInput',
      'ScoreReport',
      'Sentence',
      'Span',
      'Status',
      'ThreadKind',
    ]);
  });

  it('never re-exports a whole module', () => {
    expect(source).not.toMatch(/export \*/);
  });
});
