/** One short clause saying why the server did not take an action, and what to do. */
export function failureMessage(error: unknown): string {
  if (error instanceof TypeError) return 'the connection to Frontline dropped; check it';
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === 'UNAUTHORIZED') return 'you are signed out; sign in again in another tab';
  if (code === 'TOO_MANY_REQUESTS') return 'too many requests; wait a moment';
  if (typeof message === 'string' && message.trim() !== '')
    return message.trim().replace(/[.\s]+$/, '');
  return 'the server did not answer';
}
