import type { ZodError } from 'zod';
import type { FieldError } from '../../shared/domain/field-error';
import { ApiError } from './problem';

/** Each zod issue as `{path, message}`, with the path written as people read it (`trajectory[2].financialYear`). */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => {
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
      return {
        path: keys.map((k) => (path ? `${path}.${k}` : k)).join(', '),
        message: 'is not a known field',
      };
    }
    return { path: path || '(body)', message: issue.message };
  });
}

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
