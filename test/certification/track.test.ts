import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/simulator/problem.ts';
import { formatTrackProblems, parseTrack, parseTrackYaml } from '../../src/certification/track.ts';
import { TRACK_INPUT } from './fixtures.ts';

function problems(changes: Record<string, unknown>): string {
  const parsed = parseTrack({ ...TRACK_INPUT, ...changes });
  return parsed.ok ? '' : formatTrackProblems(parsed.problems);
}

describe('CertificationTrackSchema', () => {
  it('accepts a valid track and reads durations and defaults', () => {
    const parsed = parseTrack(TRACK_INPUT);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.track.timeLimit).toEqual({ exam: 3600, scenario: 1200 });
    expect(parsed.track.attempts).toEqual({ allowed: 3, cooldown: 86_400 });
    expect(parsed.track.validity).toEqual({
      expiresAfter: 365 * 86_400,
      recertifyWithin: 30 * 86_400,
    });
    expect(parsed.track.pass.gates).toEqual(['no-contradiction', 'take-private']);
    expect(parsed.track.pass.moderationMistakes).toBe(0);
    expect(parsed.track.pass.reviewMargin).toBe(5);
    expect(parsed.track.description).toBe('');
  });

  it.each([
    [
      'an unknown channel',
      { channels: ['twitter'] },
      'channels[0]: is the text "twitter", which is not allowed; use one of: x, facebook, instagram, review-site, forum',
    ],
    ['no channel', { channels: [] }, 'channels: needs at least one channel'],
    [
      'a channel twice',
      { channels: ['x', 'x'] },
      'channels[1]: lists the channel `x` twice; keep one',
    ],
    [
      'a scenario twice',
      { pool: ['a', 'b', 'a'], draw: 2 },
      'pool[2]: lists the scenario `a` twice; keep one',
    ],
    [
      'a badly written scenario id',
      { pool: ['Double Charge'], draw: 1 },
      'pool[0]: must be kebab-case (lower-case letters, digits and single dashes, starting with a letter), such as `calmer-customer`',
    ],
    [
      'a draw larger than the pool',
      { draw: 9 },
      'draw: asks for 9 scenarios but the pool has 4; add scenarios to `pool` or draw fewer',
    ],
    ['a fractional draw', { draw: 2.5 }, 'draw: must be a whole number of scenarios, such as 3'],
    ['a zero draw', { draw: 0 }, 'draw: must be at least 1'],
    [
      'an overall minimum above 100',
      { pass: { overall: 120 } },
      'pass.overall: must be from 0 to 100',
    ],
    [
      'a misspelt criterion minimum',
      { pass: { overall: 70, criteria: { apologie: 80 } } },
      'pass.criteria.apologie: is not a field here; did you mean `apology`?',
    ],
    [
      'an unknown gate',
      { pass: { overall: 70, gates: ['no-swearing'] } },
      'pass.gates[0]: is the text "no-swearing", which is not allowed; use one of: apology, thanks, no-contradiction, explained-refusal, take-private, empathy, civility, no-downplaying, next-step, personal, wording, channel-fit, responsiveness, crisis-update, troll-handling',
    ],
    [
      'a missing pass rule',
      { pass: undefined },
      'pass: is missing; add it as a group of fields (`name: value` lines)',
    ],
    [
      'a time limit that is not a duration',
      { timeLimit: { exam: 'an hour' } },
      'timeLimit.exam: `an hour` is not a duration; write it like `90s`, `5m` or `1h30m`',
    ],
    [
      'a zero time limit',
      { timeLimit: { exam: 0 } },
      'timeLimit.exam: must be longer than zero, such as `2m`',
    ],
    [
      'a negative moderation allowance',
      { pass: { overall: 70, moderationMistakes: -1 } },
      'pass.moderationMistakes: must be 0 or more',
    ],
    [
      'no attempts allowed',
      { attempts: { allowed: 0, cooldown: '1d' } },
      'attempts.allowed: must be at least 1',
    ],
    [
      'a misspelt field',
      { attempts: { allowed: 2, cooldwn: '1d' } },
      'attempts.cooldown: is missing; add it\nattempts.cooldwn: is not a field here; did you mean `cooldown`?',
    ],
    [
      'a recertification window as long as the validity',
      { validity: { expiresAfter: '30d', recertifyWithin: '30d' } },
      'validity.recertifyWithin: must be shorter than `expiresAfter`, or the window opens before the certificate is issued',
    ],
  ])('names the field for %s', (_name, changes, expected) => {
    expect(problems(changes)).toBe(expected);
  });

  it('reports every wrong field at once', () => {
    const parsed = parseTrack({ ...TRACK_INPUT, title: ' ', draw: -1 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.field)).toEqual(['title', 'draw']);
  });

  it('explains a track that is not an object at all', () => {
    const parsed = parseTrack('complaints');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        field: '',
        message: 'must be a group of fields (`name: value` lines), but is the text "complaints"',
      },
    ]);
  });
});

describe('parseTrackYaml', () => {
  const yaml = [
    'id: x-complaints',
    'title: Complaints on X',
    'channels: [x]',
    'pool: [double-charge, missing-refund, cancelled-flight]',
    'draw: 2',
    'pass:',
    '  overall: 75',
    '  criteria: { apology: 80 }',
    'timeLimit: { exam: 45m }',
    'attempts: { allowed: 3, cooldown: 1d }',
    'validity: { expiresAfter: 365d, recertifyWithin: 30d }',
    '',
  ].join('\n');

  it('reads a track file', () => {
    const loaded = parseTrackYaml(yaml, 'tracks/x-complaints.yaml');
    expect(loaded.ok && loaded.value.timeLimit.exam).toBe(2700);
  });

  it('names the file, line and field of a mistake', () => {
    const loaded = parseTrackYaml(
      yaml.replace('overall: 75', 'overall: 750'),
      'tracks/x-complaints.yaml',
    );
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      'tracks/x-complaints.yaml:7:12 pass.overall: must be from 0 to 100',
    ]);
  });
});
