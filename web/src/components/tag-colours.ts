import type { TrancheStatus } from '../../../shared/schemas/agreement';
import type { AlertSeverity, AlertStatus } from '../../../shared/schemas/alert';
import type { ConditionStatus, Rag, ReturnStatus } from '../../../shared/schemas/return-content';

/** GOV.UK Frontend's tag colours; none is the default dark blue. */
export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'teal'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** The colours follow the Design System's advice: the same colour means the same thing. */
export const RETURN_STATUS_COLOURS: Record<
  ReturnStatus | 'not-started' | 'missing',
  TagColour | undefined
> = {
  'not-started': 'grey',
  missing: 'grey',
  draft: 'yellow',
  submitted: undefined,
  accepted: 'green',
  returned: 'orange',
};

export const CONDITION_STATUS_COLOURS: Record<ConditionStatus, TagColour> = {
  met: 'green',
  'on-track': 'turquoise',
  'at-risk': 'orange',
  'not-met': 'red',
};

export const RAG_COLOURS: Record<Rag, TagColour> = { green: 'green', amber: 'orange', red: 'red' };

export const TRANCHE_STATUS_COLOURS: Record<TrancheStatus, TagColour | undefined> = {
  scheduled: 'grey',
  released: 'green',
  withheld: 'orange',
  suspended: 'red',
};

export const SEVERITY_COLOURS: Record<AlertSeverity, TagColour> = { amber: 'orange', red: 'red' };

export const ALERT_STATUS_COLOURS: Record<AlertStatus, TagColour | undefined> = {
  open: undefined,
  acknowledged: 'grey',
  resolved: 'green',
};
