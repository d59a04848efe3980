import type { Role } from '../../../shared/domain';
import { api } from './client';

/** A demo user of the local runner (`GET /api/v1/dev/personas`). */
export interface Persona {
  sub: string;
  name: string;
  role: Role;
  laCode?: string;
  councilName?: string;
  description: string;
}

/** The local runner's demo users; a 404 `ProblemError` where sign-in is the real thing. */
export async function listPersonas(signal?: AbortSignal): Promise<Persona[]> {
  const page = await api<{ items: Persona[] }>('/api/v1/dev/personas', {
    auth: false,
    ...(signal ? { signal } : {}),
  });
  return page.items;
}

/** A signed token for a demo user from the local identity provider. */
export async function requestDevToken(persona: Persona): Promise<string> {
  const { sub, name, role, laCode } = persona;
  const { token } = await api<{ token: string }>('/api/v1/dev/token', {
    method: 'POST',
    auth: false,
    body: { sub, name, role, ...(laCode ? { laCode } : {}) },
  });
  return token;
}
