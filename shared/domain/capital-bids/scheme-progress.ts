import type { FieldError } from '../field-error';
import type { SchemeProgress, SchemeStatus } from './types';

/**
 * Where a scheme may go from where it stands: forward from planned through in progress to
 * open, or cancelled before it opens; a cancelled scheme may be planned again. An open
 * scheme stays open (recording it again corrects its places or date).
 */
const NEXT: Record<SchemeStatus, readonly SchemeStatus[]> = {
  planned: ['planned', 'in-progress', 'open', 'cancelled'],
  'in-progress': ['in-progress', 'open', 'cancelled'],
  open: ['open'],
  cancelled: ['cancelled', 'planned'],
};

export function canMoveScheme(from: SchemeStatus, to: SchemeStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * The rules of a progress record: places delivered and the opening date belong to an
 * open scheme, which needs its opening date (not after today); places are not negative.
 */
export function checkProgress(progress: SchemeProgress, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const open = progress.status === 'open';
  if (progress.placesDelivered !== undefined) {
    if (progress.placesDelivered < 0) {
      errors.push({ path: 'placesDelivered', message: 'must not be negative' });
    } else if (!open) {
      errors.push({ path: 'placesDelivered', message: 'is recorded only once the scheme is open' });
    }
  }
  if (open && progress.openedOn === undefined) {
    errors.push({ path: 'openedOn', message: 'is required when the scheme is open' });
  }
  if (!open && progress.openedOn !== undefined) {
    errors.push({ path: 'openedOn', message: 'is recorded only once the scheme is open' });
  }
  if (progress.openedOn !== undefined && progress.openedOn > today) {
    errors.push({ path: 'openedOn', message: `must not be after today (${today})` });
  }
  return errors;
}
