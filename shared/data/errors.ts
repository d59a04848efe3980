/** A conditional write failed: the item exists already, or its version moved on. */
export class ConditionFailedError extends Error {
  constructor(
    message: string,
    /** Index of the failed item within the transaction, when known. */
    readonly index?: number,
  ) {
    super(message);
    this.name = 'ConditionFailedError';
  }
}

/** A cursor that was tampered with, belongs to another council or another listing. */
export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not valid for this listing.');
    this.name = 'InvalidCursorError';
  }
}
