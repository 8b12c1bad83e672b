// Driving a record form (<crm-lead-form>, <crm-contact-form>) and a record dialog
// (<crm-lead-dialog>, <crm-contact-dialog>) as a user would: find a control by its field name,
// type into it, read what a part says, and have the mock CRM answer a save as a test needs.
import type { CrmClient } from '@mindbrite/crm-client';
import type { CrmContactForm } from '@mindbrite/crm-elements/crm-contact-form.js';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';
import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { crm, mockClient } from './mock-crm.js';

/** Markup that would run script if it were rendered as HTML rather than text. */
export const XSS = '<img src=x onerror="window.__xss=1">';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type RecordFormElement = CrmLeadForm | CrmContactForm;
type FormTag = 'crm-lead-form' | 'crm-contact-form';
type Resource = 'leads' | 'contacts';

/** What each form edits: the attribute naming the record, and the record's noun. */
const forms = {
  'crm-lead-form': { idAttribute: 'lead-id', noun: 'lead' },
  'crm-contact-form': { idAttribute: 'contact-id', noun: 'contact' },
} as const;

/** A control of the form by its field name. */
export const control = (form: Element, name: string) => form.shadowRoot!.querySelector<Control>(`[name="${name}"]`)!;
/** The form once it shows its record: its fields are there while the record loads, but inert. */
export const shown = (form: Element) => form.shadowRoot!.querySelector('[part="form"]:not([inert])');

/** The element with the part `name` (one of its parts) in the host's shadow root. */
export const part = (host: Element, name: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** The text of the first match of `selector` in the host's shadow root, white space folded; empty when nothing matches. */
export const text = (host: Element, selector: string) =>
  host.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the form shows its error summary, whose code loads with the first failed save. */
export const summaryShown = (form: Element) => waitUntil(() => form.shadowRoot!.querySelector('[part="error-summary"]'), 'no error summary');

/** The title of the form's error summary; empty when it is not shown. */
export const summaryTitle = (form: Element) => text(form, '[part="error-summary"] strong');

/** The text of each item of the form's error summary, in order, white space folded. */
export const summaryItems = (form: Element) =>
  [...form.shadowRoot!.querySelectorAll('[part="error-summary"] li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

/** The link of the form's error summary to the field labelled `label`. */
export const summaryLink = (form: Element, label: string) =>
  [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="error-link"]')].find((link) => link.textContent!.trim().startsWith(`${label}:`))!;

/** The field name of the control focus is on inside the form. */
export const focusedName = (form: Element) => (form.shadowRoot!.activeElement as Control | null)?.name;

/** The part of the element focus is on inside the host. */
export const focusedPart = (host: Element) => host.shadowRoot!.activeElement?.getAttribute('part');

/** The text of the element focus is on inside the host. */
export const focusedText = (host: Element) => host.shadowRoot!.activeElement?.textContent?.trim();

/** The values a select offers, in order. */
export const options = (form: Element, name: string) => [...(control(form, name) as HTMLSelectElement).options].map((option) => option.value);

/** The label of a select's chosen option. */
export const selectedLabel = (form: Element, name: string) => (control(form, name) as HTMLSelectElement).selectedOptions[0]?.textContent?.trim();

/** The button matching `selector` whose text contains `name`. */
export const buttonNamed = (host: Element, selector: string, name: string) =>
  [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)].find((button) => button.textContent?.includes(name))!;

/** The element focus is on, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Types into a control as a user does: focus, new value, `input`. */
export async function type(form: RecordFormElement, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Types each value into the control of its field, in order. */
export async function fill(form: RecordFormElement, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await type(form, name, value);
}

/** Presses the form's save button. */
export const submit = (form: Element) => part(form, 'submit').click();

/**
 * Presses save and waits for the form's answer: `event` (`crm-lead-created`, `crm-error`, …)
 * heard on `target` (the form unless said).
 */
export function submitAndWaitFor(form: Element, event: string, target: EventTarget = form): Promise<CustomEvent> {
  const fired = oneEvent(target, event);
  submit(form);
  return fired;
}

/** Counts the `name` events that reach `target` from now on. */
export function countEvents(target: EventTarget, name: string): { count: number } {
  const counter = { count: 0 };
  target.addEventListener(name, () => (counter.count += 1));
  return counter;
}

/** Waits until the note beside `field` points out a record with the same value and says `including`. */
export async function duplicateNote(form: Element, field: 'email' | 'phone', including = ''): Promise<void> {
  const note = () => text(form, `#${field}-duplicates`);
  await waitUntil(() => note() && note().includes(including), `no duplicate note beside ${field} saying “${including}”`, { timeout: 3000 });
}

/** Presses the button of the note beside `field` that opens `person`; gives the `crm-open-record` detail. */
export async function openDuplicate(form: Element, field: 'email' | 'phone', person: { first_name: string; last_name: string }) {
  const opened = oneEvent(form, 'crm-open-record');
  buttonNamed(form, `#${field}-duplicates [part="open-record"]`, `${person.first_name} ${person.last_name}`).click();
  return (await opened).detail;
}

/** Renders the form `tag` with a client of the mock CRM, editing the record `id` when given. */
export function formFixture<Tag extends FormTag>(tag: Tag, { id, client = mockClient() }: { id?: number; client?: CrmClient } = {}) {
  const form = document.createElement(tag);
  form.client = client;
  if (id !== undefined) form.setAttribute(forms[tag].idAttribute, String(id));
  return fixture<HTMLElementTagNameMap[Tag]>(form);
}

/** Renders the form `tag` editing `record`, and waits until it shows the record. */
export async function editForm<Tag extends FormTag>(tag: Tag, record: { id: number }) {
  const form = await formFixture(tag, { id: record.id });
  await waitUntil(() => shown(form), `the ${forms[tag].noun} never loaded`);
  return form;
}

/** The URL pattern of a collection's creates (`post`) or of its records' updates (`put`). */
const writeUrl = (resource: Resource, method: 'post' | 'put') => `${crm.baseUrl}/${resource}${method === 'put' ? '/:id' : ''}`;

/** Records the JSON body and `Idempotency-Key` of the writes of `resource` sent with `method` (the mock still answers them). */
export function recordWrites(resource: Resource, method: 'post' | 'put'): { body: unknown; key: string | null }[] {
  const writes: { body: unknown; key: string | null }[] = [];
  crm.use(
    http[method](writeUrl(resource, method), async ({ request }) => {
      writes.push({ body: await request.clone().json(), key: request.headers.get('Idempotency-Key') });
      return undefined;
    }),
  );
  return writes;
}

/**
 * Records the `Idempotency-Key` of every create of `resource`; the first `lost` ones are carried
 * out by the mock and then lost on the way back, as when a gateway times out after the commit.
 */
export function createsLosingAnswers(resource: Resource, lost: number): string[] {
  const keys: string[] = [];
  crm.use(
    http.post(writeUrl(resource, 'post'), async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      if (keys.length > lost) return undefined;
      await getResponse(crm.handlers, request.clone());
      return HttpResponse.error();
    }),
  );
  return keys;
}

/** The CRM refuses every create of `resource` with a `422` carrying these messages per field. */
export function refuseCreates(resource: Resource, errors: Record<string, string[]>): void {
  crm.use(http.post(writeUrl(resource, 'post'), () => HttpResponse.json({ message: 'The given data was invalid.', errors }, { status: 422 })));
}

/** The CRM answers the next `times` updates of `resource` with a `409`, as when someone else saved the record meanwhile. */
export function conflictOnUpdate(resource: Resource, times = Infinity): void {
  let left = times;
  crm.use(http.put(writeUrl(resource, 'put'), () => (left-- > 0 ? HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 }) : undefined)));
}

/** The dialog's native `<dialog>`. */
export const main = (dialog: Element) => dialog.shadowRoot!.querySelector<HTMLDialogElement>('dialog.main')!;

/** The dialog's "discard unsaved changes?" question. */
export const confirmation = (dialog: Element) => dialog.shadowRoot!.querySelector<HTMLDialogElement>('[part="confirm"]')!;

/** Waits until the dialog asks before discarding unsaved changes. */
export const asked = (dialog: Element, message = 'no confirmation') => waitUntil(() => confirmation(dialog).open, message);

/** Waits until the dialog asks before discarding unsaved changes, and answers with its button `choice`. */
export async function answer(dialog: Element, choice: 'discard' | 'keep-editing', message?: string): Promise<void> {
  await asked(dialog, message);
  part(dialog, choice).click();
}

/** The form the dialog hosts. */
export const formOf = (dialog: Element) => dialog.shadowRoot!.querySelector<RecordFormElement>('[part="form"]')!;
