// The states every record form (<crm-lead-form>, <crm-contact-form>) and every record dialog
// (<crm-lead-dialog>, <crm-contact-dialog>) shows a designer, as story settings: each stories file
// spreads them into its `meta.story({ … })`, so lead and contact show the same states, checked the
// same way, and adds the states only its records have.
import type { CrmMock } from '@mindbrite/crm-mocks';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect } from 'storybook/test';
import { renderElement } from './element-story.js';
import { mockCrm } from './mock-crm.js';
import { findElement, findInShadow, findText, typeInto } from './shadow.js';

type FormTag = 'crm-lead-form' | 'crm-contact-form';
type DialogTag = 'crm-lead-dialog' | 'crm-contact-dialog';
/** What the play functions here read of the story context. */
type Context = { canvasElement: HTMLElement; args?: Record<string, unknown> };

/** The form's accessible names, which are also the dialog's default titles. */
interface FormLabels {
  create: string;
  edit: string;
}

/** What tells one record form from another in its stories. */
export interface RecordFormStories {
  tag: FormTag;
  /** The collection the form saves to. */
  resource: 'leads' | 'contacts';
  /** The attribute naming the record to edit. */
  idAttribute: 'lead-id' | 'contact-id';
  labels: FormLabels;
  /** Long, accented and non-Latin values of the fields only this form has, e.g. a contact's position. */
  hardValues?: Record<string, string>;
}

/** The record every editing story opens: the mock CRM's first. */
export const RECORD_ID = 1;

/** A form control by its field name. */
const control = <Control extends Element = HTMLInputElement>(form: Element, name: string) => form.shadowRoot!.querySelector<Control>(`[name="${name}"]`)!;

/** Fills in the fields every person form (lead, contact) requires, and a phone, as a user would. */
function fillPerson(form: Element): void {
  typeInto(control(form, 'first_name'), 'Amara');
  typeInto(control(form, 'last_name'), 'Okafor');
  typeInto(control(form, 'email'), 'amara.okafor@example.org');
  typeInto(control(form, 'phone'), '+44 20 7946 0958');
}

/** Presses the form's save button. */
const submit = async (form: Element) => (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();

/**
 * Changes stored fields of a record, those both resources have (names, company, status, source,
 * notes) or a resource's own (`hardValues`).
 */
function updateRecord(crm: CrmMock, resource: RecordFormStories['resource'], changes: Record<string, string>): void {
  (crm.db[resource] as unknown as { update(id: number, changes: object): unknown }).update(RECORD_ID, changes);
}

/**
 * The story settings of a record form's states.
 * @example
 * const states = formStates({ tag: 'crm-contact-form', resource: 'contacts', idAttribute: 'contact-id', labels: { create: 'New contact', edit: 'Edit contact' } });
 * export const Loading = meta.story(states.loading);
 */
export function formStates({ tag, resource, idAttribute, labels, hardValues = {} }: RecordFormStories) {
  const editing = { [idAttribute]: RECORD_ID };
  /** Waits until `selector` (the form's fields, unless said) shows in the form; returns the element. */
  const shown = async ({ canvasElement }: Context, selector = 'form', timeout?: number) => {
    const form = await findElement(canvasElement, tag);
    await findInShadow(form, selector, timeout);
    return form;
  };
  const shows = (selector?: string, timeout?: number) => async (context: Context) => {
    await shown(context, selector, timeout);
  };
  /** Waits for the record to edit; returns the element and its control `name`. */
  const editShown = async <Field extends Element = HTMLInputElement>(context: Context, name = 'first_name') => {
    const form = await shown(context, `form[aria-label="${labels.edit}"]:not([inert])`);
    return { form, field: control<Field>(form, name) };
  };
  /** Fills in a valid record and saves it; returns the form. */
  const saved = async (context: Context) => {
    const form = await shown(context);
    fillPerson(form);
    await submit(form);
    return form;
  };
  const records = `/${resource}`;
  const record = `/${resource}/:id`;
  return {
    create: { play: shows(`form[aria-label="${labels.create}"]`) },
    edit: {
      args: editing,
      play: async (context: Context) => {
        const { field } = await editShown(context);
        await expect(field.value).not.toBe('');
      },
    },
    loading: { args: editing, beforeEach: mockCrm({ scenario: { hang: true } }), play: shows('[part="form"][inert]') },
    // The CRM never answers; after `slow-after` ms the form says it is still waiting and offers Cancel.
    slowLoad: {
      args: { ...editing, 'slow-after': 300 },
      beforeEach: mockCrm({ scenario: { hang: { routes: [`GET ${record}`] } } }),
      play: shows('[part="slow"] button'),
    },
    // The client retries a 503 with backoff before the form gives up.
    loadError: {
      args: editing,
      beforeEach: mockCrm({ scenario: { error: { status: 503, routes: [`GET ${record}`] } } }),
      play: shows('[part="retry"]', 10_000),
    },
    notFound: { args: { [idAttribute]: 999_999 }, play: shows('[part="error"]') },
    validationErrors: {
      play: async (context: Context) => {
        const form = await shown(context);
        typeInto(control(form, 'email'), 'not-an-email');
        await submit(form);
        await findInShadow(form, '#first_name-error');
        await findInShadow(form, '#email-error');
        // Focus moves to the first field that needs attention.
        await expect(form.shadowRoot!.activeElement?.getAttribute('name')).toBe('first_name');
      },
    },
    serverValidationErrors: {
      beforeEach: mockCrm({
        prepare: (crm, { msw }) =>
          msw.use(
            http.post(`${crm.baseUrl}${records}`, () =>
              HttpResponse.json(
                {
                  message: 'The given data was invalid.',
                  errors: { email: ['This email address belongs to a patient record that cannot receive marketing.'] },
                },
                { status: 422 },
              ),
            ),
          ),
      }),
      play: async (context: Context) => {
        const form = await saved(context);
        await findInShadow(form, '#email-error');
        // Nothing the user typed is lost.
        await expect(control(form, 'first_name').value).toBe('Amara');
      },
    },
    saving: {
      beforeEach: mockCrm({ scenario: { hang: { routes: [`POST ${records}`] } } }),
      play: async (context: Context) => {
        await findInShadow(await saved(context), '[part="submit"][aria-disabled="true"]');
      },
    },
    mayHaveBeenSaved: {
      parameters: {
        docs: {
          description: {
            story:
              'A create whose answer is lost: the CRM stores the record, then answers 503 on every try. The form keeps what was typed and says the record may have been saved; pressing Create again unchanged resends the same `Idempotency-Key`, so the CRM can tell it is the same record. In the Storybook UI: fill in the form and press Create.',
          },
        },
      },
      beforeEach: mockCrm({ scenario: { error: { status: 503, afterProcessing: true, routes: [`POST ${records}`] } } }),
      play: async (context: Context) => {
        const form = await saved(context);
        // The client retries an unclear answer (same key) before the form gives up.
        await findText(form, 'may have been saved', 15_000);
        await expect(control(form, 'first_name').value).toBe('Amara');
      },
    },
    duplicateWarning: {
      beforeEach: mockCrm({ prepare: (crm) => updateRecord(crm, resource, { email: 'lena.fischer@example.com' }) }),
      play: async (context: Context) => {
        const form = await shown(context);
        typeInto(control(form, 'email'), 'lena.fischer@example.com');
        await findInShadow(form, '[part="open-record"]');
      },
    },
    conflict: {
      args: editing,
      beforeEach: mockCrm({
        prepare: (crm, { msw }) =>
          msw.use(http.put(`${crm.baseUrl}${record}`, () => HttpResponse.json({ message: 'Changed by someone else.' }, { status: 409 }))),
      }),
      play: async (context: Context) => {
        const { form, field } = await editShown(context, 'company');
        typeInto(field, 'Riverside Family Practice');
        await submit(form);
        await findInShadow(form, '[part="conflict"]');
      },
    },
    longAndNonLatinNames: {
      args: editing,
      beforeEach: mockCrm({
        prepare: (crm) =>
          updateRecord(crm, resource, {
            first_name: 'Maximilian-Alexander Konstantin',
            last_name: 'Wolfeschlegelsteinhausenbergerdorff-Þórðardóttir',
            company: '北京协和医院 国际医疗部 — Departamento de Relaciones Internacionales y Pacientes Extranjeros',
            notes: 'Prefers contact in 日本語 or Ελληνικά; family name transliterated as Çelebi-Nguyễn.',
            ...hardValues,
          }),
      }),
      play: async (context: Context) => {
        const { field } = await editShown(context, 'last_name');
        await expect(field.value).toBe('Wolfeschlegelsteinhausenbergerdorff-Þórðardóttir');
      },
    },
    /** A status and a source the SDK does not know, shown as sent (and kept unless changed). */
    unknownStatusAndSource: {
      args: editing,
      beforeEach: mockCrm({ prepare: (crm) => updateRecord(crm, resource, { status: 'on_hold', source: 'trade_fair' }) }),
      play: async (context: Context) => {
        const { form, field } = await editShown<HTMLSelectElement>(context, 'status');
        await expect(field.selectedOptions[0]?.textContent?.trim()).toBe('On hold');
        await expect(control<HTMLSelectElement>(form, 'source').selectedOptions[0]?.textContent?.trim()).toBe('Trade fair');
      },
    },
    narrowContainer: { parameters: { frame: { width: '280px' } }, play: shows() },
    wideContainer: { parameters: { frame: { width: '1200px' } }, play: shows() },
    darkTheme: { args: editing, parameters: { frame: { theme: 'dark' } }, play: shows() },
    brandTheme: { args: editing, parameters: { frame: { theme: 'brand' } }, play: shows() },
    rightToLeft: {
      args: editing,
      parameters: { frame: { dir: 'rtl', lang: 'ar' } },
      beforeEach: mockCrm({ prepare: (crm) => updateRecord(crm, resource, { first_name: 'ليلى', last_name: 'الحسيني', company: 'عيادة النور للأسرة' }) }),
      play: async (context: Context) => {
        const { field } = await editShown(context);
        await expect(field.value).toBe('ليلى');
      },
    },
  };
}

/** What tells one record dialog from another in its stories. */
export interface RecordDialogStories<Tag extends DialogTag> {
  tag: Tag;
  /** The form it hosts. */
  form: FormTag;
  labels: FormLabels;
  /** Opens the dialog as host code does: editing `id`, or creating without it. */
  open: (dialog: HTMLElementTagNameMap[Tag], id?: number) => Promise<void>;
}

/**
 * The render and the story settings of a record dialog's states.
 * @example
 * const dialogs = dialogStates({ tag: 'crm-lead-dialog', form: 'crm-lead-form', labels, open: (dialog, leadId) => dialog.open({ leadId }) });
 * const meta = preview.meta({ …, render: dialogs.render });
 * export const Closed = meta.story(dialogs.closed);
 */
export function dialogStates<Tag extends DialogTag>({ tag, form: formTag, labels, open }: RecordDialogStories<Tag>) {
  const dialogElement = renderElement(tag);
  /** Opens the dialog (creating, or editing `id`) and waits for its form; returns the dialog and form. */
  const openDialog = async (canvasElement: HTMLElement, id?: number) => {
    const dialog = await findElement(canvasElement, tag);
    await open(dialog, id);
    const form = await findInShadow(dialog, formTag);
    await findInShadow(form, `form[aria-label="${id === undefined ? labels.create : labels.edit}"]`);
    return { dialog, form };
  };
  const opens = (id?: number) => async ({ canvasElement }: Context) => {
    await openDialog(canvasElement, id);
  };
  return {
    openDialog,
    /** The host page's own buttons open the dialog, as a host would wire them. */
    render: <Args extends object>(args: Args, context: { id: string }) => {
      const dialog = dialogElement(args, context);
      return html`<p>
          <button type="button" @click=${() => open(dialog)}>${labels.create}</button>
          <button type="button" @click=${() => open(dialog, RECORD_ID)}>${labels.edit} ${RECORD_ID}</button>
        </p>
        ${dialog}`;
    },
    closed: {
      play: async ({ canvasElement }: Context) => {
        const dialog = await findElement(canvasElement, tag);
        await expect(dialog.isOpen).toBe(false);
      },
    },
    create: { play: opens() },
    /** Editing, under the title the `label` arg gives (else the form's). */
    edit: {
      play: async ({ canvasElement, args }: Context) => {
        const { dialog } = await openDialog(canvasElement, RECORD_ID);
        const title = await findInShadow(dialog, '[part="title"]');
        await expect(title.textContent).toContain((args?.label as string | undefined) ?? labels.edit);
      },
    },
    unsavedChangesConfirmation: {
      play: async ({ canvasElement }: Context) => {
        const { dialog, form } = await openDialog(canvasElement, RECORD_ID);
        typeInto(control(form, 'company'), 'Lakeside Paediatrics');
        await expect(dialog.requestClose()).toBe(false);
        await findInShadow(dialog, '[part="confirm"][open]');
      },
    },
    darkTheme: { parameters: { frame: { theme: 'dark' } }, play: opens(RECORD_ID) },
    brandTheme: { parameters: { frame: { theme: 'brand' } }, play: opens() },
    rightToLeft: { parameters: { frame: { dir: 'rtl', lang: 'ar' } }, play: opens(RECORD_ID) },
  };
}
