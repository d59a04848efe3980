import { formatFinancialYear } from '../../../shared/domain';
import type { AgreementInputBody } from '../../../shared/schemas/agreement';
import { BCP } from './demo-data';
import { millions } from './demo-return';
import { at, seedAgreement, type DemoEvent, type SeedContext } from './seed-writes';

/**
 * Bournemouth, Christchurch and Poole (839): a plan DfE rejected. REAL, from councils.json:
 * the 15-year plan submitted on 15 January 2024 and rejected on 13 March 2024; the
 * cumulative deficit of about £63m at March 2024 rising to £91m at March 2025; the
 * budgeted overspends of £27m (2023-24) and £28m (2024-25), which are the planned in-year
 * balances.
 *
 * Two versions tell it: version 1 `proposed` on the day the plan went to DfE, version 2
 * `rejected` on the day DfE decided. Choices, each said in the versions' reasons:
 * - The term is the plan's 15 years from 2024-25 (to 2038-39), with 2023-24 as the
 *   baseline year; the data gives the length, not the first year.
 * - DfE's contribution is £0 with no tranches: no agreement was reached, so DfE paid
 *   nothing (what BCP asked for is not in the seed data), and no conditions.
 * - The cadence is monthly: BCP reported a monthly SEND scorecard, the cadence of
 *   "enhanced" monitoring. A rejected plan owes no returns (return-overdue applies to
 *   active and under-review agreements only), so BCP has none; its real scorecard stays in
 *   councils.json rather than being turned into half-invented returns.
 */

const agreement = BCP.agreement;
const FIRST_YEAR = '2024-25';

function body(status: 'proposed' | 'rejected', reason: string): AgreementInputBody {
  const startYear = Number(FIRST_YEAR.slice(0, 4));
  return {
    programme: 'safety-valve',
    status,
    firstYear: FIRST_YEAR,
    lastYear: formatFinancialYear(startYear + agreement.planYears - 1),
    cadence: 'monthly',
    dfeContributionTotal: 0,
    trajectory: agreement.cumulativeDeficit.map((year) => {
      const overspend = agreement.budgetedOverspend.find(
        (o) => o.financialYear === year.financialYear,
      );
      return {
        financialYear: year.financialYear,
        plannedCumulativeDeficit: year.cumulativeDeficit,
        ...(overspend ? { plannedInYearBalance: -overspend.amount } : {}),
      };
    }),
    conditions: [],
    tranches: [],
    reason,
  };
}

const [march2024, march2025] = agreement.cumulativeDeficit;
const [overspend2023, overspend2024] = agreement.budgetedOverspend;
const figures = `The trajectory holds the council's own figures from its reports (real): a cumulative deficit of about ${millions(march2024?.cumulativeDeficit ?? 0)} at March 2024 rising to ${millions(march2025?.cumulativeDeficit ?? 0)} at March 2025, with budgeted overspends of ${millions(overspend2023?.amount ?? 0)} (2023-24) and ${millions(overspend2024?.amount ?? 0)} (2024-25).`;
const choices =
  'Demo choices: the term is the 15 years from 2024-25 (the first year is assumed), no DfE contribution is recorded, and the cadence is monthly as BCP reported a monthly SEND scorecard.';

export function bcpProposal(): AgreementInputBody {
  return body(
    'proposed',
    `BCP's 15-year deficit management plan, submitted to DfE on 15 January 2024. ${figures} ${choices}`,
  );
}

export function bcpRejection(): AgreementInputBody {
  return body(
    'rejected',
    `DfE rejected BCP's 15-year plan on 13 March 2024: no Safety Valve agreement was reached, so there is no DfE contribution, no tranches and no returns. The trajectory stays as the council's proposed plan. ${choices}`,
  );
}

export function bcpTimeline(ctx: SeedContext): DemoEvent[] {
  const submitted = at(agreement.submitted, '12:00');
  const decided = at(agreement.decided, '16:00');
  return [
    { on: submitted, run: () => seedAgreement(ctx, bcpProposal(), submitted) },
    { on: decided, run: () => seedAgreement(ctx, bcpRejection(), decided) },
  ];
}
