import { describe, expect, it } from 'vitest';
import {
  errorsOfAction,
  isStaff,
  messageOfAction,
  signInPath,
} from '../../src/components/certification/action-errors.ts';
import { examSecondsLeft } from '../../src/components/certification/exam-clock.ts';
import { besideInputs } from '../../src/components/certification/track-form.ts';

describe('an action refusal shown on a page', () => {
  it.each([
    [undefined, {}],
    [{ message: 'Sign in to do this.' }, { form: 'Sign in to do this.' }],
    [{ message: 'reason: write why.' }, { reason: 'Write why.' }],
    [
      { message: 'pool[1]: `ghost` is not in the library\ndraw: asks for 3' },
      { pool: '`ghost` is not in the library', draw: 'Asks for 3' },
    ],
    [{ message: 'draw: first\ndraw: second' }, { draw: 'First' }],
    [
      { fields: { comment: ['must not be empty'] }, message: 'x' },
      { comment: 'Must not be empty' },
    ],
    ['plain words', { form: 'Plain words' }],
  ])('turns %j into %j', (error, expected) => {
    expect(errorsOfAction(error)).toEqual(expected);
  });

  it('says one sentence when no field can show it, naming the field', () => {
    expect(messageOfAction({ message: 'examId: there is no exam `x`.' })).toBe(
      'examId: There is no exam `x`.',
    );
    expect(messageOfAction({ message: 'The server refused.' })).toBe('The server refused.');
  });

  it('puts a server problem beside the track input it names, the rest on top without backticks', () => {
    expect(besideInputs({ 'pass.overall': 'Too high', trackId: 'No track `a`' })).toEqual({
      'pass.overall': 'Too high',
      form: 'trackId: No track a',
    });
  });
});

describe('who sees the managers’ pages', () => {
  it.each([
    ['admin', true],
    ['manager', true],
    ['trainee', false],
  ] as const)('%s: %s', (role, staff) => {
    expect(isStaff({ userId: 'u', organisationId: 'o', role })).toBe(staff);
  });

  it('sends a signed-out visitor to sign in and back to the same page', () => {
    expect(signInPath(new URL('http://x/certification/review?include=all'))).toBe(
      '/sign-in?next=%2Fcertification%2Freview%3Finclude%3Dall',
    );
    expect(isStaff(undefined)).toBe(false);
  });
});

describe('the exam clock', () => {
  it.each([
    ['2026-01-01T10:45:00Z', '2026-01-01T10:00:00Z', 0, 2700],
    ['2026-01-01T10:45:00Z', '2026-01-01T10:00:00Z', 60, 2640],
    ['2026-01-01T10:45:00Z', '2026-01-01T10:44:00Z', 90, 0],
  ])('with the deadline %s read at %s and %ss since, shows %ss', (deadline, now, since, left) => {
    expect(examSecondsLeft(deadline, now, since)).toBe(left);
  });
});
