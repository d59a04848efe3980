import { checkReturnComplete } from '../../../shared/domain';
import type { Condition } from '../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import { RETURN_SECTIONS, type ReturnSection } from '../routes/match-route';

/** A task's status in the GOV.UK task list. */
export type SectionStatus = 'completed' | 'incomplete' | 'not-started' | 'none-added';

export const SECTION_NAMES: Record<ReturnSection, string> = {
  finance: 'Finance',
  demand: 'Demand',
  placements: 'Placements',
  conditions: 'Conditions',
  workstreams: 'Workstreams',
  risks: 'Risks',
  mitigations: 'Savings by mitigation',
  narrative: 'Narrative',
};

export const SECTION_HINTS: Record<ReturnSection, string> = {
  finance: 'High needs income and spending, and the forecast DSG position',
  demand: 'EHCPs, assessments and reviews',
  placements: 'Children with EHCPs by type of setting',
  conditions: 'Your position on each condition of the agreement',
  workstreams: 'Optional: the programme’s workstreams with a RAG rating',
  risks: 'Optional: risks to the plan and how they are mitigated',
  mitigations: 'Savings to date and forecast for each mitigation of the agreement',
  narrative: 'The story of the period in your own words',
};

/** The section a problem's path belongs to: `finance.x` → finance, `conditions[…]` → conditions. */
export function sectionOfPath(path: string): ReturnSection | undefined {
  const head = /^[a-z]+/.exec(path)?.[0];
  return head && head in SECTION_NAMES ? (head as ReturnSection) : undefined;
}

function hasAny(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/**
 * The sections of a return under an agreement, in order: savings by mitigation only when
 * the agreement has mitigations (there is nothing to report otherwise).
 */
export function sectionsFor(agreement: {
  mitigations?: readonly { id: string }[] | undefined;
}): ReturnSection[] {
  const hasMitigations = (agreement.mitigations ?? []).length > 0;
  return RETURN_SECTIONS.filter((section) => section !== 'mitigations' || hasMitigations);
}

/**
 * Each section's status for the task list, from what the draft holds and what it still
 * lacks to be submitted (`checkReturnComplete`, the API's own rule).
 */
export function sectionStatuses(
  content: ReturnDraft,
  agreement: {
    conditions: readonly Condition[];
    mitigations?: readonly { id: string }[] | undefined;
  },
): Record<ReturnSection, SectionStatus> {
  const gaps = new Set(
    checkReturnComplete(content, agreement).flatMap((gap) => sectionOfPath(gap.path) ?? []),
  );
  const status = (section: ReturnSection, optional = false): SectionStatus => {
    if (!hasAny(content[section])) {
      if (optional) return 'none-added';
      if (section === 'conditions' && agreement.conditions.length === 0) return 'completed';
      if (section === 'mitigations' && (agreement.mitigations ?? []).length === 0)
        return 'completed';
      return 'not-started';
    }
    return gaps.has(section) ? 'incomplete' : 'completed';
  };
  return {
    finance: status('finance'),
    demand: status('demand'),
    placements: status('placements'),
    conditions: status('conditions'),
    workstreams: status('workstreams', true),
    risks: status('risks', true),
    mitigations: status('mitigations'),
    narrative: status('narrative'),
  };
}
