/**
 * Who did something, as records and the audit trail keep them: the caller's `sub`, the
 * role they acted in (`system` for the product's own workers), and their name where the
 * token gave one. `Role` narrows the roles where a record allows only some.
 */
export interface Actor<Role extends string = string> {
  sub: string;
  role: Role;
  name?: string;
}

/** The product itself: the alert worker and the scheduled checks. */
export const SYSTEM_ACTOR: Actor<'system'> = { sub: 'system', role: 'system' };

/** The actor a caller acts as (a verified principal, or the demo seed's). */
export function actorOf<Role extends string>(caller: Actor<Role>): Actor<Role> {
  return {
    sub: caller.sub,
    role: caller.role,
    ...(caller.name ? { name: caller.name } : {}),
  };
}
