import type { Persona } from '../api/dev';
import { ROLE_NAMES } from '../roles';

interface Organisation {
  key: string;
  name: string;
  personas: Persona[];
}

const DFE = 'Department for Education';

/** Demo users grouped by organisation: DfE first, then each council by name. */
export function groupByOrganisation(personas: Persona[]): Organisation[] {
  const groups = new Map<string, Organisation>();
  for (const persona of personas) {
    const key = persona.laCode ?? 'dfe';
    const name = persona.laCode ? (persona.councilName ?? `Council ${persona.laCode}`) : DFE;
    const group = groups.get(key) ?? { key, name, personas: [] };
    group.personas.push(persona);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.key === 'dfe' || b.key === 'dfe') return a.key === 'dfe' ? -1 : 1;
    return a.name.localeCompare(b.name, 'en-GB');
  });
}

export function PersonaList(props: {
  personas: Persona[];
  signingIn: string | null;
  onSignIn: (persona: Persona) => void;
}) {
  const { personas, signingIn, onSignIn } = props;
  if (personas.length === 0) {
    return <p class="govuk-body">There are no demo users to sign in as.</p>;
  }
  return (
    <>
      {groupByOrganisation(personas).map((organisation) => (
        <section key={organisation.key} class="app-organisation">
          <h2 class="govuk-heading-m">{organisation.name}</h2>
          <ul class="govuk-list app-persona-list">
            {organisation.personas.map((persona) => (
              <li key={persona.sub} class="app-persona">
                <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{persona.name}</h3>
                <p class="govuk-body govuk-!-margin-bottom-1">{ROLE_NAMES[persona.role]}</p>
                <p class="govuk-hint govuk-!-margin-bottom-3">{persona.description}</p>
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => {
                    // One sign-in at a time: a second click would race the first.
                    if (signingIn === null) onSignIn(persona);
                  }}
                >
                  Sign in as {persona.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
