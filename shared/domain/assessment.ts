import type { Actor } from './actor';
import type { Role } from './roles';
import type { ConditionStatus } from './return-content';

/** DfE's assessment of one condition for one reporting period. */
export interface Assessment {
  period: string;
  status: ConditionStatus;
  note: string;
  conditionId: string;
  assessedAt: string;
  assessedBy: Actor<Role>;
}
