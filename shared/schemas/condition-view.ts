import * as z from 'zod';
import { Condition } from './agreement';
import { Assessment } from './assessment';
import { ConditionStatus } from './return-content';

/** What the council reported of a condition in one submitted return. */
export const CouncilConditionStatus = z
  .object({
    period: z.string(),
    status: ConditionStatus,
    statement: z.string().optional(),
    evidence: z.string().optional(),
  })
  .meta({ id: 'CouncilConditionStatus' });

/** One period of a condition's history: the council's status and DfE's assessments. */
export const ConditionPeriod = z
  .object({
    period: z.string(),
    councilStatus: CouncilConditionStatus.optional(),
    assessments: z.array(Assessment),
  })
  .meta({ id: 'ConditionPeriod' });

export const ConditionView = Condition.extend({
  latestCouncilStatus: CouncilConditionStatus.optional(),
  latestAssessment: Assessment.optional(),
  history: z.array(ConditionPeriod),
}).meta({ id: 'ConditionView' });

export type CouncilConditionStatus = z.infer<typeof CouncilConditionStatus>;
export type ConditionView = z.infer<typeof ConditionView>;
