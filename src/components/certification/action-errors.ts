import type { Actor } from '../../server/actor.ts';

/** Managers and admins run certification; trainees take exams. */
export function isStaff(actor: Actor | undefined): actor is Actor {
  return actor?.role === 'manager' || actor?.role === 'admin';
}

/** Where to send a signed-out visitor so they come back here after signing in. */
export function signInPath(url: URL): string {
  return `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`;
}

interface ActionFailure {
  message?: string;
  fields?: Record<string, string[] | undefined>;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * An action's refusal as messages by field: zod input errors by their field, and a service's
 * `field: message` text beside that field; anything else under `form`.
 */
export function errorsOfAction(error: unknown): Record<string, string> {
  if (error === undefined || error === null) return {};
  const failure = error as ActionFailure;
  if (failure.fields !== undefined) {
    const errors: Record<string, string> = {};
    for (const [field, messages] of Object.entries(failure.fields)) {
      const first = messages?.[0];
      if (first !== undefined) errors[field] = sentence(first);
    }
    if (Object.keys(errors).length > 0) return errors;
  }
  const message = failure.message ?? (typeof error === 'string' ? error : 'The server refused.');
  const errors: Record<string, string> = {};
  for (const line of message.split('\n')) {
    const match = /^([\w.[\]]+): (.+)$/.exec(line.trim());
    const field = match?.[1]?.replace(/\[\d+\].*$/, '') ?? 'form';
    errors[field] ??= sentence(match?.[2] ?? line);
  }
  return errors;
}

/** One sentence for an action that failed where no field can show it. */
export function messageOfAction(error: unknown): string {
  const errors = errorsOfAction(error);
  const [field, message] = Object.entries(errors)[0] ?? ['form', 'The server did not answer.'];
  return field === 'form' ? message : `${field}: ${message}`;
}
