/** The screens of the app and the addresses they live at. */

export const RETURN_SECTIONS = [
  'finance',
  'demand',
  'placements',
  'conditions',
  'workstreams',
  'risks',
  'mitigations',
  'narrative',
] as const;
export type ReturnSection = (typeof RETURN_SECTIONS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'council'; laCode: string }
  | { name: 'return'; laCode: string; period: string }
  | { name: 'return-section'; laCode: string; period: string; section: ReturnSection }
  | { name: 'return-check'; laCode: string; period: string }
  | { name: 'return-submitted'; laCode: string; period: string }
  | { name: 'return-review'; laCode: string; period: string }
  | { name: 'conditions'; laCode: string }
  | { name: 'condition-assess'; laCode: string; conditionId: string }
  | { name: 'payments'; laCode: string }
  | { name: 'payment-decide'; laCode: string; trancheId: string }
  | { name: 'audit'; laCode: string }
  | { name: 'scorecard'; laCode: string }
  | { name: 'scorecard-month'; laCode: string; month: string }
  | { name: 'scorecard-measures'; laCode: string }
  | { name: 'reform-plan'; laCode: string }
  | { name: 'reform-section'; laCode: string; sectionId: string }
  | { name: 'reform-check'; laCode: string }
  | { name: 'reform-review'; laCode: string }
  | { name: 'stability-grant'; laCode: string }
  | { name: 'council-alerts'; laCode: string }
  | { name: 'alert-acknowledge'; laCode: string; alertId: string }
  | { name: 'capital'; laCode: string }
  | { name: 'capital-bid'; laCode: string; bidId: string }
  | { name: 'capital-bid-new'; laCode: string }
  | { name: 'capital-bid-edit'; laCode: string; bidId: string }
  | { name: 'capital-bid-decide'; laCode: string; bidId: string }
  | { name: 'scheme-progress'; laCode: string; bidId: string }
  | { name: 'capital-bids' }
  | { name: 'council-new' }
  | { name: 'agreement-edit'; laCode: string }
  | { name: 'agreement-versions'; laCode: string }
  | { name: 'alerts' }
  | { name: 'overview' }
  | { name: 'compare' }
  | { name: 'notifications' }
  | { name: 'emails-sent' }
  | { name: 'organisation-sign-in' }
  | { name: 'sign-in-callback' }
  | { name: 'not-found' };

const LA_CODE = /^\d{3}$/;
const PERIOD = /^\d{4}-\d{2}-(Q[1-4]|T[1-3]|M(0[1-9]|1[0-2]))$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Which screen an address shows; `not-found` for anything else. */
export function matchRoute(path: string): Route {
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map(safeDecode);
  if (parts.some((part) => part === null)) return { name: 'not-found' };
  const [first, laCode, area, id, action, ...rest] = parts as string[];
  if (first === undefined) return { name: 'home' };
  if (first === 'auth' && parts.length === 2) {
    if (laCode === 'sign-in') return { name: 'organisation-sign-in' };
    if (laCode === 'callback') return { name: 'sign-in-callback' };
    return { name: 'not-found' };
  }
  if (parts.length === 1) {
    if (first === 'alerts') return { name: 'alerts' };
    if (first === 'overview') return { name: 'overview' };
    if (first === 'compare') return { name: 'compare' };
    if (first === 'capital-bids') return { name: 'capital-bids' };
    if (first === 'notifications') return { name: 'notifications' };
    if (first === 'emails-sent') return { name: 'emails-sent' };
    return { name: 'not-found' };
  }
  if (first === 'councils' && laCode === 'new' && parts.length === 2)
    return { name: 'council-new' };
  if (first !== 'councils' || !laCode || !LA_CODE.test(laCode) || rest.length > 0) {
    return { name: 'not-found' };
  }
  if (area === undefined) return { name: 'council', laCode };
  if (id === undefined) {
    if (area === 'conditions') return { name: 'conditions', laCode };
    if (area === 'payments') return { name: 'payments', laCode };
    if (area === 'audit') return { name: 'audit', laCode };
    if (area === 'scorecard') return { name: 'scorecard', laCode };
    if (area === 'reform-plan') return { name: 'reform-plan', laCode };
    if (area === 'stability-grant') return { name: 'stability-grant', laCode };
    if (area === 'alerts') return { name: 'council-alerts', laCode };
    if (area === 'capital') return { name: 'capital', laCode };
    return { name: 'not-found' };
  }
  if (area === 'capital') return capitalRoute(laCode, id, action);
  if (area === 'returns' && PERIOD.test(id)) {
    const period = id;
    if (action === undefined) return { name: 'return', laCode, period };
    if (action === 'check') return { name: 'return-check', laCode, period };
    if (action === 'submitted') return { name: 'return-submitted', laCode, period };
    if (action === 'review') return { name: 'return-review', laCode, period };
    if ((RETURN_SECTIONS as readonly string[]).includes(action)) {
      return { name: 'return-section', laCode, period, section: action as ReturnSection };
    }
    return { name: 'not-found' };
  }
  if (area === 'scorecard') {
    if (id === 'measures' && action === undefined) return { name: 'scorecard-measures', laCode };
    if (id === 'months' && action && MONTH.test(action))
      return { name: 'scorecard-month', laCode, month: action };
    return { name: 'not-found' };
  }
  if (area === 'reform-plan' && action === undefined) {
    if (id === 'check') return { name: 'reform-check', laCode };
    if (id === 'review') return { name: 'reform-review', laCode };
    if (ID.test(id)) return { name: 'reform-section', laCode, sectionId: id };
  }
  if (area === 'agreement' && action === undefined) {
    if (id === 'edit') return { name: 'agreement-edit', laCode };
    if (id === 'versions') return { name: 'agreement-versions', laCode };
    return { name: 'not-found' };
  }
  if (!ID.test(id)) return { name: 'not-found' };
  if (area === 'conditions' && action === 'assess') {
    return { name: 'condition-assess', laCode, conditionId: id };
  }
  if (area === 'payments' && action === 'decide') {
    return { name: 'payment-decide', laCode, trancheId: id };
  }
  if (area === 'alerts' && action === 'acknowledge') {
    return { name: 'alert-acknowledge', laCode, alertId: id };
  }
  return { name: 'not-found' };
}

const BID_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A council's capital pages: `new`, a bid, and what can be done to it. */
function capitalRoute(laCode: string, id: string, action: string | undefined): Route {
  if (id === 'new') return action === undefined ? { name: 'capital-bid-new', laCode } : NOT_FOUND;
  if (!BID_ID.test(id)) return NOT_FOUND;
  const bidId = id;
  if (action === undefined) return { name: 'capital-bid', laCode, bidId };
  if (action === 'edit') return { name: 'capital-bid-edit', laCode, bidId };
  if (action === 'decide') return { name: 'capital-bid-decide', laCode, bidId };
  if (action === 'progress') return { name: 'scheme-progress', laCode, bidId };
  return NOT_FOUND;
}

const NOT_FOUND: Route = { name: 'not-found' };

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
