import {
  BID_STATUS_NAMES,
  SCHEME_STATUS_NAMES,
  type BidStatus,
  type SchemeStatus,
} from '../../../shared/domain';
import { Tag } from './Tag';
import type { TagColour } from './tag-colours';

const BID_COLOURS: Record<BidStatus, TagColour | undefined> = {
  draft: 'yellow',
  submitted: undefined,
  awarded: 'green',
  refused: 'red',
};

const SCHEME_COLOURS: Record<SchemeStatus, TagColour | undefined> = {
  planned: 'grey',
  'in-progress': 'turquoise',
  open: 'green',
  cancelled: 'red',
};

/** Where a capital bid stands with DfE. */
export function BidStatusTag({ status }: { status: BidStatus }) {
  return <Tag colour={BID_COLOURS[status]}>{BID_STATUS_NAMES[status]}</Tag>;
}

/** Where a scheme's delivery stands. */
export function SchemeStatusTag({ status }: { status: SchemeStatus }) {
  return <Tag colour={SCHEME_COLOURS[status]}>{SCHEME_STATUS_NAMES[status]}</Tag>;
}
