/** Audit actions in words: `return.submitted` → "Return submitted". */
const ACTIONS: Record<string, string> = {
  'council.created': 'Council set up',
  'agreement.created': 'Agreement recorded',
  'agreement.varied': 'Agreement varied',
  'return.created': 'Return started',
  'return.saved': 'Return saved',
  'return.submitted': 'Return submitted',
  'return.accepted': 'Return accepted',
  'return.returned': 'Return sent back',
  'condition.assessed': 'Condition assessed',
  'tranche.release': 'Payment released',
  'tranche.withhold': 'Payment withheld',
  'tranche.suspend': 'Payment suspended',
  'alert.raised': 'Alert raised',
  'alert.escalated': 'Alert escalated to red',
  'alert.reopened': 'Alert reopened (escalated to red)',
  'alert.updated': 'Alert figures updated',
  'alert.acknowledged': 'Alert acknowledged',
  'alert.resolved': 'Alert resolved',
};

export function auditActionName(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const words = action.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A before or after value as readable JSON, or nothing for an empty one. */
export function auditValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.stringify(value, null, 2);
}
