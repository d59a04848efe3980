import type { ReturnSection } from './match-route';

/** Addresses of the app's screens, built in one place so links and routes agree. */
const enc = encodeURIComponent;

export const paths = {
  home: () => '/',
  council: (laCode: string) => `/councils/${enc(laCode)}`,
  returnPage: (laCode: string, period: string) => `/councils/${enc(laCode)}/returns/${enc(period)}`,
  /** `fromCheck`: a "Change" link on check your answers, which saving goes back to. */
  returnSection: (
    laCode: string,
    period: string,
    section: ReturnSection,
    field?: string,
    fromCheck = false,
  ) =>
    `/councils/${enc(laCode)}/returns/${enc(period)}/${section}${fromCheck ? '?from=check' : ''}${field ? `#${field}` : ''}`,
  returnCheck: (laCode: string, period: string) =>
    `/councils/${enc(laCode)}/returns/${enc(period)}/check`,
  returnSubmitted: (laCode: string, period: string) =>
    `/councils/${enc(laCode)}/returns/${enc(period)}/submitted`,
  returnReview: (laCode: string, period: string) =>
    `/councils/${enc(laCode)}/returns/${enc(period)}/review`,
  conditions: (laCode: string) => `/councils/${enc(laCode)}/conditions`,
  assess: (laCode: string, conditionId: string, period?: string) =>
    `/councils/${enc(laCode)}/conditions/${enc(conditionId)}/assess${period ? `?${new URLSearchParams({ period })}` : ''}`,
  payments: (laCode: string) => `/councils/${enc(laCode)}/payments`,
  decide: (laCode: string, trancheId: string) =>
    `/councils/${enc(laCode)}/payments/${enc(trancheId)}/decide`,
  audit: (laCode: string) => `/councils/${enc(laCode)}/audit`,
  scorecard: (laCode: string) => `/councils/${enc(laCode)}/scorecard`,
  scorecardMonth: (laCode: string, month: string) =>
    `/councils/${enc(laCode)}/scorecard/months/${enc(month)}`,
  scorecardMeasures: (laCode: string) => `/councils/${enc(laCode)}/scorecard/measures`,
  reformPlan: (laCode: string) => `/councils/${enc(laCode)}/reform-plan`,
  reformSection: (laCode: string, sectionId: string) =>
    `/councils/${enc(laCode)}/reform-plan/${enc(sectionId)}`,
  reformCheck: (laCode: string) => `/councils/${enc(laCode)}/reform-plan/check`,
  reformReview: (laCode: string) => `/councils/${enc(laCode)}/reform-plan/review`,
  stabilityGrant: (laCode: string) => `/councils/${enc(laCode)}/stability-grant`,
  councilAlerts: (laCode: string) => `/councils/${enc(laCode)}/alerts`,
  /** `fromAll`: come back to the alerts across councils afterwards. */
  acknowledge: (laCode: string, alertId: string, fromAll = false) =>
    `/councils/${enc(laCode)}/alerts/${enc(alertId)}/acknowledge${fromAll ? '?from=alerts' : ''}`,
  capital: (laCode: string) => `/councils/${enc(laCode)}/capital`,
  capitalBid: (laCode: string, bidId: string) => `/councils/${enc(laCode)}/capital/${enc(bidId)}`,
  newCapitalBid: (laCode: string) => `/councils/${enc(laCode)}/capital/new`,
  editCapitalBid: (laCode: string, bidId: string) =>
    `/councils/${enc(laCode)}/capital/${enc(bidId)}/edit`,
  decideCapitalBid: (laCode: string, bidId: string) =>
    `/councils/${enc(laCode)}/capital/${enc(bidId)}/decide`,
  schemeProgress: (laCode: string, bidId: string, schemeId: string) =>
    `/councils/${enc(laCode)}/capital/${enc(bidId)}/progress?${new URLSearchParams({ scheme: schemeId })}`,
  capitalBids: () => '/capital-bids',
  newCouncil: () => '/councils/new',
  /** Setting up the agreement, or recording a variation of it once there is one. */
  editAgreement: (laCode: string) => `/councils/${enc(laCode)}/agreement/edit`,
  agreementVersions: (laCode: string) => `/councils/${enc(laCode)}/agreement/versions`,
  alerts: () => '/alerts',
  overview: () => '/overview',
  compare: () => '/compare',
  /** The signed-in person's own email notifications. */
  notifications: () => '/notifications',
  /** The local runner's outbox. */
  emailsSent: () => '/emails-sent',
};
