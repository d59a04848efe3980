import type { Role } from '../../domain';

/** Who saved it: a person, never the system. */
type Editor = { sub: string; role: Role };

/** A measure's published comparators for a month, as DfE entered them. */
export interface ComparatorRecord {
  key: string;
  month: string;
  national?: number;
  regions?: Record<string, number>;
  statisticalNeighbours?: Record<string, number>;
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: Editor;
}
