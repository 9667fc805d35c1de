import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parsePlaythroughs,
  parseScenario,
  scenarioIdFromFile,
} from '../../src/simulator/loader.ts';
import { formatProblem } from '../../src/simulator/problem.ts';
import { FIXTURES } from '../helpers/scenario-fixtures.ts';

const valid = readFileSync(`${FIXTURES}branching.yaml`, 'utf8');
const FILE = 'scenarios/complaint/late-parcel.yaml';

/** The fixture with one piece of text replaced; the replacement must happen exactly once. */
function broken(find: string, replace: string): string {
  expect(valid.split(find)).toHaveLength(2);
  return valid.replace(find, replace);
}

function problems(text: string, file = FILE): string[] {
  const loaded = parseScenario(text, file);
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
}

describe('ScenarioSchema', () => {
  it('accepts a valid file and fills in the defaults', () => {
    const loaded = parseScenario(valid, FILE);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.start).toBe('opening');
    expect(loaded.value.thread[0]?.ago).toBe(1800);
    expect(loaded.value.replyWithin).toBe(120);
    expect(loaded.value.turns['angrier']?.silence).toEqual([]);
    expect(loaded.value.examples.pass[0]?.after).toBe(30);
  });

  it('takes the scenario id from the file name', () => {
    expect(scenarioIdFromFile('scenarios/complaint/late-parcel.yaml')).toBe('late-parcel');
    expect(scenarioIdFromFile('scenarios/complaint/late-parcel.playthroughs.yaml')).toBe(
      'late-parcel',
    );
  });

  it.each([
    [
      'an unknown channel',
      broken('channel: x', 'channel: twiter'),
      `${FILE}:4:10 channel: is the text "twiter", which is not allowed; use one of: x, facebook, instagram, review-site, forum`,
    ],
    [
      'a misspelt field',
      broken('  hours: Every', '  hour: Every'),
      `${FILE}:10:3 brand.hour: is not a field here; did you mean \`hours\`?`,
    ],
    [
      'a missing field',
      broken('replyWithin: 2m\n', ''),
      `${FILE}:2:1 replyWithin: is missing; add it`,
    ],
    [
      'a bad duration',
      broken('ago: 30m', 'ago: 30 minutes'),
      `${FILE}:18:28 thread[0].ago: \`30 minutes\` is not a duration; write it like \`90s\`, \`5m\` or \`1h30m\``,
    ],
    [
      'an unknown criterion in a condition',
      broken('allMet: [apology, take-private]', 'allMet: [apology, take-privat]'),
      `${FILE}:41:35 turns.opening.next[1].when.allMet[1]: is the text "take-privat", which is not allowed; use one of: apology, thanks, no-contradiction, explained-refusal, take-private, empathy, civility, no-downplaying, next-step, personal, wording, channel-fit, responsiveness, crisis-update, troll-handling (did you mean \`take-private\`?)`,
    ],
    [
      'a branch to a missing turn',
      broken('goto: angrier\n      - when: { allMet', 'goto: angry\n      - when: { allMet'),
      `${FILE}:40:15 turns.opening.next[0].goto: \`angry\` is not a turn in this scenario; known: opening, angrier`,
    ],
    [
      'a missing outcome',
      broken('end: dm\n      - goto', 'end: moved\n      - goto'),
      `${FILE}:43:14 turns.opening.next[1].end: \`moved\` is not an outcome in this scenario; known: dm, resolved, viral`,
    ],
    [
      'a post by nobody in the scenario',
      broken("from: sam, text: 'Same", "from: samm, text: 'Same"),
      `${FILE}:29:25 turns.opening.silence[1].posts[0].from: \`samm\` is not a person in this scenario; did you mean \`sam\`?`,
    ],
    [
      'a last branch with a condition',
      broken(
        '      - end: resolved\noutcomes',
        '      - when: { passed: false }\n        end: resolved\noutcomes',
      ),
      `${FILE}:52:9 turns.angrier.next[2].when: the last branch must have no \`when\`, so that every reply leads somewhere; add a final branch without \`when\``,
    ],
    [
      'a branch with both goto and end',
      broken(
        '      - goto: angrier\n  angrier',
        '      - goto: angrier\n        end: dm\n  angrier',
      ),
      `${FILE}:44:9 turns.opening.next[2]: has both \`goto\` and \`end\`; keep one of them`,
    ],
    [
      'a text cut at a comma in a flow map',
      broken("text: 'Same here, they never answer.'", 'text: Same here, they never answer.'),
      `${FILE}:29:47 turns.opening.silence[1].posts[0]."they never answer.": looks like the end of a text cut off at a comma inside \`{ }\`; put the whole text in quotes`,
    ],
    [
      'opening posts out of order',
      broken('ago: 10m', 'ago: 40m'),
      `${FILE}:19:28 thread[1].ago: is older than the post before it; list the opening posts oldest first`,
    ],
    [
      'an empty condition',
      broken('when: { anyFailed: [no-contradiction] }', 'when: {}'),
      `${FILE}:38:9 turns.opening.next[0].when: is empty; give at least one test such as \`allMet: [apology]\`, or remove \`when\``,
    ],
    [
      'a verdict that is not good or mistake',
      broken('verdict: mistake', 'verdict: bad'),
      `${FILE}:33:18 turns.opening.actions.delete.verdict: must be \`good\` or \`mistake\``,
    ],
    [
      'too few failing examples',
      broken(
        '    - text: You must have entered the wrong address. [-apology] [!no-contradiction]\n      fails: [apology, no-contradiction]\n',
        '',
      ),
      `${FILE}:61:3 examples.fail: needs at least two failing examples`,
    ],
    [
      'a YAML syntax error',
      broken('title: Fixture complaint', 'title: "Fixture complaint'),
      `${FILE}:66:1 the YAML cannot be read here (Missing closing "quote); check the indentation, quotes and colons`,
    ],
  ])('names file, line and field for %s', (_name, text, expected) => {
    expect(problems(text)).toContain(expected);
  });

  it('reports a file name that cannot be an id', () => {
    expect(problems(valid, 'scenarios/Late Parcel.yaml')[0]).toBe(
      "scenarios/Late Parcel.yaml:1:1 the file name `Late Parcel` is the scenario's id and must be kebab-case; rename the file",
    );
  });

  it('reports an empty file', () => {
    expect(problems('', FILE)).toEqual([
      `${FILE}:1:1 the file is empty; write the scenario fields in it`,
    ]);
  });

  it('reports every problem of a file, in line order', () => {
    const found = problems(
      broken('channel: x', 'channel: twiter').replace('  hours: Every', '  hour: Every'),
    );
    expect(found.map((p) => p.split(' ')[0])).toEqual([
      `${FILE}:4:10`,
      `${FILE}:7:1`,
      `${FILE}:10:3`,
    ]);
  });

  it('asks queue examples for their item and refuses reply-turn fields on a queue turn', () => {
    const crisis = readFileSync(`${FIXTURES}crisis-queue.yaml`, 'utf8');
    const file = 'crisis.yaml';
    const noItem = crisis.replace('      item: ali\n', '');
    expect(problems(noItem, file)[0]).toMatch(
      /examples\.pass\[1\]: turn `triage` is a queue; add `item` with one of: status, ali, bea$/,
    );
    const withTo = crisis.replace(
      '  triage:\n    queue:',
      '  triage:\n    to: customer\n    queue:',
    );
    expect(problems(withTo, file)[0]).toMatch(
      /turns\.triage\.to: a queue turn has no `to` of its own; put it on each queue item$/,
    );
  });
});

describe('playthrough files', () => {
  it('reads steps with absolute times', () => {
    const loaded = parsePlaythroughs(
      '- name: quick apology\n  steps:\n    - { at: 30s, reply: Sorry! }\n    - { at: 1m, do: wait }\n  outcome: dm\n',
      'x.playthroughs.yaml',
    );
    expect(loaded.ok && loaded.value[0]?.steps).toEqual([
      { at: 30, reply: 'Sorry!' },
      { at: 60, do: 'wait' },
    ]);
  });

  it('needs exactly one of reply or do in a step', () => {
    const loaded = parsePlaythroughs(
      '- name: both\n  steps:\n    - { at: 30s, reply: Sorry!, do: hide }\n  outcome: dm\n',
      'x.playthroughs.yaml',
    );
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      'x.playthroughs.yaml:3:7 [0].steps[0]: needs exactly one of `reply: <text>` or `do: <action>`',
    ]);
  });
});
