import { checkReturnComplete, type FieldError } from '../../../shared/domain';
import type { Condition, Mitigation } from '../../../shared/schemas/agreement';
import type { ReturnDraft } from '../../../shared/schemas/return-content';
import type { ReturnSection } from '../routes/match-route';
import { describeReturnProblem } from './problems';
import { sectionOfPath } from './section-status';

interface AgreementParts {
  conditions: readonly Condition[];
  mitigations?: readonly Mitigation[] | undefined;
}

/**
 * What a section still lacks to be submitted (the API's own rule), by section. Problems
 * with the section as a whole (placements adding up to more than the EHCPs) come first:
 * they are why a section whose every answer is given is still incomplete.
 */
export function sectionGaps(
  content: ReturnDraft,
  agreement: AgreementParts,
): Partial<Record<ReturnSection, FieldError[]>> {
  const bySection: Partial<Record<ReturnSection, FieldError[]>> = {};
  for (const gap of checkReturnComplete(content, agreement)) {
    const section = sectionOfPath(gap.path);
    if (!section) continue;
    const list = (bySection[section] ??= []);
    if (gap.path === section) list.unshift(gap);
    else list.push(gap);
  }
  return bySection;
}

/** The reason beside a section marked "Incomplete" in the task list, in words. */
export function incompleteReasons(
  content: ReturnDraft,
  agreement: AgreementParts,
): Partial<Record<ReturnSection, string>> {
  const context = { conditions: agreement.conditions, mitigations: agreement.mitigations, content };
  const reasons: Partial<Record<ReturnSection, string>> = {};
  for (const [section, gaps] of Object.entries(sectionGaps(content, agreement)) as [
    ReturnSection,
    FieldError[],
  ][]) {
    const [first, ...rest] = gaps;
    if (!first) continue;
    const message = describeReturnProblem(first, context).message;
    reasons[section] =
      rest.length === 0
        ? message
        : `${message}, and ${rest.length} more ${rest.length === 1 ? 'answer' : 'answers'}`;
  }
  return reasons;
}
