import { ServiceError } from './service-error.ts';

/** A submitted form's text fields (files are ignored). */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const data = await request.formData();
  const fields: Record<string, string> = {};
  for (const [key, value] of data) if (typeof value === 'string') fields[key] = value;
  return fields;
}

/** Messages by field for a form to show next to its inputs; `form` holds the rest. */
export type FieldErrors = Record<string, string>;

/** Turns a service's refusal into a message beside the field it names; rethrows anything else. */
export function fieldErrorsOf(error: unknown, fields: readonly string[]): FieldErrors {
  if (!(error instanceof ServiceError)) throw error;
  const field = error.field !== undefined && fields.includes(error.field) ? error.field : 'form';
  const message = error.message.replace(/^[\w.]+: /, '');
  return { [field]: message.charAt(0).toUpperCase() + message.slice(1) };
}

/** A 303 to `location` that also sets the given cookies (a session after signing in). */
export function redirectWithCookies(location: string, cookies: readonly string[]): Response {
  const headers = new Headers({ location });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** Only same-site paths are followed after signing in. */
export function safeNext(next: string | null | undefined): string {
  return next !== null && next !== undefined && /^\/(?!\/)/.test(next) ? next : '/';
}
