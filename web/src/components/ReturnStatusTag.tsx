import type { ReturnStatus } from '../../../shared/schemas/return-content';
import { RETURN_STATUS_NAMES } from '../display/labels';
import { Tag } from './Tag';
import { RETURN_STATUS_COLOURS } from './tag-colours';

/** A return's status; a period with no return yet is "Not started". */
export function ReturnStatusTag({ status }: { status: ReturnStatus | 'not-started' | 'missing' }) {
  return <Tag colour={RETURN_STATUS_COLOURS[status]}>{RETURN_STATUS_NAMES[status]}</Tag>;
}
