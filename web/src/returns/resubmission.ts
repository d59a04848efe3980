import type { Review, ReturnDraft } from '../../../shared/schemas/return-content';
import { returnChanges, type AnswerChange } from './return-changes';

/** The parts of a return's history a resubmission is read from. */
export interface HistoryStep {
  version: number;
  action: 'saved' | 'ready' | 'submitted' | 'returned' | 'accepted';
  at: string;
  content?: ReturnDraft | undefined;
  review?: Review | undefined;
}

/** A return submitted again after DfE sent it back. */
export interface Resubmission {
  /** When the council submitted it the time before. */
  previousSubmittedAt: string;
  /** DfE's decisions that sent it back, newest first. */
  returns: Review[];
  /** What changed since the submission before, answer by answer. */
  changes: AnswerChange[];
}

/**
 * Whether the latest submission of a return follows an earlier one (DfE sent it back),
 * and if so what DfE said and what the council changed since it last submitted.
 */
export function resubmissionOf(
  history: readonly HistoryStep[],
  names: { conditions: Map<string, string>; mitigations: Map<string, string> },
): Resubmission | undefined {
  const newestFirst = [...history].sort((a, b) => b.version - a.version);
  const submissions = newestFirst.filter((h) => h.action === 'submitted');
  const [latest, previous] = submissions;
  if (!latest || !previous) return undefined;
  return {
    previousSubmittedAt: previous.at,
    returns: newestFirst.flatMap((h) => (h.action === 'returned' && h.review ? [h.review] : [])),
    changes: returnChanges(previous.content ?? {}, latest.content ?? {}, names),
  };
}
