/**
 * Every key of the single table is built here and nowhere else. Items that belong
 * to a council all live under its partition, so a key can never cross tenants.
 */
export const councilPk = (laCode: string) => `COUNCIL#${laCode}`;

/** The partition of DfE's published figures, which belong to no council (comparators). */
export const PUBLISHED_PK = 'PUBLISHED';
/**
 * DfE's own partition, for what DfE publishes to every council (the reform plan
 * template). Never a council's: LA codes are three digits.
 */
export const DFE_PARTITION = 'DFE';

export const keys = {
  council: (laCode: string) => ({ pk: councilPk(laCode), sk: 'COUNCIL' }),
  audit: (laCode: string, at: string, id: string) => ({
    pk: councilPk(laCode),
    sk: `AUDIT#${at}#${id}`,
  }),
  auditPrefix: 'AUDIT#',
  /** The agreement as it stands now (the newest version). */
  agreement: (laCode: string) => ({ pk: councilPk(laCode), sk: 'AGREEMENT' }),
  /** Every version ever made, kept for `/agreement/versions`. */
  agreementVersion: (laCode: string, version: number) => ({
    pk: councilPk(laCode),
    sk: `AGREEMENT#V#${String(version).padStart(6, '0')}`,
  }),
  agreementVersionPrefix: 'AGREEMENT#V#',
  /**
   * What the DfE overview reads of the current agreement (its terms, planned deficit by
   * year, tranche terms), written in every agreement write's transaction: the overview's
   * collection holds these small items, not the agreements with every year and condition.
   */
  agreementSummary: (laCode: string) => ({ pk: councilPk(laCode), sk: 'AGREEMENTSUMMARY' }),
  /** A tranche's payment state and decisions (its terms live in the agreement). */
  tranche: (laCode: string, trancheId: string) => ({
    pk: councilPk(laCode),
    sk: `TRANCHE#${trancheId}`,
  }),
  tranchePrefix: 'TRANCHE#',
  /** One decision on a tranche; each is its own item, so a tranche's history has no size limit. */
  trancheDecision: (laCode: string, trancheId: string, version: number) => ({
    pk: councilPk(laCode),
    sk: `DECISION#${trancheId}#${String(version).padStart(6, '0')}`,
  }),
  trancheDecisionPrefix: 'DECISION#',
  /** A DfE assessment of a condition for a period; every assessment is kept. */
  assessment: (laCode: string, conditionId: string, period: string, at: string) => ({
    pk: councilPk(laCode),
    sk: `ASSESSMENT#${conditionId}#${period}#${at}`,
  }),
  assessmentPrefix: 'ASSESSMENT#',
  /** A period's return as it stands now. */
  return: (laCode: string, period: string) => ({ pk: councilPk(laCode), sk: `RETURN#${period}` }),
  returnPrefix: 'RETURN#',
  /**
   * A return's state for the overview (status, submission, forecast), written with every
   * change of the return: the period's collection reads these small items, never the
   * returns' whole content.
   */
  returnState: (laCode: string, period: string) => ({
    pk: councilPk(laCode),
    sk: `RETURNSTATE#${period}`,
  }),
  returnStatePrefix: 'RETURNSTATE#',
  /**
   * Written with the council: every return the council has has its state item (a council
   * created earlier may have returns from before state items). First of the state items,
   * so the listing that reads them reads it too.
   */
  returnStatesKept: (laCode: string) => ({ pk: councilPk(laCode), sk: 'RETURNSTATE#' }),
  /**
   * Every submitted return's figures (finance, demand, placements), one attribute per
   * period, in one small item per council: a comparison reads one item per council,
   * however many periods it spans. Written with every change of a submitted return.
   */
  returnFigures: (laCode: string) => ({ pk: councilPk(laCode), sk: 'RETURNFIGURES' }),
  /** One saved version or status change of a return; never changed once written. */
  returnHistory: (laCode: string, period: string, version: number) => ({
    pk: councilPk(laCode),
    sk: `RETURNHIST#${period}#${String(version).padStart(6, '0')}`,
  }),
  returnHistoryPrefix: (period: string) => `RETURNHIST#${period}#`,
  /** The council's latest submitted return of any period: its latest known position. */
  latestReturn: (laCode: string) => ({ pk: councilPk(laCode), sk: 'LATEST#RETURN' }),
  alert: (laCode: string, id: string) => ({ pk: councilPk(laCode), sk: `ALERT#${id}` }),
  alertPrefix: 'ALERT#',
  /**
   * Points at the one alert that may be open for a council, rule, subject and financial
   * year; writing it on condition that it is absent is what keeps a second one out.
   */
  alertSlot: (
    laCode: string,
    rule: string,
    subject: string | undefined,
    financialYear: string,
  ) => ({
    pk: councilPk(laCode),
    sk: `ALERTSLOT#${rule}#${subject ?? '-'}#${financialYear}`,
  }),
  /** The council's chosen scorecard measures and their targets, as they stand now. */
  scorecard: (laCode: string) => ({ pk: councilPk(laCode), sk: 'SCORECARD' }),
  /** One month's scorecard figures. */
  scorecardMonth: (laCode: string, month: string) => ({
    pk: councilPk(laCode),
    sk: `SCMONTH#${month}`,
  }),
  scorecardMonthPrefix: 'SCMONTH#',
  /**
   * A published comparator (national, regional, statistical neighbours) for a measure and
   * month. These belong to no council: they are DfE's published figures, kept in the one
   * partition of published data that every council's scorecard reads.
   */
  comparator: (measureKey: string, month: string) => ({
    pk: PUBLISHED_PK,
    sk: `COMPARATOR#${measureKey}#${month}`,
  }),
  comparatorPrefix: (measureKey?: string) =>
    measureKey === undefined ? 'COMPARATOR#' : `COMPARATOR#${measureKey}#`,
  /** The audit trail of published data (who entered which comparator). */
  publishedAudit: (at: string, id: string) => ({ pk: PUBLISHED_PK, sk: `AUDIT#${at}#${id}` }),
  /** A capital bid with its schemes, their delivery and DfE's decision. */
  capitalBid: (laCode: string, bidId: string) => ({
    pk: councilPk(laCode),
    sk: `CAPITALBID#${bidId}`,
  }),
  capitalBidPrefix: 'CAPITALBID#',
  /** The reform plan template every council writes to; DfE administrators keep it. */
  reformPlanTemplate: () => ({ pk: councilPk(DFE_PARTITION), sk: 'REFORMPLANTEMPLATE' }),
  reformPlanTemplateVersion: (version: number) => ({
    pk: councilPk(DFE_PARTITION),
    sk: `REFORMPLANTEMPLATE#V#${String(version).padStart(6, '0')}`,
  }),
  /** The council's local SEND reform plan as it stands now. */
  reformPlan: (laCode: string) => ({ pk: councilPk(laCode), sk: 'REFORMPLAN' }),
  /** One saved version or status change of the plan; never changed once written. */
  reformPlanHistory: (laCode: string, version: number) => ({
    pk: councilPk(laCode),
    sk: `REFORMPLANHIST#${String(version).padStart(6, '0')}`,
  }),
  reformPlanHistoryPrefix: 'REFORMPLANHIST#',
  /** The council's High Needs Stability Grant: its deficit figures and payment state. */
  stabilityGrant: (laCode: string) => ({ pk: councilPk(laCode), sk: 'STABILITYGRANT' }),
  /** One DfE decision on the grant (a determination or the release). */
  stabilityGrantDecision: (laCode: string, version: number) => ({
    pk: councilPk(laCode),
    sk: `STABILITYGRANTDECISION#${String(version).padStart(6, '0')}`,
  }),
  stabilityGrantDecisionPrefix: 'STABILITYGRANTDECISION#',
  /**
   * A person's choice of notifications, in their own council's partition (DfE users in
   * DfE's), so it is found from the verified token alone and listed per council.
   */
  notificationSettings: (partition: string, sub: string) => ({
    pk: councilPk(partition),
    sk: `NOTIFYSETTINGS#${sub}`,
  }),
  notificationSettingsPrefix: 'NOTIFYSETTINGS#',
  /**
   * That one person was sent (or is being sent) the message for an event and subject;
   * written on condition that it is absent, so each is sent at most once. Kept in the
   * partition of the council the event is about.
   */
  notificationDelivery: (
    laCode: string,
    event: string,
    subject: string,
    audience: string,
    sub: string,
  ) => ({
    pk: councilPk(laCode),
    sk: `NOTIFIED#${event}#${subject}#${audience}#${sub}`,
  }),
  /** A message the local runner kept instead of sending (its outbox). */
  outboxMessage: (laCode: string, at: string, id: string) => ({
    pk: councilPk(laCode),
    sk: `OUTBOX#${at}#${id}`,
  }),
  outboxPrefix: 'OUTBOX#',
  idempotency: (laCode: string, scope: string, key: string) => ({
    pk: councilPk(laCode),
    sk: `IDEMPOTENCY#${scope}#${key}`,
  }),
} as const;

/** Cross-council collections on the `gsi1` index. */
export const collections = {
  councils: 'COUNCILS',
  /** The current version of every council's agreement. */
  agreements: 'AGREEMENTS',
  /** Every council's agreement summary (`keys.agreementSummary`), for the overview. */
  agreementSummaries: 'AGREEMENT_SUMMARIES',
  /** Every council's return state for one period (`keys.returnState`). */
  returnsOf: (period: string) => `RETURNS#${period}`,
  /** Every council's latest submitted return (its period and forecast only). */
  latestReturns: 'LATEST_RETURNS',
  /** Every council's tranche decisions (payment states). */
  tranches: 'TRANCHES',
  /** Every council's scorecard (its measures and targets). */
  scorecards: 'SCORECARDS',
  /** Every council's monthly scorecard figures, sorted by month then council. */
  scorecardMonths: 'SCORECARD-MONTHS',
  /**
   * Every council's capital bids, sorted by status then council (`capitalBidSort`), so one
   * query reads the bids of one status, or all of them.
   */
  capitalBids: 'CAPITALBIDS',
  /**
   * What follows Safety Valve, for every council: its reform plan as it stands and its
   * stability grant's figures and payment state, one index query for both.
   */
  reform: 'REFORM',
  /** The local runner's outbox: every message kept, sorted by time. */
  outbox: 'OUTBOX',
  /** Every alert of every council, on the `gsi2` index, sorted by status then last change. */
  alerts: 'ALERTS',
} as const;

/** Where a bid sorts in its collection: by status, then council, then bid. */
export const capitalBidSort = (status: string, laCode: string, bidId: string) =>
  `${status}#${laCode}#${bidId}`;
