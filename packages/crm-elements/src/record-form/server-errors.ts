// Straight from its module rather than messages/index.js, so this chunk needs nothing of the form's.
import { recordFormNoteMessages } from '../messages/record-form-notes.js';
import { humanize } from '../shared/labels.js';
import { plainText } from '../shared/text.js';
import type { FieldErrors } from './record-spec.js';

/**
 * What the server's field messages mean, when we can tell: shown in our own words, since the
 * server's may name another patient ("… is already used by Zoë Kierkegaard").
 */
const SERVER_CHECKS: ReadonlyArray<readonly [RegExp, keyof (typeof recordFormNoteMessages)['serverChecks']]> = [
  [/already|taken|exists|unique|in use|duplicate/i, 'taken'],
  [/required|blank|empty|missing/i, 'required'],
  [/invalid|not valid|must be a valid|format/i, 'invalid'],
];

/** A field's server messages in our words (`msg`), or `undefined` when we have none for them. */
function inOurWords(label: string, messages: string[], msg: typeof recordFormNoteMessages): string | undefined {
  const check = SERVER_CHECKS.find(([pattern]) => messages.some((message) => pattern.test(message)));
  return check && msg.serverChecks[check[1]](label);
}

/**
 * A `422`'s messages as the form shows them (loaded with the error summary, which lists them all):
 * beside each field it shows (`shown` holds their names, `label` gives their labels), and as
 * sentences for the fields it does not. Known checks are said in our words, in the form's language
 * (`t`); other server text is shown as plain text.
 * @example
 * serverErrors({ email: ['has already been taken'], pipeline_id: ['is unknown'] }, new Set(['email']), label, (section) => form.t(section));
 * // [{ email: 'This email is already used by another record.' }, ['Pipeline id: is unknown']]
 */
export function serverErrors(
  fieldErrors: Record<string, string[]>,
  shown: ReadonlySet<string>,
  label: (name: string) => string,
  t: <T extends object>(section: T) => T,
): [FieldErrors, string[]] {
  const msg = t(recordFormNoteMessages);
  const fields: FieldErrors = {};
  const others: string[] = [];
  for (const [name, messages] of Object.entries(fieldErrors)) {
    const named = shown.has(name) ? label(name) : humanize(name);
    const ours = inOurWords(named, messages, msg);
    const theirs = plainText(messages.join(' '));
    if (shown.has(name)) fields[name] = ours ?? theirs;
    else others.push(ours ?? msg.fieldError(named, theirs));
  }
  return [fields, others];
}
