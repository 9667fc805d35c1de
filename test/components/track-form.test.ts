import { describe, expect, it } from 'vitest';
import {
  formValuesOfFields,
  formValuesOfTrack,
  inputOfProblem,
  NEW_TRACK_VALUES,
  poolErrors,
  readTrackForm,
  trackInputFromForm,
} from '../../src/components/certification/track-form.ts';
import type { TrackFormFields } from '../../src/components/certification/track-form.ts';

function form(values: Record<string, string | string[]>): TrackFormFields {
  return new Map(
    Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
  );
}

const VALID = {
  id: 'x-complaints',
  title: 'Complaints on X',
  description: '',
  channels: ['x'],
  pool: ['late-parcel', 'wrong-size', 'rude-agent'],
  draw: '2',
  'pass.overall': '70',
  'pass.criteria.apology': '80',
  'pass.criteria.thanks': '',
  'pass.gates': ['no-contradiction'],
  'pass.moderationMistakes': '0',
  'pass.reviewMargin': '5',
  'timeLimit.exam': '45m',
  'timeLimit.scenario': '',
  'attempts.allowed': '3',
  'attempts.cooldown': '1d',
  'validity.expiresAfter': '365d',
  'validity.recertifyWithin': '30d',
};

describe('the track form', () => {
  it('reads a complete form into a track, with durations in seconds and blank minimums left out', () => {
    const read = readTrackForm(form(VALID));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.track).toMatchObject({
      id: 'x-complaints',
      draw: 2,
      pass: { overall: 70, criteria: { apology: 80 }, gates: ['no-contradiction'] },
      timeLimit: { exam: 2700 },
      attempts: { allowed: 3, cooldown: 86_400 },
    });
    expect(read.track.timeLimit.scenario).toBeUndefined();
    expect(read.track.pass.criteria.thanks).toBeUndefined();
  });

  it.each([
    [{ title: '  ' }, 'title', 'Must not be empty'],
    [{ channels: [] }, 'channels', 'Needs at least one channel'],
    [{ pool: [] }, 'pool', 'Needs at least one scenario id'],
    [{ draw: '5' }, 'draw', 'Asks for 5 scenarios but the pool has 3'],
    [{ draw: 'two' }, 'draw', 'whole number'],
    [{ 'pass.overall': '120' }, 'pass.overall', 'Must be from 0 to 100'],
    [{ 'pass.criteria.apology': 'lots' }, 'pass.criteria.apology', 'number from 0 to 100'],
    [{ 'timeLimit.exam': 'soon' }, 'timeLimit.exam', 'duration'],
    [{ 'validity.recertifyWithin': '400d' }, 'validity.recertifyWithin', 'shorter than'],
    [{ id: 'Bad Id' }, 'id', 'kebab-case'],
  ])('shows %o beside %s', (change, input, message) => {
    const read = readTrackForm(form({ ...VALID, ...change }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[input]).toContain(message);
  });

  it.each([
    ['pool[2]', 'pool'],
    ['pass.gates[0]', 'pass.gates'],
    ['pass.criteria.apology', 'pass.criteria.apology'],
    ['pass.criteria', 'pass.criteria'],
    ['validity', 'validity.expiresAfter'],
    ['', 'form'],
    ['surprise', 'form'],
  ])('puts a problem with %j beside %j', (field, input) => {
    expect(inputOfProblem(field)).toBe(input);
  });

  it('gives back what was typed after a refusal, and a saved track with its durations written out', () => {
    expect(formValuesOfFields(form({ ...VALID, draw: 'two' })).text['draw']).toBe('two');
    const read = readTrackForm(form(VALID));
    if (!read.ok) throw new Error('the valid form was refused');
    const values = formValuesOfTrack(read.track);
    expect(values.text['timeLimit.exam']).toBe('45m');
    expect(values.text['pass.criteria.apology']).toBe('80');
    expect(values.ticked.pool).toEqual(VALID.pool);
    const again = trackInputFromForm(
      form({ ...values.text, channels: values.ticked.channels, pool: values.ticked.pool }),
    );
    expect(again).toMatchObject({ id: 'x-complaints', draw: 2, timeLimit: { exam: '45m' } });
  });

  it('starts a new track with the default gates ticked', () => {
    expect(NEW_TRACK_VALUES.ticked.gates).toEqual(['no-contradiction', 'take-private']);
    expect(NEW_TRACK_VALUES.text['validity.expiresAfter']).toBe('365d');
  });
});

describe('the pool checked against the library', () => {
  const library = new Map([
    ['late-parcel', { channel: 'x' as const }],
    ['wrong-size', { channel: 'x' as const }],
    ['rude-agent', { channel: 'facebook' as const }],
  ]);

  it.each([
    [{ pool: ['late-parcel', 'wrong-size'] }, {}],
    [{ pool: ['late-parcel', 'ghost'], draw: '1' }, { pool: 'not in the scenario library' }],
    [{ draw: '3' }, { pool: 'outside the track', draw: 'only 2 in the pool can be drawn' }],
  ])('with %o reports %o', (change, expected) => {
    const read = readTrackForm(form({ ...VALID, ...change }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const errors = poolErrors(read.track, library);
    expect(Object.keys(errors).sort()).toEqual(Object.keys(expected).sort());
    for (const [input, text] of Object.entries(expected)) expect(errors[input]).toContain(text);
  });
});
