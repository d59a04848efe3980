import type { BidStatus, FundedFrom, ProvisionType, SchemeStatus, SchemeSupport } from './types';

/** How the codes of capital bids read to people (screens and spreadsheets). */

export const BID_STATUS_NAMES: Record<BidStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting decision',
  awarded: 'Awarded',
  refused: 'Refused',
};

export const PROVISION_TYPE_NAMES: Record<ProvisionType, string> = {
  special: 'Special school',
  'special-free-school': 'Special free school',
  'resourced-provision': 'Resourced provision',
  'mainstream-inclusion': 'Mainstream inclusion',
  'alternative-provision': 'Alternative provision',
  other: 'Other',
};

export const FUNDED_FROM_NAMES: Record<FundedFrom, string> = {
  'this-bid': 'This bid',
  'existing-capital': 'Existing capital',
  central: 'Centrally funded',
};

export const SCHEME_STATUS_NAMES: Record<SchemeStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  open: 'Open',
  cancelled: 'Cancelled',
};

export const SCHEME_SUPPORT_NAMES: Record<SchemeSupport, string> = {
  strong: 'Strong support',
  supported: 'Supported',
  'further-consideration': 'Further consideration',
  'not-supported': 'Not supported',
};
