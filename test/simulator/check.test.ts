import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenariosCheck } from '../../src/cli/scenarios-check.ts';
import { checkScenarios, proveScenario } from '../../src/simulator/check.ts';
import { parsePlaythroughs, parseScenario } from '../../src/simulator/loader.ts';
import { formatProblem } from '../../src/simulator/problem.ts';
import { fakeScoreReply } from '../helpers/fake-scorer.ts';
import { FIXTURES } from '../helpers/scenario-fixtures.ts';

const valid = readFileSync(`${FIXTURES}branching.yaml`, 'utf8');
const FILE = 'late-parcel.yaml';

/** Proves a scenario text with the fake scorer; returns the formatted problems. */
function prove(text: string, playthroughs?: string): string[] {
  const loaded = parseScenario(text, FILE);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const recorded =
    playthroughs === undefined
      ? undefined
      : parsePlaythroughs(playthroughs, 'late-parcel.playthroughs.yaml');
  if (recorded !== undefined && !recorded.ok)
    throw new Error(recorded.problems.map(formatProblem).join('\n'));
  return proveScenario(loaded.value, loaded.source, recorded, { scoreReply: fakeScoreReply }).map(
    formatProblem,
  );
}

function edit(find: string, replace: string, text = valid): string {
  expect(text.split(find)).toHaveLength(2);
  return text.replace(find, replace);
}

describe('the shape of a scenario', () => {
  it('finds nothing wrong with a sound scenario', () => {
    expect(prove(valid)).toEqual([]);
  });

  it('reports a turn nobody can reach', () => {
    const text = edit(
      '        goto: angrier\n      - when: { allMet',
      '        end: viral\n      - when: { allMet',
    ).replace('      - goto: angrier\n  angrier', '      - end: resolved\n  angrier');
    expect(prove(text)).toContain(
      `${FILE}:45:3 turns.angrier: is never reached from the start turn \`opening\`; point a \`goto\` at it or remove it`,
    );
  });

  it('reports an outcome nothing ends in', () => {
    const text = edit(
      'outcomes:\n',
      'outcomes:\n  lost: { type: lost, result: failure, title: Lost, summary: Gone. }\n',
    );
    expect(prove(text)).toContain(
      `${FILE}:54:3 outcomes.lost: is never reached; end a branch, action or silence entry with it, or remove it`,
    );
  });

  it('reports a loop', () => {
    const text = edit('      - end: resolved\noutcomes', '      - goto: opening\noutcomes');
    expect(prove(text)).toContain(
      `${FILE}:52:15 turns.angrier.next[2].goto: leads back to \`opening\`, so the thread could loop forever; point it at a later turn or an outcome`,
    );
  });

  it('asks for at least two turns that branch', () => {
    const text = edit(
      '      - when: { passed: true, earlier: { turn: opening, passed: false } }\n        end: dm\n      - when: { failedTurns: { atLeast: 2 } }\n        end: viral\n',
      '',
    );
    expect(prove(text)).toContain(
      `${FILE}:23:1 turns: only 1 turn can go more than one way; give at least two turns branches that lead to different places`,
    );
  });

  it('reports a condition on a criterion the turn does not grade', () => {
    const text = edit('  angrier:\n', '  angrier:\n    rubric: { empathy: n/a }\n').replace(
      'when: { failedTurns: { atLeast: 2 } }',
      'when: { anyFailed: [empathy] }',
    );
    expect(prove(text)).toContain(
      `${FILE}:51:9 turns.angrier.next[1].when: tests \`empathy\`, which this turn marks \`n/a\`, so it is never graded; test another criterion`,
    );
  });
});

describe('example replies', () => {
  it('reports a passing example that fails', () => {
    const text = edit(
      'text: Sorry Dana, please DM us your order number',
      'text: "[-apology] Sorry Dana, please DM us your order number',
    ).replace('and we will chase it today.', 'and we will chase it today."');
    expect(prove(text)[0]).toMatch(
      /^late-parcel\.yaml:59:13 examples\.pass\[0\]\.text: should pass but scores 70\/100 and fails apology \(fake fail\); rewrite the reply or move it to `fail`$/,
    );
  });

  it('reports a failing example that fails other criteria than it names', () => {
    const marked = edit('on its way. [-apology]', 'on its way. [-apology] [-thanks]');
    const text = edit(
      'address. [-apology] [!no-contradiction]',
      'address. [!no-contradiction]',
      marked,
    );
    expect(prove(text)).toEqual([
      `${FILE}:62:13 examples.fail[0].text: should fail exactly apology but also fails thanks; rewrite the reply or correct \`fails\``,
      `${FILE}:64:13 examples.fail[1].text: should fail exactly apology, no-contradiction but does not fail apology; rewrite the reply or correct \`fails\``,
    ]);
  });
});

describe('recorded playthroughs', () => {
  const recording = (outcome: string, extra = '') =>
    `- name: apology and DM\n  steps:\n    - { at: 20s, reply: sorry }\n${extra}  outcome: ${outcome}\n  path: [opening]\n`;

  it('replays a recording to the same outcome', () => {
    expect(prove(valid, recording('dm'))).toEqual([]);
  });

  it('reports a recording that now ends elsewhere', () => {
    expect(prove(valid, recording('viral'))).toEqual([
      'late-parcel.playthroughs.yaml:4:12 [0].outcome: expects `viral`, but the replay now ends in `dm` (through opening); update the recording or the scenario',
    ]);
  });

  it('reports a step that cannot be replayed', () => {
    expect(prove(valid, recording('dm', '    - { at: 30s, do: hide }\n'))).toEqual([
      'late-parcel.playthroughs.yaml:4:7 [0].steps[1]: cannot be replayed: the thread has ended; start a new attempt',
    ]);
  });
});

describe('runScenariosCheck', () => {
  function run(argv: string[], cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    return runScenariosCheck(argv, {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      cwd,
    }).then((code) => ({
      code,
      out: out.join('\n'),
      err: err.join('\n'),
    }));
  }

  it('passes a valid folder', async () => {
    const result = await run(
      ['test/simulator/fixtures', '--no-examples'],
      join(FIXTURES, '../../..'),
    );
    expect(result).toEqual({
      code: 0,
      out: 'Checked 3 scenarios and 0 playthrough files: all valid, every example and playthrough holds.',
      err: '',
    });
  });

  it('exits 1 with a list that names file, line and field', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'frontline-check-'));
    writeFileSync(join(folder, 'late-parcel.yaml'), valid.replace('channel: x', 'channel: fax'));
    writeFileSync(
      join(folder, 'orphan.playthroughs.yaml'),
      '- { name: a, steps: [{ at: 1s, do: wait }], outcome: x }\n',
    );
    const result = await run(['.', '--no-examples'], folder);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      [
        'late-parcel.yaml:4:10 channel: is the text "fax", which is not allowed; use one of: x, facebook, instagram, review-site, forum (did you mean `x`?)',
        'orphan.playthroughs.yaml:1:1 records playthroughs of `orphan`, but there is no `orphan.yaml` beside it; rename the file or add the scenario',
        '',
        '2 problems in 1 scenario and 1 playthrough file.',
      ].join('\n'),
    );
  });

  it('exits 2 on a usage error and 1 on a missing folder', async () => {
    expect((await run(['--frobnicate'], FIXTURES)).code).toBe(2);
    expect((await run(['no-such-folder'], FIXTURES)).code).toBe(1);
  });

  it('checks one file with its playthroughs beside it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'frontline-check-'));
    writeFileSync(join(folder, 'late-parcel.yaml'), valid);
    writeFileSync(
      join(folder, 'late-parcel.playthroughs.yaml'),
      '- { name: a, steps: [{ at: 1s, do: delete }], outcome: viral }\n',
    );
    const report = await checkScenarios(join(folder, 'late-parcel.yaml'), {
      scoreReply: fakeScoreReply,
      cwd: folder,
    });
    expect(report).toEqual({ scenarios: 1, playthroughFiles: 1, problems: [] });
  });
});
