import type { ConditionStatus } from '../../../shared/schemas/return-content';
import { CONDITION_STATUS_NAMES } from '../display/labels';
import { Tag } from './Tag';
import { CONDITION_STATUS_COLOURS } from './tag-colours';

/** A condition's status, as the council reports it or DfE assesses it. */
export function ConditionStatusTag({ status }: { status: ConditionStatus }) {
  return <Tag colour={CONDITION_STATUS_COLOURS[status]}>{CONDITION_STATUS_NAMES[status]}</Tag>;
}
