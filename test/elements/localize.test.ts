// Issue 12: which language an element speaks (its locale, the nearest lang, the document's), the
// fallbacks, a change at run time, plurals, relative dates and lists by Intl, words from the API
// kept as the API's, and the host's overrides and languages.
import '@mindbrite/crm-elements/crm-lead-form.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import type { CrmLeadsList } from '@mindbrite/crm-elements';
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { setCrmMessages } from '@mindbrite/crm-elements/localize.js';
import { intl } from '../../packages/crm-elements/src/shared/format.js';
import { plural } from '../../packages/crm-elements/src/localize/plural.js';
import { formatList } from '../../packages/crm-elements/src/shared/format-list.js';
import { formatRelative } from '../../packages/crm-elements/src/shared/format-relative.js';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { announcement, captureDownloads, choose, parseCsv, settled, shadow, waitFor } from './support/records-list.js';

/** The form's save button: its text says the language. */
const submitText = (form: Element) => form.shadowRoot!.querySelector('[part="submit"]')?.textContent?.trim();
const tableLabel = (list: Element) => list.shadowRoot!.querySelector('table')?.getAttribute('aria-label');
const listed = async (list: Element) => waitFor(() => (list as CrmLeadsList).hasUpdated && settled(list as HTMLElement) && tableLabel(list), 'the list settled');
const rendered = (form: Element, text: string) => waitFor(() => submitText(form) === text, `the form said "${text}" (it said "${submitText(form)}")`);

describe('localisation', function () {
  this.timeout(15_000);
  useMockCrm();
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('the language an element speaks', () => {
    it('is its locale attribute, else the nearest lang around it, else the document’s', async () => {
      document.documentElement.lang = 'fr';
      const page = fixtureSync<HTMLElement>(html`<div>
        <crm-lead-form id="document" .client=${mockClient()}></crm-lead-form>
        <section lang="es"><crm-lead-form id="nearest" .client=${mockClient()}></crm-lead-form></section>
        <section lang="es"><crm-lead-form id="own" locale="en" .client=${mockClient()}></crm-lead-form></section>
      </div>`);
      await rendered(page.querySelector('#document')!, 'Créer le prospect');
      await rendered(page.querySelector('#nearest')!, 'Crear cliente potencial');
      await rendered(page.querySelector('#own')!, 'Create lead');
    });

    it('falls back from es-MX to es, and to English for a language it has no words for', async () => {
      const page = fixtureSync<HTMLElement>(html`<div>
        <crm-lead-form locale="es-MX" .client=${mockClient()}></crm-lead-form>
        <crm-lead-form locale="de-DE" .client=${mockClient()}></crm-lead-form>
        <crm-lead-form locale="en_US" .client=${mockClient()}></crm-lead-form>
      </div>`);
      const [mexican, german, java] = page.querySelectorAll('crm-lead-form');
      await rendered(mexican!, 'Crear cliente potencial');
      await rendered(german!, 'Create lead');
      await rendered(java!, 'Create lead');
    });

    it('changes when a lang around it or its locale changes at run time', async () => {
      const page = fixtureSync<HTMLElement>(html`<section lang="es"><crm-lead-form .client=${mockClient()}></crm-lead-form></section>`);
      const form = page.querySelector('crm-lead-form')!;
      await rendered(form, 'Crear cliente potencial');
      page.lang = 'fr';
      await rendered(form, 'Créer le prospect');
      form.locale = 'en';
      await rendered(form, 'Create lead');
      form.locale = undefined;
      await rendered(form, 'Créer le prospect');
    });

    it('is followed by the dialogs of a list (inside its shadow root)', async () => {
      const list = fixtureSync<CrmLeadsList>(html`<crm-leads-list locale="fr" .client=${mockClient()}></crm-leads-list>`);
      await listed(list);
      shadow(list).querySelector<HTMLButtonElement>('tbody button[data-action="edit"]')!.click();
      const formLabel = () => shadow(list).querySelector('crm-lead-dialog')?.shadowRoot?.querySelector('crm-lead-form')?.shadowRoot?.querySelector('form')?.getAttribute('aria-label');
      await waitFor(() => formLabel() === 'Modifier le prospect', 'the form in the dialog, in French');
      list.locale = 'es';
      await waitFor(() => formLabel() === 'Editar cliente potencial', 'the form in Spanish');
    });
  });

  describe('words by Intl', () => {
    it('chooses plurals by each language’s rules: 0 is singular in French, plural in English and Spanish', async () => {
      expect([0, 1, 2].map((count) => plural('fr')(count, 'prospect', 'prospects'))).to.deep.equal(['prospect', 'prospect', 'prospects']);
      expect([0, 1, 2].map((count) => plural('es')(count, 'cliente', 'clientes'))).to.deep.equal(['clientes', 'cliente', 'clientes']);
      crm.db.leads.load([crm.db.leads.all()[0]!]);
      const list = fixtureSync<CrmLeadsList>(html`<crm-leads-list locale="es" .client=${mockClient()}></crm-leads-list>`);
      await listed(list);
      expect(announcement(list)).to.equal('1 de 1 cliente potencial');
    });

    it('says dates relative to today and lists of words in the language', () => {
      const yesterday = new Date();
      yesterday.setDate(yesterday.getDate() - 1);
      const inTwoWeeks = new Date();
      inTwoWeeks.setDate(inTwoWeeks.getDate() + 14);
      expect(formatRelative(yesterday.toISOString(), 'fr')).to.equal('hier');
      expect(formatRelative(inTwoWeeks.toISOString(), 'es')).to.equal('dentro de 2 semanas');
      expect(formatRelative('not a date', 'es'), 'text the API sent stays').to.equal('not a date');
      expect(formatList(['Teléfono', 'Empresa'], 'es')).to.equal('Teléfono y Empresa');
      expect(formatList(['Téléphone', 'Entreprise', 'Courriel'], 'fr')).to.equal('Téléphone, Entreprise et Courriel');
    });

    it('builds each formatter once per kind, language and options, and none that Intl refuses', () => {
      const percent = intl('NumberFormat', 'fr-CA', { style: 'percent' });
      expect(intl('NumberFormat', 'fr-CA', { style: 'percent' }), 'the same one, shared').to.equal(percent);
      expect(intl('NumberFormat', 'es-MX', { style: 'percent' })).to.not.equal(percent);
      expect(intl('NumberFormat', 'fr-CA')).to.not.equal(percent);
      expect(intl('DateTimeFormat', 'fr-CA')).to.be.instanceOf(Intl.DateTimeFormat);
      expect(percent.format(0.5).replace(/\s/g, ' ')).to.equal('50 %');
      expect(() => intl('NumberFormat', 'en-US', { style: 'currency', currency: 'DOLLARS' })).to.throw(RangeError);
      expect(() => intl('NumberFormat', 'en-US', { style: 'currency', currency: 'DOLLARS' }), 'still refused, not cached').to.throw(RangeError);
    });
  });

  describe('words of the API', () => {
    it('shows statuses in the list’s language and sends the API’s values', async () => {
      const list = fixtureSync<CrmLeadsList>(html`<crm-leads-list locale="es" .client=${mockClient()}></crm-leads-list>`);
      await listed(list);
      const status = [...shadow(list).querySelectorAll('select')].find((select) => select.closest('label')?.textContent?.includes('Estado'))!;
      expect([...status.options].map((option) => option.textContent!.trim())).to.include.members(['Todos los estados', 'Nuevo', 'Contactado', 'Perdido']);
      const requests = recordRequests();
      choose(status, 'new');
      await waitFor(() => requests.matching('GET', '/leads').length, 'the filtered request');
      expect(requests.matching('GET', '/leads')[0]!.query.get('status')).to.equal('new');
      await waitFor(() => settled(list), 'the list settled');
      const badges = [...shadow(list).querySelectorAll('tbody .badge')].map((badge) => badge.textContent!.trim());
      expect(new Set(badges)).to.deep.equal(new Set(['Nuevo']));
      requests.stop();
    });

    it('exports a CSV file with headers, statuses and sources in the list’s language', async () => {
      const downloads = captureDownloads();
      try {
        const list = fixtureSync<CrmLeadsList>(html`<crm-leads-list locale="es" status="new" .client=${mockClient()}></crm-leads-list>`);
        await listed(list);
        [...shadow(list).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Exportar CSV')!.click();
        await waitFor(() => downloads.files.length === 1, 'the download');
        const [file] = downloads.files;
        expect(file!.name).to.match(/^clientes-potenciales-\d{4}-\d{2}-\d{2}\.csv$/);
        const [header, ...rows] = parseCsv(await file!.blob.text());
        expect(header).to.deep.equal(['ID', 'Nombre', 'Apellidos', 'Empresa', 'Correo', 'Teléfono', 'Estado', 'Origen', 'Creado']);
        expect(rows.length).to.be.greaterThan(0);
        expect(rows.every((row) => row[6] === 'Nuevo')).to.equal(true);
      } finally {
        downloads.restore();
      }
    });
  });

  describe('the host’s words', () => {
    it('replaces any word for one language or all, re-rendering, typed and checked', async () => {
      const { setCrmMessages } = await import('@mindbrite/crm-elements/localize.js');
      const page = fixtureSync<HTMLElement>(html`<div>
        <crm-leads-list locale="en" .client=${mockClient()}></crm-leads-list>
        <crm-leads-list locale="es" .client=${mockClient()}></crm-leads-list>
        <crm-leads-list locale="fr" .client=${mockClient()}></crm-leads-list>
      </div>`);
      const [english, spanish, french] = page.querySelectorAll('crm-leads-list');
      for (const list of [english, spanish, french]) await listed(list!);
      setCrmMessages('*', { leadsList: { tableLabel: 'Patient inquiries' } });
      setCrmMessages('es', { leadsList: { tableLabel: 'Consultas de pacientes' } });
      await waitFor(() => tableLabel(english!) === 'Patient inquiries', 'English re-rendered');
      expect(tableLabel(spanish!), 'a language’s own words win over those for all').to.equal('Consultas de pacientes');
      expect(tableLabel(french!), 'the words for all win over our French').to.equal('Patient inquiries');
      setCrmMessages('en', { leadsList: { resultCount: (shown, total, count) => `${shown} of ${total} ${count === 1 ? 'inquiry' : 'inquiries'}` } });
      english!.reload();
      await waitFor(() => announcement(english!).endsWith('inquiries'), 'the overriding function said the count');
      expect(() => setCrmMessages('en', { leadList: {} } as never)).to.throw(TypeError, /there is no message "leadList"/);
      expect(() => setCrmMessages('en', { leadsList: { tableLable: 'Inquiries' } } as never)).to.throw(TypeError, /there is no message "leadsList\.tableLable"/);
      expect(() => setCrmMessages('en', { leadsList: { tableLabel: 7 } } as never)).to.throw(TypeError, /leadsList\.tableLabel must be a string/);
      expect(() => setCrmMessages('en', { leadsList: { resultCount: 'many' } } as never)).to.throw(TypeError, /leadsList\.resultCount must be a function/);
      expect(() => setCrmMessages('not a tag!', {})).to.throw(RangeError);
    });

    it('learns a language of the host’s, loaded when an element needs it', async () => {
      const { registerCrmLocale } = await import('@mindbrite/crm-elements/localize.js');
      let loads = 0;
      registerCrmLocale('de', async () => {
        loads += 1;
        return { default: { leadForm: { create: 'Lead anlegen' } } };
      });
      const page = fixtureSync<HTMLElement>(html`<div lang="de-AT">
        <crm-lead-form .client=${mockClient()}></crm-lead-form><crm-lead-form .client=${mockClient()}></crm-lead-form>
      </div>`);
      for (const form of page.querySelectorAll('crm-lead-form')) await rendered(form, 'Lead anlegen');
      expect(page.querySelector('crm-lead-form')!.shadowRoot!.querySelector('[part="cancel"]')!.textContent!.trim(), 'English fills the gaps').to.equal('Cancel');
      expect(loads, 'loaded once').to.equal(1);
    });

    it('shows English when a language’s words cannot load', async () => {
      const { registerCrmLocale } = await import('@mindbrite/crm-elements/localize.js');
      registerCrmLocale('it', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const form = fixtureSync<HTMLElement>(html`<crm-lead-form locale="it" .client=${mockClient()}></crm-lead-form>`);
      await rendered(form, 'Create lead');
    });
  });
});

// A wrong key is a compile error: `npm test` type-checks this file.
export function typedOverrides(set: typeof setCrmMessages): void {
  set('en', { leadsList: { tableLabel: 'Patient inquiries' }, common: { errors: { offline: 'No network' } } });
  // @ts-expect-error: no such key
  set('en', { leadsList: { tableLable: 'Patient inquiries' } });
  // @ts-expect-error: a function's parameters are the English one's
  set('en', { leadsList: { resultCount: (shown: number) => `${shown}` } });
}
