/**
 * Errors the mock database throws. The HTTP layer maps each to the contract's status code;
 * messages name the resource and field, never a record's values (they may be patient data).
 */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(readonly resource: string, readonly id: number) {
    super(`No ${resource} with id ${id}`);
  }
}

/** A write names a record that does not exist, e.g. an opportunity's unknown `contact_id`. */
export class UnknownReferenceError extends Error {
  override name = 'UnknownReferenceError';
  constructor(readonly field: string, readonly resource: string) {
    super(`The ${resource} referenced by ${field} does not exist`);
  }
}

/** The write conflicts with the record's current state, e.g. converting a converted lead. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
