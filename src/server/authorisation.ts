import type { Actor, Role } from './actor.ts';
import { ServiceError } from './service-error.ts';

/** The signed-in caller, or a refusal asking them to sign in. */
export function requireActor(actor: Actor | undefined): Actor {
  if (actor === undefined) throw new ServiceError('UNAUTHORIZED', 'Sign in to do this.');
  return actor;
}

/** Refuses callers whose role is not one of `roles`. */
export function requireRole(actor: Actor | undefined, roles: readonly Role[]): Actor {
  const caller = requireActor(actor);
  if (!roles.includes(caller.role)) {
    throw new ServiceError(
      'FORBIDDEN',
      `This needs the ${roles.join(' or ')} role; ask an admin of your organisation.`,
    );
  }
  return caller;
}

/** Managers and admins look after their organisation's people and attempts. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'manager'];

export function isStaff(actor: Actor): boolean {
  return STAFF_ROLES.includes(actor.role);
}
