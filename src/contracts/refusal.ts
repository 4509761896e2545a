// How every dialog's server call says no: one Refusal shape for the three pages. A whole-form
// refusal (not a manager, the lock is busy, the Doc could not be made) is a message with no field
// errors; a validation refusal is field errors, each shown next to its field, with message ''.
// Shared by src/app (which answers with it) and src/ui (which shows it with clientCommon's showRefusal).

/** One problem, worded in Vietnamese, shown next to its form field. */
export interface FieldError<F extends string = string> {
  field: F;
  message: string;
}

export interface Refusal<F extends string = string> {
  ok: false;
  /** '' when the field errors say it all. */
  message: string;
  /** [] when the whole form is refused. */
  errors: FieldError<F>[];
}

/** A whole-form refusal. */
export function refuse(message: string): Refusal<never> {
  return { ok: false, message, errors: [] };
}

/** A refusal by field. */
export function refuseFields<F extends string>(errors: FieldError<F>[]): Refusal<F> {
  return { ok: false, message: '', errors };
}
