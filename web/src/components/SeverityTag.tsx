import type { AlertSeverity } from '../../../shared/schemas/alert';
import { Tag } from './Tag';
import { SEVERITY_COLOURS } from './tag-colours';

/** An alert's severity: red, or amber. */
export function SeverityTag({ severity }: { severity: AlertSeverity }) {
  return <Tag colour={SEVERITY_COLOURS[severity]}>{severity === 'red' ? 'Red' : 'Amber'}</Tag>;
}
