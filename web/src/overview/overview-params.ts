import { isPeriod } from '../../../shared/domain';
import type { OverviewQuery, OverviewSort } from '../api/overview';

const SORTS: readonly string[] = ['variance', 'variancePct', 'name', 'late'];
const PROGRAMMES: readonly string[] = ['safety-valve', 'dbv'];
const RETURN_STATUSES: readonly string[] = [
  'missing',
  'draft',
  'submitted',
  'accepted',
  'returned',
];
const SEVERITIES: readonly string[] = ['amber', 'red'];

/** The overview's query from its address; unknown values are dropped, not sent. */
export function readOverviewQuery(search: string): OverviewQuery {
  const params = new URLSearchParams(search);
  const pick = (key: string, allowed: readonly string[]) => {
    const value = params.get(key);
    return value && allowed.includes(value) ? value : undefined;
  };
  const period = params.get('period');
  const sort = pick('sort', SORTS);
  const programme = pick('programme', PROGRAMMES);
  const returnStatus = pick('returnStatus', RETURN_STATUSES);
  const severity = pick('severity', SEVERITIES);
  return {
    ...(period && isPeriod(period) ? { period } : {}),
    ...(sort ? { sort: sort as OverviewSort } : {}),
    ...(programme ? { programme: programme as OverviewQuery['programme'] } : {}),
    ...(returnStatus ? { returnStatus: returnStatus as OverviewQuery['returnStatus'] } : {}),
    ...(severity ? { severity: severity as OverviewQuery['severity'] } : {}),
  };
}
