import { formatCount } from '../../../../../shared/domain';
import { parseCount } from '../../../returns/parse-number';
import type { NumberForm } from '../../../returns/section-forms';

/** The placements so far against the EHCPs maintained: they may not add up to more. */
export function PlacementsTotal({ form, ehcps }: { form: NumberForm; ehcps: number | undefined }) {
  const total = Object.values(form).reduce((sum, text) => {
    const parsed = parseCount(text);
    return parsed.ok ? sum + parsed.value : sum;
  }, 0);
  return (
    <div class="govuk-inset-text" aria-live="polite">
      Placements entered add up to <strong>{formatCount(total)}</strong>
      {ehcps === undefined
        ? '. Enter the EHCPs maintained in the demand section: placements may not add up to more.'
        : ` of the ${formatCount(ehcps)} EHCPs maintained.`}
    </div>
  );
}
