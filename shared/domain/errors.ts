import type { FieldError } from './field-error';

/**
 * What a use case refuses, in the product's terms. Use cases throw these (or return a
 * typed result); each host maps them to its own answer: the API to problem+json statuses,
 * the demo seed to a failed start-up. None of them knows about HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export type DomainErrorKind =
  'not-found' | 'invalid' | 'conflict' | 'stale-version' | 'version-required' | 'not-allowed';

/** The thing asked for does not exist (or belongs to another council). */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

/** Well-formed but breaks a rule; `errors` names each field. */
export class InvalidError extends DomainError {
  readonly kind = 'invalid';
}

/** The resource's state does not allow this now (submitted, decided, paid…). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** The change was based on a version that is no longer the current one. */
export class StaleVersionError extends DomainError {
  readonly kind = 'stale-version';
}

/** A change to an existing versioned resource must name the version it was based on. */
export class VersionRequiredError extends DomainError {
  readonly kind = 'version-required';
}

/** The caller's role does not allow this. */
export class NotAllowedError extends DomainError {
  readonly kind = 'not-allowed';
}
