import type { TrancheStatus } from '../../../shared/schemas/agreement';
import { TRANCHE_STATUS_NAMES } from '../display/labels';
import { Tag } from './Tag';
import { TRANCHE_STATUS_COLOURS } from './tag-colours';

/** Whether a tranche (instalment) has been paid. */
export function TrancheStatusTag({ status }: { status: TrancheStatus }) {
  return <Tag colour={TRANCHE_STATUS_COLOURS[status]}>{TRANCHE_STATUS_NAMES[status]}</Tag>;
}
