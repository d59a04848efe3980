import type { Persona } from '../../functions/api/env';
import type { Store } from '../../shared/data/client';
import { toCouncil } from '../../shared/data/councils/to-council';
import { collections } from '../../shared/data/keys';
import { queryCollection } from '../../shared/data/query-collection';

const DFE_PERSONAS: Persona[] = [
  {
    sub: 'dfe-admin-1',
    name: 'Dana Adeyemi',
    role: 'dfe-admin',
    description: 'DfE administrator: sets up councils and agreements, decides on instalments',
  },
  {
    sub: 'dfe-reviewer-1',
    name: 'Rob Kowalski',
    role: 'dfe-reviewer',
    description: 'DfE reviewer: reviews returns and assesses conditions across councils',
  },
];

export const COUNCIL_PERSONAS = [
  { role: 'council-editor', title: 'SEND finance officer', does: 'prepares returns' },
  { role: 'council-approver', title: 'Section 151 officer', does: 'signs off and submits returns' },
  { role: 'council-viewer', title: 'Finance analyst', does: 'reads the agreement and returns' },
] as const;

/** The user id of a council's demo person in a role (the sign-in page signs in as it). */
export function councilPersonaSub(role: string, laCode: string): string {
  return `${role}-${laCode}`;
}

/** A council's demo person's name, as the sign-in page shows it. */
export function councilPersonaName(councilName: string, title: string): string {
  return `${councilName} ${title}`;
}

/** Demo users for the local sign-in page: the DfE roles, and three users per council. */
export async function listPersonas(store: Store): Promise<Persona[]> {
  const councils = (
    await queryCollection<Record<string, unknown>>(store, collections.councils)
  ).map(toCouncil);
  return [
    ...DFE_PERSONAS,
    ...councils.flatMap((council) =>
      COUNCIL_PERSONAS.map(({ role, title, does }) => ({
        sub: councilPersonaSub(role, council.laCode),
        name: councilPersonaName(council.name, title),
        role,
        laCode: council.laCode,
        councilName: council.name,
        description: `${title} at ${council.name}: ${does}`,
      })),
    ),
  ];
}
