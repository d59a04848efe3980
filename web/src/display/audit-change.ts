import { formatPounds, isRole, isPeriod } from '../../../shared/domain';
import { ALERT_RULE_NAMES, ROLE_NAMES, periodName } from './labels';
import { NUMBER_FIELDS } from '../returns/fields';
import { SECTION_NAMES } from '../returns/section-status';
import { formatDate, formatDateTime } from '../format';

/** One line of a change: a field in words, and its value before and after, as the app shows them. */
export interface AuditChangeRow {
  label: string;
  before?: string;
  after?: string;
}

interface Person {
  sub: string;
  role: string;
  name?: string;
}

/** Who made a change, by name; a change recorded without one says the role it was made in. */
export function auditWho(actor: Person): { name: string; role?: string } {
  if (actor.role === 'system') return { name: 'The service' };
  const role = isRole(actor.role) ? ROLE_NAMES[actor.role] : actor.role;
  return actor.name ? { name: actor.name, role } : { name: `${role} (name not recorded)` };
}

/** Bookkeeping every item carries: not what anyone changed. */
const NOISE = new Set(['version', 'id', 'laCode', 'createdAt', 'updatedAt', 'templateVersion']);

const LABELS: Record<string, string> = {
  changed: 'Answers changed',
  signOff: 'Signed off by',
  review: 'DfE review',
  reviewedBy: 'Reviewed by',
  reviewedAt: 'Reviewed',
  assessedBy: 'Assessed by',
  assessedAt: 'Assessed',
  dfeContributionTotal: 'DfE contribution',
  councilContributionTotal: 'Council contribution',
  rule: 'Alert',
  subject: 'About',
  conditionId: 'Condition',
  backPaid: 'Back-paid',
  overriddenConditionIds: 'Conditions overridden',
  statisticalNeighbours: 'Statistical neighbours',
  useSource: 'Source that counts',
  eligibleDeficit: 'Eligible deficit',
  highNeedsDeficit: 'High needs deficit',
  otherBlocksDeficit: 'Other blocks’ deficit',
  financialYear: 'Financial year',
  acknowledgeNote: 'Note',
};

/** Answers of a return by their path: `finance.highNeedsIncome` → "High needs block income". */
const ANSWER_LABELS: Record<string, string> = Object.fromEntries(
  [
    ...Object.entries(NUMBER_FIELDS).flatMap(([section, fields]) =>
      fields.map((f): [string, string] => [`${section}.${f.key}`, f.label]),
    ),
    ...Object.entries(SECTION_NAMES),
  ].map(([path, label]): [string, string] => [path, label]),
);

const MONEY =
  /(total|deficit|balance|amount|requested|awarded|grant|contribution|savings|cost|income|expenditure|transfer)$/i;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function words(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function labelOf(key: string): string {
  return LABELS[key] ?? words(key);
}

function isPerson(value: object): value is Person {
  return 'sub' in value && 'role' in value;
}

/** A value as the app shows it: money in pounds, dates and periods in words, lists joined. */
export function auditValueText(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (key === 'changed' && Array.isArray(value)) {
    return value.map((path) => ANSWER_LABELS[String(path)] ?? words(String(path))).join(', ');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    return MONEY.test(key) && Number.isInteger(value)
      ? formatPounds(value)
      : value.toLocaleString('en-GB');
  }
  if (typeof value === 'string') {
    if (key === 'rule' && value in ALERT_RULE_NAMES) {
      return ALERT_RULE_NAMES[value as keyof typeof ALERT_RULE_NAMES];
    }
    if (TIME.test(value)) return formatDateTime(value);
    if (DATE.test(value)) return formatDate(value);
    if (isPeriod(value)) return periodName(value);
    if (key === 'status' || key === 'severity' || key === 'decision' || key === 'rag') {
      return words(value);
    }
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'None';
    return value
      .map((item) => auditValueText(key, item) ?? '')
      .join(value.some((v) => typeof v === 'object') ? ' / ' : ', ');
  }
  if (typeof value === 'object') {
    if (isPerson(value)) return auditWho(value).name;
    return Object.entries(value)
      .filter(([k, v]) => !NOISE.has(k) && v !== undefined)
      .map(([k, v]) => `${labelOf(k)}: ${auditValueText(k, v) ?? ''}`)
      .join('; ');
  }
  return typeof value === 'bigint' ? value.toString() : undefined;
}

/**
 * What a change did, field by field in words: for an update, each field whose value differs;
 * for a creation (nothing before) or a removal, every field there was.
 */
export function auditChangeRows(before: unknown, after: unknown): AuditChangeRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !NOISE.has(k));
  return keys.flatMap((key): AuditChangeRow[] => {
    const was = auditValueText(key, b[key]);
    const now = auditValueText(key, a[key]);
    if (was === now) return [];
    return [
      {
        label: labelOf(key),
        ...(was !== undefined ? { before: was } : {}),
        ...(now !== undefined ? { after: now } : {}),
      },
    ];
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return value === undefined || value === null ? {} : { value };
}
