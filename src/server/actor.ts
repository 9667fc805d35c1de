/** Who is asking: every server action receives one and checks it before touching data. */
export const ROLES = ['admin', 'manager', 'trainee'] as const;

export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  organisationId: string;
  role: Role;
}
