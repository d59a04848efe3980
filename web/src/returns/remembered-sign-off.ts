/**
 * The role an approver signed off with last time, so that they need not type "Section 151
 * officer" every quarter. Kept in this browser only, per person; nothing secret.
 */
const keyFor = (sub: string) => `safety-valve:sign-off-role:${sub}`;

export function rememberedSignOffRole(sub: string): string {
  try {
    return window.localStorage.getItem(keyFor(sub)) ?? '';
  } catch {
    // Storage may be switched off: the approver types the role, as before.
    return '';
  }
}

export function rememberSignOffRole(sub: string, role: string): void {
  try {
    window.localStorage.setItem(keyFor(sub), role);
  } catch {
    // Not remembered: no harm done.
  }
}
