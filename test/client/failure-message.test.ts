import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/client/failure-message.ts';

describe('failureMessage', () => {
  it.each([
    [new TypeError('Failed to fetch'), 'the connection to Frontline dropped; check it'],
    [{ code: 'UNAUTHORIZED', message: 'x' }, 'you are signed out; sign in again in another tab'],
    [{ code: 'TOO_MANY_REQUESTS' }, 'too many requests; wait a moment'],
    [
      { code: 'BAD_REQUEST', message: 'The reply is longer than 5000 characters. ' },
      'The reply is longer than 5000 characters',
    ],
    [{ code: 'BAD_REQUEST', message: '   ' }, 'the server did not answer'],
    [undefined, 'the server did not answer'],
  ])('explains %j as "%s"', (error, expected) => {
    expect(failureMessage(error)).toBe(expected);
  });
});
