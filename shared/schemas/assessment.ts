import * as z from 'zod';
import type { Assessment as DomainAssessment } from '../domain';
import { Actor } from './agreement';
import { Timestamp } from './common';
import { ConditionStatus } from './return-content';
import type { Proof, SameType } from './same-type';

/** The body of `POST /councils/{laCode}/conditions/{conditionId}/assessments`. */
export const AssessmentInput = z
  .strictObject({
    period: z.string().meta({ example: '2024-25-Q2' }),
    status: ConditionStatus,
    note: z.string().trim().min(1, 'enter a note').max(4000),
  })
  .meta({ id: 'AssessmentInput' });

export const Assessment = AssessmentInput.extend({
  conditionId: z.string(),
  assessedAt: Timestamp,
  assessedBy: Actor,
}).meta({ id: 'Assessment' });

export type AssessmentInput = z.infer<typeof AssessmentInput>;
export type Assessment = DomainAssessment;

// The domain owns this type; the schema must parse exactly it.
type _Check = Proof<SameType<z.infer<typeof Assessment>, DomainAssessment>>;
