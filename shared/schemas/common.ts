import * as z from 'zod';

export const LaCode = z
  .string()
  .regex(/^\d{3}$/, 'must be a three-digit DfE LA code')
  .meta({ description: 'DfE three-digit local authority code', example: '351' });

/**
 * An id a client chooses (a condition, tranche, mitigation, local measure, plan section):
 * 1–64 letters of either case, digits, `-` and `_`, starting with a letter or digit.
 * Case-sensitive: `T2024` and `t2024` are two ids. None can hold `#`, the key separator.
 */
export const ClientId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    'must be 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit',
  )
  .meta({
    description: 'An id chosen by the client (case-sensitive)',
    example: 'inmss-placements',
  });

export const Pounds = z
  .number()
  .int('must be whole pounds')
  .meta({ description: 'Whole pounds', example: 20067000 });

export const Count = z.number().int('must be a whole number').min(0, 'must not be negative');

export const Percentage = z.number().min(0, 'must be 0 or more').max(100, 'must be 100 or less');

export const IsoDate = z.iso.date('must be a date written YYYY-MM-DD');

export const Timestamp = z.iso.datetime().meta({ description: 'ISO 8601 UTC time' });

export const ProblemField = z.object({
  path: z.string(),
  message: z.string(),
  cell: z.string().optional().meta({
    description: 'For an uploaded workbook, the cell the value came from',
    example: 'Finance!C7',
  }),
});

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(ProblemField).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).optional(),
  cursor: z.string().max(2048).optional(),
});

/** A page of a list: the items and an opaque cursor for the next page, or null at the end. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}
