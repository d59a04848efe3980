import { isDeepStrictEqual } from 'node:util';
import type { ReturnDraft } from '../../schemas/return-content';

/**
 * What a save changed, as field paths (`finance.forecastCumulativeDeficit`, `conditions`):
 * the audit trail names the change and the return's history keeps the full content.
 */
export function changedFields(before: ReturnDraft | undefined, after: ReturnDraft): string[] {
  const changed: string[] = [];
  const sections = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]) as Set<
    keyof ReturnDraft
  >;
  for (const section of sections) {
    const a = before?.[section];
    const b = after[section];
    if (isDeepStrictEqual(a, b)) continue;
    if (isPlainObject(a) || isPlainObject(b)) {
      const x = (a ?? {}) as Record<string, unknown>;
      const y = (b ?? {}) as Record<string, unknown>;
      for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (!isDeepStrictEqual(x[field], y[field])) changed.push(`${section}.${field}`);
      }
    } else {
      changed.push(section);
    }
  }
  return changed.sort();
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
