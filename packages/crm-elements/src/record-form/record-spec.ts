import type { CrmClient, CrmId, RequestOptions } from '@mindbrite/crm-client';
import * as z from 'zod/mini';
import type { RecordFormNouns } from '../messages/record-form.js';
import type { RecordFormNoteNouns } from '../messages/record-form-notes.js';

/** One control of a record form, in the order the form shows (and focuses) them. */
export interface FieldSpec {
  name: string;
  /**
   * An `<input>`'s type (`number` and `date` hold the number and the date as the browser reads them,
   * see `parse`), or `select` / `textarea` for those controls. A subclass may render a control of
   * its own for a field (a picker): see `RecordForm.renderControl`.
   *
   * A `datetime-local` field holds the user's wall time (`YYYY-MM-DDTHH:mm`), which the API must
   * never get: its spec shows the record's instant with `show: toLocalInput` and sends the instant
   * with `parse: fromLocalInput` (shared/follow-up-time.ts). An edit whose date the user did not
   * touch then shows the same text it was loaded with, so it is no change and is not sent.
   */
  type: 'text' | 'email' | 'tel' | 'number' | 'date' | 'datetime-local' | 'select' | 'textarea';
  /** An `<input>`'s autocomplete hint. */
  autocomplete?: string;
  /**
   * What the field is sent as, where it is not text (`Number` for a number, an id): `parse` gets
   * the trimmed, non-empty text. An empty field stays empty text, which the client's schema
   * refuses when the field is required; an unreadable number (`12,5` where the browser expects
   * `12.5`) is empty too, so a form words the checks of its number fields to cover both.
   */
  parse?: (text: string) => unknown;
  /**
   * What the record's value (`''` when absent) shows as in the control, where that is not its text
   * (an instant as the user's wall time). The spec gives it, rather than the core by `type`, so
   * forms without such a field carry none of its code.
   */
  show?: (value: unknown) => string;
  required?: boolean;
  /** Left out of a create while empty; an update that empties it sends `null`. */
  optional?: boolean;
  /** Takes a whole row of the grid on wide layouts. */
  wide?: boolean;
  /** A select's known values (a current value it does not know joins them), and the section of their labels. */
  options?: readonly string[];
  labels?: Readonly<Record<string, string>>;
  /** A select offers "Not specified" (`''`, no value); without it there is no such choice. */
  none?: boolean;
}

/** The operations of the client's resource that a record form uses. */
export interface RecordResource<Model, Input, Update> {
  get(id: CrmId, options?: RequestOptions): Promise<Model>;
  create(input: Input, options?: RequestOptions): Promise<Model>;
  update(id: CrmId, changes: Update, options?: RequestOptions): Promise<Model>;
}

/**
 * What makes a record form a lead, contact or opportunity form: its fields, the client's schemas
 * and resource, and its words. A module constant per form; the element class adds what the
 * schemas cannot say (properties, events).
 */
export interface RecordFormSpec<Model, Input, Update> {
  /** The collection the form saves to; the duplicate check leaves the record being edited out of it. */
  resource: 'leads' | 'contacts' | 'opportunities' | 'followUps';
  /** The resource of the client, for loading and saving. */
  records: (client: CrmClient) => RecordResource<Model, Input, Update>;
  fields: readonly FieldSpec[];
  /** The values of a blank form. */
  blank: Readonly<Values>;
  /** The client's own schemas, the ones the server applies: a create's input and an update's changes. */
  input: z.ZodMiniType;
  update: z.ZodMiniType;
  /**
   * The section of the words that name the form's records; its `checks`, where it has them, say what
   * a field needs in place of every message of the client's checks of it (a number, a date, a choice,
   * whose messages the translations do not know).
   */
  messages: RecordFormNouns & { checks?: Readonly<Partial<Record<string, string>>> };
  /** The section of the words of the rarely shown notes (conflict, duplicates), loaded with them. */
  notes: () => Promise<RecordFormNoteNouns>;
}

/** What the controls hold: every field as the text in its control. */
export type Values = Record<string, string>;

/** A message per field that needs attention. */
export type FieldErrors = Partial<Record<string, string>>;

/** The values of the controls showing `record` (as each field's `show` has it); absent optional fields become empty text. */
export const valuesOf = (fields: readonly FieldSpec[], record: object): Values =>
  Object.fromEntries(fields.map(({ name, show = String }) => [name, show((record as Record<string, unknown>)[name] ?? '')]));

// Text goes out trimmed, as the schemas check it: the client sends its input as given, so a
// server that does not trim would store the spaces.

/**
 * What a create sends: every field trimmed (and parsed), an empty optional one left out rather
 * than sent empty (or `null`, as an update empties it).
 */
export const toInput = (fields: readonly FieldSpec[], values: Values): Record<string, unknown> =>
  Object.fromEntries(Object.entries(toChanges(fields, values, {})).filter(([, value]) => value !== null));

/** The fields whose control differs from `initial`, in form order. */
export const changedFields = (fields: readonly FieldSpec[], values: Values, initial: Values): string[] =>
  fields.filter(({ name }) => values[name] !== initial[name]).map(({ name }) => name);

/**
 * What an update sends: only the changed fields, trimmed (and parsed), so it never overwrites what
 * it did not touch. An emptied optional field is `null`.
 */
export function toChanges(fields: readonly FieldSpec[], values: Values, initial: Values): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const { name, optional, parse } of fields) {
    const value = values[name]!.trim();
    if (values[name] !== initial[name]) changes[name] = optional && !value ? null : value && parse ? parse(value) : value;
  }
  return changes;
}

/**
 * The first message per field that `data` breaks in `schema` (the client's own, as the server
 * checks), as `say` puts it (in the form's language); issues of fields the form does not show are left out.
 * @example
 * validate(ContactInputSchema, { …, email: 'rosa@' }, fields); // { email: 'Enter a valid email address' }
 */
export function validate(
  schema: z.ZodMiniType,
  data: object,
  fields: readonly FieldSpec[],
  say: (message: string, field: string) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of z.safeParse(schema, data).error?.issues ?? []) {
    const name = String(issue.path[0]);
    if (fields.some((field) => field.name === name)) errors[name] ??= say(issue.message, name);
  }
  return errors;
}
