import { describePeriod, type FieldError } from '../../../shared/domain';
import { fieldMessage } from '../returns/messages';
import { controlFor, TRAJECTORY_LINES, type SentRows } from './agreement-form';

const FIELDS: Record<string, string> = {
  programme: 'The programme',
  status: 'The status',
  signedOn: 'The date signed',
  firstYear: 'The first year',
  lastYear: 'The last year',
  cadence: 'How often returns are due',
  returnDueDays: 'Days to submit a return',
  dfeContributionTotal: 'The DfE contribution',
  councilContributionTotal: 'The council contribution',
  reason: 'The reason',
  tranches: 'The tranches',
  conditions: 'The conditions',
  mitigations: 'The mitigations',
  trajectory: 'The trajectory',
  'baseline.asAt': 'The baseline date',
  'baseline.source': 'The baseline’s source',
  'baseline.ehcpsTotal': 'EHCPs at the baseline',
  'baseline.placements': 'The baseline’s placements',
  'tolerances.cumulativeDeficitPct': 'The cumulative deficit tolerance',
  'tolerances.cumulativeDeficitAbs': 'The cumulative deficit tolerance in pounds',
  'tolerances.ehcpGrowthPct': 'The EHCP growth tolerance',
};

const LIST_FIELDS: Record<string, Record<string, string>> = {
  conditions: {
    id: 'id',
    title: 'title',
    description: 'description',
    measure: 'measure',
  },
  tranches: {
    id: 'id',
    financialYear: 'financial year',
    amount: 'amount',
    dueOn: 'due date',
    conditionIds: 'conditions',
  },
  mitigations: { id: 'id', title: 'title', workstream: 'workstream', plannedSavings: 'savings' },
};

const SINGULAR = { conditions: 'Condition', tranches: 'Tranche', mitigations: 'Mitigation' };

/** How the form names the field at an API path: `tranches[1].amount` → `Tranche 2 amount`. */
export function agreementFieldLabel(path: string, sent: SentRows): string {
  const traj = /^trajectory\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (traj) {
    const year = sent.trajectory[Number(traj[1])] ?? '';
    const line = TRAJECTORY_LINES.find((l) => l.key === traj[2]);
    return line ? `${line.label}, ${year},` : `The trajectory for ${year}`;
  }
  const list = /^(conditions|tranches|mitigations)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (list) {
    const grid = list[1] as keyof typeof SINGULAR;
    const row = (sent[grid][Number(list[2])] ?? Number(list[2])) + 1;
    const field = LIST_FIELDS[grid]?.[list[3] ?? 'id'] ?? list[3] ?? '';
    return `${SINGULAR[grid]} ${row} ${field}`.trim();
  }
  const baseline = /^baseline\.(placements|expenditure)\.(\w+)/.exec(path);
  if (baseline)
    return `Baseline ${baseline[1] === 'placements' ? 'placements' : 'spend'}, ${baseline[2]},`;
  return FIELDS[path] ?? path;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The API's refusal as the form shows it: each problem worded with its field's label,
 * and a submitted return the variation would strand named by its period in words.
 */
export function agreementProblems(errors: FieldError[] | undefined, sent: SentRows): FieldError[] {
  return (errors ?? []).map((e) => {
    const period = /^returns\.(.+)$/.exec(e.path)?.[1];
    if (period) {
      const words = e.message.replace(period, `${describePeriod(period)} (${period})`);
      return { path: e.path, message: upperFirst(words) };
    }
    if (e.path === 'tranches' || /^tranches\.[^[]/.test(e.path))
      return { path: e.path, message: upperFirst(e.message) };
    return { path: e.path, message: fieldMessage(agreementFieldLabel(e.path, sent), e.message) };
  });
}

/** The control a problem is about; a stranded return is about the term. */
export function agreementControl(path: string, sent: SentRows): string {
  if (path.startsWith('returns.')) return 'lastYear';
  if (/^tranches\.[^[]/.test(path)) return 'tranches-0-0';
  return controlFor(path, sent);
}
