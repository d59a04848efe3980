import type { ZodError } from 'zod';
import type { FieldError } from '../../shared/domain';
import { ApiError } from './problem';

/** Each zod issue as `{path, message}`, with the path written as people read it (`trajectory[2].financialYear`). */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (acc, part) =>
          typeof part === 'number'
            ? `${acc}[${part}]`
            : acc
              ? `${acc}.${String(part)}`
              : String(part),
        '',
      );
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
      if (keys) {
        // Named up to a few, each cut short: a body of a thousand unknown keys (or one a
        // megabyte long) is not echoed back whole.
        const named = keys
          .slice(0, MAX_UNKNOWN_KEYS_NAMED)
          .map((k) => (k.length > MAX_KEY_CHARS ? `${k.slice(0, MAX_KEY_CHARS)}…` : k))
          .map((k) => (path ? `${path}.${k}` : k));
        const more = keys.length - named.length;
        return {
          path: named.join(', ') + (more > 0 ? ` and ${more} more` : ''),
          message: keys.length === 1 ? 'is not a known field' : 'are not known fields',
        };
      }
      return { path: path || '(body)', message: issue.message };
    })
    .slice(0, MAX_FIELD_ERRORS);
}

/** How many unknown keys one error names, and how much of each. */
export const MAX_UNKNOWN_KEYS_NAMED = 10;
const MAX_KEY_CHARS = 64;
/** Enough for every field of the largest form; a body wrong everywhere gets the first ones. */
export const MAX_FIELD_ERRORS = 100;

/**
 * How a failed validation is answered: a body that is well-formed JSON but invalid is
 * 422; a bad query or header is 400; a path that cannot name a resource is 404.
 */
export function validationError(target: string, error: ZodError): ApiError {
  const errors = fieldErrors(error);
  switch (target) {
    case 'json':
      return new ApiError(422, 'The request body is not valid.', errors);
    case 'param':
      return new ApiError(404, 'Nothing exists at this address.');
    default:
      return new ApiError(400, `The request ${target} is not valid.`, errors);
  }
}
