import type { Logger } from '@aws-lambda-powertools/logger';
import { reviewReformPlan } from '../../../functions/api/reform-plans/review-reform-plan';
import { saveReformPlan } from '../../../functions/api/reform-plans/save-reform-plan';
import { saveReformPlanTemplate } from '../../../functions/api/reform-plans/save-reform-plan-template';
import { submitReformPlan } from '../../../functions/api/reform-plans/submit-reform-plan';
import { determineStabilityGrant } from '../../../functions/api/stability-grant/determine-stability-grant';
import { saveStabilityGrantDeficit } from '../../../functions/api/stability-grant/save-stability-grant-deficit';
import type { Store } from '../../../shared/data/client';
import {
  ReformPlanDraft,
  ReformPlanTemplateInput,
  ReviewReformPlanInput,
  SubmitReformPlanInput,
} from '../../../shared/schemas/reform-plan';
import {
  DeterminationInput,
  StabilityGrantDeficitInput,
  type DeficitFigure,
} from '../../../shared/schemas/stability-grant';
import type { PlanRating } from '../../../shared/domain';
import { ADMIN, approver, at, depsAt, editor, REVIEWER } from './seed-writes';

/**
 * What follows Safety Valve, as the demo tells it: DfE's reform plan template and each
 * council's local SEND reform plan and High Needs Stability Grant figures. ALL
 * ILLUSTRATIVE: the template's wording (until DfE's own is loaded), every plan's text,
 * actions and DfE's ratings, and every deficit figure at 31 March 2026; each is labelled
 * so where it is shown. The four councils show the four stages of a plan (Bury draft,
 * Wiltshire submitted, BCP returned, Bristol approved) and the rules of the grant
 * (Bury no deficit, ineligible; Wiltshire sources agreed; BCP sources differ, lowest;
 * Bristol determined by DfE, payable). Written through the API's own use cases.
 */

/** The day the reform story stands at (after DEMO_AS_AT: the regime began in 2026). */
export const REFORM_AS_AT = '2026-06-30';

const ILLUSTRATIVE = 'Illustrative wording until DfE publishes its own template.';

export const DEMO_TEMPLATE = ReformPlanTemplateInput.parse({
  sections: [
    {
      id: 'early',
      title: 'Early: needs identified and met early',
      guidance: `${ILLUSTRATIVE} How children's needs are identified and met early, in early years and in school, without waiting for an EHCP.`,
    },
    {
      id: 'local',
      title: 'Local: children supported close to home',
      guidance: `${ILLUSTRATIVE} How more children will be supported in local mainstream schools and local specialist places.`,
    },
    {
      id: 'fair',
      title: 'Fair: consistent access to support',
      guidance: `${ILLUSTRATIVE} How decisions on support are consistent, transparent and timely for every family.`,
    },
    {
      id: 'effective',
      title: 'Effective: support that works and is good value',
      guidance: `${ILLUSTRATIVE} How the area knows its support improves outcomes, with the measures it will report.`,
    },
    {
      id: 'shared',
      title: 'Shared: partners working together',
      guidance: `${ILLUSTRATIVE} How education, health and care commission and fund support together with families.`,
    },
    {
      id: 'finance',
      title: 'Finance: a sustainable high needs budget',
      guidance: `${ILLUSTRATIVE} How the high needs budget comes into balance from 2026-27, year by year.`,
    },
    {
      id: 'sufficiency',
      title: 'Sufficiency and capital: specialist places',
      guidance: `${ILLUSTRATIVE} The places the area needs, where they will come from and how they are funded.`,
    },
  ],
});

const SECTION_IDS = DEMO_TEMPLATE.sections.map((s) => s.id);

/** A plan's illustrative content for the given sections, named for the council. */
function planFor(councilName: string, sections: readonly string[]) {
  return ReformPlanDraft.parse({
    sections: sections.map((sectionId, i) => ({
      sectionId,
      text: `(Illustrative) ${councilName}'s commitments under "${sectionId}": what the partnership will change in 2026-27 and 2027-28, and how families will see the difference.`,
      actions: [
        {
          title: `(Illustrative) First milestone for ${sectionId}`,
          owner: i % 2 === 0 ? 'Head of SEND' : 'Director of Children’s Services',
          dueOn: `2026-${String(9 + (i % 3)).padStart(2, '0')}-30`,
        },
      ],
      measures:
        i % 2 === 0 ? ['ehcp-20-week-pct', 'mainstream-ehcp-pct'] : ['annual-review-backlog'],
    })),
  });
}

const ratingsOf = (ratings: PlanRating[]) =>
  SECTION_IDS.map((sectionId, i) => ({ sectionId, rating: ratings[i] ?? 'meets' }));

const figures = (explanation: string | undefined, ...sources: DeficitFigure[]) =>
  StabilityGrantDeficitInput.parse({
    asAt: '2026-03-31',
    sources,
    ...(explanation ? { explanation } : {}),
  });

const signOff = (councilName: string) =>
  SubmitReformPlanInput.parse({
    signOff: { name: `${councilName} Director of Children’s Services`, role: 'DCS' },
  });

export async function seedReform(
  store: Store,
  logger: Logger,
  councils: readonly { laCode: string; name: string }[],
): Promise<void> {
  const ctx = { store, logger };
  const name = (laCode: string) => councils.find((c) => c.laCode === laCode)?.name ?? laCode;
  await saveReformPlanTemplate(depsAt(ctx, at('2026-01-15')), ADMIN, {
    input: DEMO_TEMPLATE,
    ifMatch: undefined,
  });

  const draft = (laCode: string, sections: readonly string[], on: string) =>
    saveReformPlan(depsAt(ctx, at(on)), editor(laCode), {
      laCode,
      content: planFor(name(laCode), sections),
      ifMatch: undefined,
    });
  const submit = (laCode: string, on: string, key: string) =>
    submitReformPlan(depsAt(ctx, at(on)), approver(laCode), {
      laCode,
      input: signOff(name(laCode)),
      idempotencyKey: key,
    });
  const review = (laCode: string, on: string, body: unknown) =>
    reviewReformPlan(depsAt(ctx, at(on)), REVIEWER, {
      laCode,
      input: ReviewReformPlanInput.parse(body),
    });
  const deficit = (laCode: string, on: string, input: StabilityGrantDeficitInput) =>
    saveStabilityGrantDeficit(depsAt(ctx, at(on)), approver(laCode), {
      laCode,
      input,
      ifMatch: undefined,
    });

  await Promise.all([
    // Bury: a draft in progress; no deficit at the end of 2025-26, so no grant.
    (async () => {
      await draft('351', SECTION_IDS.slice(0, 4), '2026-03-10');
      await deficit(
        '351',
        '2026-05-20',
        figures(
          undefined,
          { source: 's251-outturn', highNeedsDeficit: 0 },
          { source: 'dsg-note', highNeedsDeficit: 0 },
        ),
      );
    })(),
    // Wiltshire: submitted, awaiting DfE's review; every source agrees.
    (async () => {
      await draft('865', SECTION_IDS, '2026-03-20');
      await submit('865', '2026-04-28', 'demo-plan-865');
      await deficit(
        '865',
        '2026-05-21',
        figures(
          undefined,
          { source: 's251-outturn', highNeedsDeficit: 152_400_000, otherBlocksDeficit: 1_250_000 },
          { source: 'dsg-note', highNeedsDeficit: 152_400_000 },
          { source: 's151-assurance', highNeedsDeficit: 152_400_000 },
        ),
      );
    })(),
    // BCP: returned by DfE with comments; the sources differ and the lowest counts.
    (async () => {
      await draft('839', SECTION_IDS, '2026-03-18');
      await submit('839', '2026-04-25', 'demo-plan-839');
      await review('839', '2026-06-10', {
        decision: 'return',
        comments:
          '(Illustrative) The finance section does not yet show how the high needs budget reaches balance; set out the savings by year and the places in the sufficiency section that deliver them.',
        ratings: ratingsOf([
          'meets',
          'partially-meets',
          'meets',
          'partially-meets',
          'meets',
          'requirements-not-met',
          'partially-meets',
        ]).map((r) =>
          r.sectionId === 'finance'
            ? { ...r, comment: '(Illustrative) No year-by-year route to balance.' }
            : r,
        ),
      });
      await deficit(
        '839',
        '2026-05-22',
        figures(
          '(Illustrative) The DSG note nets off a £450,000 early years underspend that the section 251 outturn shows in its own block.',
          { source: 's251-outturn', highNeedsDeficit: 121_350_000, otherBlocksDeficit: 2_100_000 },
          { source: 'dsg-note', highNeedsDeficit: 120_900_000 },
          { source: 's151-assurance', highNeedsDeficit: 121_350_000 },
        ),
      );
    })(),
    // Bristol: approved; DfE accepted the council's explanation, so the grant is payable.
    (async () => {
      await draft('801', SECTION_IDS, '2026-03-12');
      await submit('801', '2026-04-20', 'demo-plan-801');
      await review('801', '2026-06-05', {
        decision: 'approve',
        comments: '(Illustrative) A clear plan with measures for every principle.',
        ratings: ratingsOf(['exceeds', 'meets', 'meets', 'meets', 'exceeds', 'meets', 'meets']),
      });
      await deficit(
        '801',
        '2026-05-19',
        figures(
          '(Illustrative) The revenue outturn includes a late accrual for independent placements that the section 251 return was filed before.',
          { source: 's251-outturn', highNeedsDeficit: 61_750_000 },
          { source: 'revenue-outturn', highNeedsDeficit: 62_100_000 },
        ),
      );
      await determineStabilityGrant(depsAt(ctx, at('2026-06-12')), ADMIN, {
        laCode: '801',
        input: DeterminationInput.parse({
          useSource: 'revenue-outturn',
          reason:
            '(Illustrative) The late accrual is evidenced by the placement invoices; the revenue outturn counts.',
        }),
      });
    })(),
  ]);
}
