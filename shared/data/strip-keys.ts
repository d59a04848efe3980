/** Attributes that only serve the table (keys, index keys, the item type), never the API. */
const STORAGE_ATTRIBUTES = [
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'type',
  'expiresAt',
  // The agreement index item's flat copies for the overview (agreement-index-attributes.ts).
  'plannedDeficitByYear',
  'trancheSchedule',
];

export function stripKeys<T>(item: Record<string, unknown>): T {
  const copy: Record<string, unknown> = { ...item };
  for (const key of STORAGE_ATTRIBUTES) delete copy[key];
  return copy as T;
}
