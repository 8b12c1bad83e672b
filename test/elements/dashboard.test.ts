import '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmClient, CrmStatistics } from '@mindbrite/crm-client';
import type { CrmDashboard } from '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmLeadDialog } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';

// No `_` or `-`: the dashboard humanizes unknown names (`on_hold` → `On hold`), and these must arrive intact.
const XSS = '<img src=x onerror="window.xssRan=1">';
const SCRIPT = '<script>window.xssRan=2</script>';

const root = (dashboard: CrmDashboard) => dashboard.shadowRoot!;
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';

/** The figure shown under a card's label. */
function card(dashboard: CrmDashboard, label: string): string {
  const term = [...root(dashboard).querySelectorAll('dt')].find((dt) => clean(dt.textContent) === label);
  return clean(term?.nextElementSibling?.textContent);
}

function chart(dashboard: CrmDashboard, title: string) {
  const figure = [...root(dashboard).querySelectorAll('figure')].find((f) => clean(f.querySelector('figcaption')?.textContent) === title)!;
  const rows = [...figure.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));
  return { figure, image: figure.querySelector('[part="chart-image"]'), table: figure.querySelector('table'), rows };
}

async function loaded(template: ReturnType<typeof html>): Promise<CrmDashboard> {
  const dashboard = await fixture<CrmDashboard>(template);
  await waitUntil(() => root(dashboard).querySelector('section > dl, [part="empty"], [part="error"]'), 'the dashboard never loaded');
  return dashboard;
}

const dashboardWith = (client: CrmClient = mockClient()) =>
  loaded(html`<crm-dashboard .client=${client} locale="en-US"></crm-dashboard>`);

/** Types `values` into an inline dialog's form, field by field as a user does, and presses its save button. */
async function fillAndSave(form: HTMLElement & { updateComplete: Promise<boolean> }, values: Record<string, string>) {
  await form.updateComplete;
  for (const [name, value] of Object.entries(values)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const number = (value: number) => new Intl.NumberFormat('en-US').format(value);
const usd = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);

describe('<crm-dashboard>', () => {
  useMockCrm();

  describe('figures', () => {
    it('shows a skeleton while loading, then the statistics of the CRM', async () => {
      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['GET /statistics'] } });
      const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} locale="en-US"></crm-dashboard>`);
      expect(root(dashboard).querySelector('[part="skeleton"]')).to.not.equal(null);
      await expect(dashboard).to.be.accessible();
      await waitUntil(() => root(dashboard).querySelector('section > dl'), 'the figures never came');

      const stats: CrmStatistics = crm.db.statistics();
      expect(card(dashboard, 'Total leads')).to.equal(number(stats.total_leads));
      expect(card(dashboard, 'Contacts')).to.equal(number(stats.total_contacts));
      expect(card(dashboard, 'Opportunities')).to.equal(number(stats.total_opportunities));
      expect(card(dashboard, 'Conversion rate')).to.equal(`${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(stats.conversion_rate)}%`);
      expect(card(dashboard, 'New leads this month')).to.equal(number(stats.leads_this_month));
      expect(card(dashboard, 'New opportunities this month')).to.equal(number(stats.opportunities_this_month));
      expect(card(dashboard, 'Open pipeline value')).to.equal(usd(stats.pipeline_value!));
      expect(card(dashboard, 'Weighted pipeline value')).to.equal(usd(stats.weighted_pipeline_value!));
      await expect(dashboard).to.be.accessible();
    });

    it('shows the conversion rate as a labelled progress bar', async () => {
      const dashboard = await dashboardWith();
      const stats = crm.db.statistics();
      const bar = root(dashboard).querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-label')).to.equal('Leads converted to contacts');
      expect(Number(bar.getAttribute('aria-valuenow'))).to.equal(stats.conversion_rate);
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('100');
      expect(bar.getAttribute('aria-valuetext')).to.equal(card(dashboard, 'Conversion rate'));
      const fill = bar.querySelector<HTMLElement>('.progress-bar')!;
      expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(stats.conversion_rate / 100, 0.01);
    });

    it('formats numbers, money and percentages for its locale and currency', async () => {
      const stats = crm.db.statistics();
      const dashboard = await loaded(html`<crm-dashboard .client=${mockClient()} locale="de-DE" currency="EUR"></crm-dashboard>`);
      const eur = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      expect(card(dashboard, 'Open pipeline value')).to.equal(clean(eur.format(stats.pipeline_value!)));
      expect(card(dashboard, 'Open pipeline value')).to.contain('€');
      expect(card(dashboard, 'Conversion rate')).to.equal(
        clean(new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(stats.conversion_rate / 100)),
      );
      expect(card(dashboard, 'Conversion rate'), 'German puts a space before %').to.match(/\d %$/);
      const stage = chart(dashboard, 'Pipeline by stage');
      expect(stage.rows[0]?.[2]).to.equal(clean(eur.format(stats.opportunities_by_stage!.prospecting!.value)));
    });

    it('follows attributes changed after it rendered, its own and those of every element', async () => {
      const dashboard = await dashboardWith();
      // Decorated properties with `useDefineForClassFields: false`: Lit's accessors on the
      // prototype, never an instance field that would shadow them and stop updates.
      for (const name of ['currency', 'refreshInterval', 'slowAfter', 'locale']) expect(Object.hasOwn(dashboard, name), name).to.equal(false);
      dashboard.setAttribute('currency', 'EUR');
      dashboard.setAttribute('slow-after', '150');
      await dashboard.updateComplete;
      expect(card(dashboard, 'Open pipeline value')).to.contain('€');
      expect(dashboard.slowAfter).to.equal(150);
    });
  });

  describe('charts', () => {
    it('draws leads by status, by source and the pipeline by stage, each an image with a summary and a table', async () => {
      const dashboard = await dashboardWith();
      const stats = crm.db.statistics();

      const status = chart(dashboard, 'Leads by status');
      expect(status.image?.getAttribute('role')).to.equal('img');
      expect(status.image?.querySelectorAll('rect')).to.have.length(Object.keys(stats.leads_by_status!).length);
      expect(status.rows).to.deep.include(['Converted', number(stats.leads_by_status!.converted!)]);
      expect(status.rows[0]?.[0], 'statuses in pipeline order').to.equal('New');
      expect(status.image?.getAttribute('aria-label')).to.contain(`Converted ${number(stats.leads_by_status!.converted!)}`);

      const source = chart(dashboard, 'Leads by source');
      expect(source.rows).to.deep.include(['Walk-in', number(stats.leads_by_source!.walk_in!)]);
      const total = source.rows.reduce((sum, [, count]) => sum + Number(count!.replace(/\D/g, '')), 0);
      expect(total).to.equal(stats.total_leads);

      const stage = chart(dashboard, 'Pipeline by stage');
      const won = stats.opportunities_by_stage!.closed_won!;
      expect(stage.rows).to.deep.include(['Closed won', number(won.count), usd(won.value)]);
      expect([...stage.table!.querySelectorAll('thead th')].map((th) => clean(th.textContent))).to.deep.equal(['Stage', 'Opportunities', 'Value']);
    });

    it('keeps the tables for screen readers and shows them on request', async () => {
      const dashboard = await dashboardWith();
      const { table } = chart(dashboard, 'Leads by status');
      expect(table!.closest('.visually-hidden'), 'the table is visually hidden').to.not.equal(null);
      const toggle = root(dashboard).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await dashboard.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(chart(dashboard, 'Leads by status').table!.closest('.visually-hidden')).to.equal(null);
      expect(chart(dashboard, 'Leads by status').table!.getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(dashboard).to.be.accessible();
    });
  });

  describe('states', () => {
    it('says there is nothing yet in an empty CRM, and still offers the quick actions', async () => {
      crm.scenario.set({ empty: true });
      const dashboard = await dashboardWith();
      expect(clean(root(dashboard).querySelector('[part="empty"]')?.textContent)).to.equal(
        'There are no leads, contacts or opportunities yet. Start by adding a lead.',
      );
      expect(root(dashboard).querySelectorAll('[part="quick-action"]')).to.have.length(4);
      await expect(dashboard).to.be.accessible();
    });

    it('shows an error with a retry when the figures cannot load, and fires crm-error', async () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /statistics'] } });
      const errors: string[] = [];
      document.body.addEventListener('crm-error', (event) => errors.push(event.detail.operation), { once: true });
      const dashboard = await dashboardWith();
      expect(clean(root(dashboard).querySelector('[part="error"] p')?.textContent)).to.equal(
        'The CRM ran into a problem on its side. Try again in a moment.',
      );
      expect(errors).to.deep.equal(['load']);
      await expect(dashboard).to.be.accessible();

      crm.scenario.reset();
      root(dashboard).querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(dashboard).querySelector('section > dl'), 'retry did not load the figures');
      expect(root(dashboard).activeElement?.localName, 'focus stays in the widget, on what it reloaded').to.equal('section');
    });

    it('keeps the last figures when a refresh fails, and says so', async () => {
      const dashboard = await dashboardWith();
      const total = card(dashboard, 'Total leads');
      crm.scenario.set({ error: { status: 503, routes: ['GET /statistics'] } });
      dashboard.refresh();
      await waitUntil(() => root(dashboard).querySelector('[part="refresh-error"]'), 'no refresh error');
      expect(clean(root(dashboard).querySelector('[part="refresh-error"]')?.textContent)).to.contain('The figures could not be refreshed.');
      expect(card(dashboard, 'Total leads')).to.equal(total);
      await expect(dashboard).to.be.accessible();
    });

    it('says it is not connected when it has no client', async () => {
      const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard></crm-dashboard>`);
      expect(clean(root(dashboard).querySelector('[part="error"]')?.textContent)).to.match(/not connected to the CRM/);
      await expect(dashboard).to.be.accessible();
    });
  });

  describe('staying current', () => {
    it('refreshes when another widget or host code changes a record through the shared client', async () => {
      const client = mockClient();
      const dashboard = await dashboardWith(client);
      const before = crm.db.statistics().total_leads;
      const requests = recordRequests();

      await client.leads.create({
        first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.org', phone: '', company: '', status: 'new', pipeline_id: 1,
      });
      await waitUntil(() => card(dashboard, 'Total leads') === number(before + 1), 'the total did not follow the new lead');
      expect(card(dashboard, 'New leads this month')).to.equal(number(crm.db.statistics().leads_this_month));
      expect(requests.matching('GET', '/statistics')).to.have.length(1);
      requests.stop();
    });

    it('follows a lead created in a crm-lead-form beside it under the same crm-provider, with no host code', async () => {
      await import('@mindbrite/crm-elements/crm-lead-form.js');
      await import('@mindbrite/crm-elements/crm-provider.js');
      const page = await fixture<HTMLElement>(html`<crm-provider api-base="/api/crm">
        <crm-dashboard locale="en-US"></crm-dashboard>
        <crm-lead-form></crm-lead-form>
      </crm-provider>`);
      const [dashboard, form] = [...page.children] as [CrmDashboard, CrmLeadForm];
      await waitUntil(() => root(dashboard).querySelector('section > dl'), 'the figures never came');
      const before = crm.db.statistics().total_leads;

      await form.updateComplete;
      for (const [name, value] of [['first_name', 'Omar'], ['last_name', 'Farouk'], ['email', 'omar.farouk@example.org']]) {
        const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        input.value = value!;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await form.updateComplete;
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await waitUntil(() => card(dashboard, 'Total leads') === number(before + 1), 'the dashboard did not follow the form');
    });

    it('makes one refresh for a burst of changes', async () => {
      const client = mockClient();
      const dashboard = await dashboardWith(client);
      const ids = crm.db.leads.all().slice(0, 5).map((lead) => lead.id);
      const requests = recordRequests();
      await client.leads.bulkDelete(ids);
      await waitUntil(() => card(dashboard, 'Total leads') === number(crm.db.statistics().total_leads));
      await aTimeout(300);
      expect(requests.matching('GET', '/statistics').length).to.be.at.most(2);
      requests.stop();
    });

    it('loads nothing for a change that was still settling when it was removed', async () => {
      const client = mockClient();
      const dashboard = await dashboardWith(client);
      const requests = recordRequests();
      await client.leads.create({
        first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.org', phone: '', company: '', status: 'new', pipeline_id: 1,
      });
      dashboard.remove();
      await aTimeout(300);
      expect(requests.matching('GET', '/statistics')).to.have.length(0);
      requests.stop();
    });

    it('catches up with changes made while it was out of the page once it is back', async () => {
      const client = mockClient();
      const dashboard = await dashboardWith(client);
      const parent = dashboard.parentElement!;
      const before = crm.db.statistics().total_leads;
      dashboard.remove();
      await client.leads.create({
        first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.org', phone: '', company: '', status: 'new', pipeline_id: 1,
      });
      await aTimeout(200);
      parent.append(dashboard);
      await waitUntil(() => card(dashboard, 'Total leads') === number(before + 1), 'the total stayed as it was before the removal');
    });

    /** Makes the page look visible or hidden (a test page may really be in the background). */
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    afterEach(() => delete (document as { hidden?: boolean }).hidden);

    it('refreshes every refresh-interval seconds, and stops when it is set to 0', async () => {
      setHidden(false);
      const requests = recordRequests();
      const dashboard = await loaded(html`<crm-dashboard .client=${mockClient()} refresh-interval="1"></crm-dashboard>`);
      await aTimeout(2300);
      expect(requests.matching('GET', '/statistics').length).to.be.within(3, 4);

      dashboard.refreshInterval = 0;
      await dashboard.updateComplete;
      const sofar = requests.matching('GET', '/statistics').length;
      await aTimeout(1300);
      expect(requests.matching('GET', '/statistics').length).to.equal(sofar);
      requests.stop();
    });

    it('pauses the interval while the page is hidden and catches up once it shows', async () => {
      setHidden(false);
      const requests = recordRequests();
      await loaded(html`<crm-dashboard .client=${mockClient()} refresh-interval="1"></crm-dashboard>`);
      const count = () => requests.matching('GET', '/statistics').length;
      setHidden(true);
      const before = count();
      await aTimeout(2200);
      expect(count(), 'no refresh while hidden').to.equal(before);
      setHidden(false);
      await waitUntil(() => count() === before + 1, 'no catch-up refresh');
      requests.stop();
    });
  });

  describe('quick actions', () => {
    it('fire crm-quick-action with the action chosen', async () => {
      const dashboard = await dashboardWith();
      const buttons = [...root(dashboard).querySelectorAll<HTMLButtonElement>('[part="quick-action"]')];
      expect(buttons.map((b) => clean(b.textContent))).to.deep.equal(['New lead', 'New contact', 'New opportunity', 'Schedule follow-up']);
      expect(root(dashboard).querySelector('[part="quick-actions"]')?.getAttribute('role')).to.equal('group');
      const actions: string[] = [];
      dashboard.addEventListener('crm-quick-action', (event) => actions.push(event.detail.action));
      for (const button of buttons) button.click();
      expect(actions).to.deep.equal(['new-lead', 'new-contact', 'new-opportunity', 'schedule-follow-up']);
      expect(root(dashboard).querySelector('crm-lead-dialog'), 'no dialog unless inline').to.equal(null);
    });

    it('work from the keyboard, with a visible focus ring', async () => {
      const dashboard = await dashboardWith();
      const contact = root(dashboard).querySelector<HTMLButtonElement>('[data-action="new-contact"]')!;
      root(dashboard).querySelector<HTMLButtonElement>('[data-action="new-lead"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(dashboard).activeElement).to.equal(contact);
      expect(getComputedStyle(contact).outlineStyle).to.equal('solid');
      const chosen = oneEvent(dashboard, 'crm-quick-action');
      await sendKeys({ press: 'Enter' });
      expect((await chosen).detail.action).to.equal('new-contact');
    });

    it('with quick-actions="inline", "New lead" opens the lead form in a dialog, and a lead created there updates the figures', async () => {
      const dashboard = await loaded(html`<crm-dashboard .client=${mockClient()} quick-actions="inline" locale="en-US"></crm-dashboard>`);
      const before = crm.db.statistics().total_leads;
      root(dashboard).querySelector<HTMLButtonElement>('[data-action="new-lead"]')!.click();
      const dialog = root(dashboard).querySelector<CrmLeadDialog>('crm-lead-dialog')!;
      await waitUntil(() => dialog.isOpen && dialog.shadowRoot?.querySelector('crm-lead-form'), 'the dialog did not open');
      await expect(dashboard).to.be.accessible();

      const created = oneEvent(dashboard, 'crm-lead-created');
      await fillAndSave(dialog.shadowRoot!.querySelector('crm-lead-form')!, { first_name: 'Noor', last_name: 'Haddad', email: 'noor.haddad@example.org' });
      expect((await created).detail.lead.first_name).to.equal('Noor');
      await waitUntil(() => card(dashboard, 'Total leads') === number(before + 1), 'the figures did not follow');
      expect(dialog.isOpen).to.equal(false);
    });

    it('with quick-actions="inline", "New contact" opens the contact form in a dialog, and a contact created there updates the figures', async () => {
      const dashboard = await loaded(html`<crm-dashboard .client=${mockClient()} quick-actions="inline" locale="en-US"></crm-dashboard>`);
      const before = crm.db.statistics().total_contacts;
      const action = oneEvent(dashboard, 'crm-quick-action');
      root(dashboard).querySelector<HTMLButtonElement>('[data-action="new-contact"]')!.click();
      expect((await action).detail.action).to.equal('new-contact');
      const dialog = root(dashboard).querySelector<CrmContactDialog>('crm-contact-dialog')!;
      await waitUntil(() => dialog.isOpen && dialog.shadowRoot?.querySelector('crm-contact-form'), 'the dialog did not open');
      expect(root(dashboard).querySelector<CrmLeadDialog>('crm-lead-dialog')!.isOpen, 'only the contact dialog').to.equal(false);
      await expect(dashboard).to.be.accessible();

      const created = oneEvent(dashboard, 'crm-contact-created');
      await fillAndSave(dialog.shadowRoot!.querySelector('crm-contact-form')!, { first_name: 'Ines', last_name: 'Moreau', email: 'ines.moreau@example.org' });
      expect((await created).detail.contact.first_name).to.equal('Ines');
      await waitUntil(() => card(dashboard, 'Contacts') === number(before + 1), 'the figures did not follow');
      expect(dialog.isOpen).to.equal(false);
    });

    it('lets the host keep the inline dialog closed by cancelling the event', async () => {
      const dashboard = await dashboardWith();
      dashboard.quickActions = 'inline';
      await dashboard.updateComplete;
      dashboard.addEventListener('crm-quick-action', (event) => event.preventDefault(), { once: true });
      root(dashboard).querySelector<HTMLButtonElement>('[data-action="new-lead"]')!.click();
      await aTimeout(300);
      expect(root(dashboard).querySelector<CrmLeadDialog>('crm-lead-dialog')!.isOpen).to.equal(false);
    });

    it('stay usable while the figures load and after they failed to', async () => {
      crm.scenario.set({ latency: { min: 400, max: 400, routes: ['GET /statistics'] } });
      const loading = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} locale="en-US"></crm-dashboard>`);
      expect(root(loading).querySelector('[part="skeleton"]')).to.not.equal(null);
      const whileLoading = oneEvent(loading, 'crm-quick-action');
      root(loading).querySelector<HTMLButtonElement>('[data-action="new-contact"]')!.click();
      expect((await whileLoading).detail.action).to.equal('new-contact');
      await expect(loading).to.be.accessible();

      crm.scenario.set({ error: { status: 503, routes: ['GET /statistics'] } });
      const failed = await dashboardWith();
      expect(root(failed).querySelector('[part="error"]')).to.not.equal(null);
      const buttons = [...root(failed).querySelectorAll<HTMLButtonElement>('[part="quick-action"]')];
      expect(buttons.map((b) => clean(b.textContent))).to.deep.equal(['New lead', 'New contact', 'New opportunity', 'Schedule follow-up']);
      const afterFailure = oneEvent(failed, 'crm-quick-action');
      buttons[3]!.click();
      expect((await afterFailure).detail.action).to.equal('schedule-follow-up');
      await expect(failed).to.be.accessible();
    });

    it('with quick-actions="inline", keep the lead dialog open while the figures arrive', async () => {
      crm.scenario.set({ latency: { min: 600, max: 600, routes: ['GET /statistics'] } });
      const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} quick-actions="inline" locale="en-US"></crm-dashboard>`);
      root(dashboard).querySelector<HTMLButtonElement>('[data-action="new-lead"]')!.click();
      const dialog = root(dashboard).querySelector<CrmLeadDialog>('crm-lead-dialog')!;
      await waitUntil(() => dialog.isOpen, 'the dialog did not open while loading');
      expect(root(dashboard).querySelector('section > dl'), 'opened before the figures came').to.equal(null);
      await waitUntil(() => root(dashboard).querySelector('section > dl'), 'the figures never came');
      expect(root(dashboard).querySelector('crm-lead-dialog')).to.equal(dialog);
      expect(dialog.isOpen).to.equal(true);
    });

    it('are hidden with quick-actions="none"', async () => {
      const dashboard = await loaded(html`<crm-dashboard .client=${mockClient()} quick-actions="none"></crm-dashboard>`);
      expect(root(dashboard).querySelector('[part="quick-actions"]')).to.equal(null);
    });
  });

  describe('layout', () => {
    const columns = (dashboard: CrmDashboard, selector: string) =>
      getComputedStyle(root(dashboard).querySelector(selector)!).gridTemplateColumns.split(' ').length;

    it('is one column in a narrow sidebar and a grid on a full page', async () => {
      const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} style="width: 280px"></crm-dashboard>`);
      await waitUntil(() => root(dashboard).querySelector('section > dl'), 'the figures never came');
      expect(columns(dashboard, '.cards')).to.equal(1);
      expect(columns(dashboard, '.charts')).to.equal(1);

      dashboard.style.width = '1000px';
      expect(columns(dashboard, '.cards')).to.equal(4);
      expect(columns(dashboard, '.charts')).to.equal(3);
    });
  });

  describe('right-to-left pages', () => {
    /** Where each chart's labels, bars and figures lie, in page coordinates. */
    const chartBoxes = (dashboard: CrmDashboard) =>
      [...root(dashboard).querySelectorAll('[part="chart-image"]')].map((image) => ({
        image: image.getBoundingClientRect(),
        labels: [...image.querySelectorAll('span:not(.value)')].map((label) => label.getBoundingClientRect()),
        bars: [...image.querySelectorAll('rect')].map((rect) => rect.getBoundingClientRect()),
        values: [...image.querySelectorAll('.value')].map((value) => value.getBoundingClientRect()),
      }));
    const inside = (box: DOMRect, outer: DOMRect) =>
      box.left >= outer.left - 0.5 && box.right <= outer.right + 0.5 && box.width > 0;

    it('mirrors the charts and the conversion bar when the page turns right to left, every label and figure inside its chart', async () => {
      // fixtureSync: `fixture` waits for an animation frame around an outer element that is not a
      // Lit element, and a test page in a background tab (the runner tests two files at once) gets none.
      const page = fixtureSync<HTMLElement>(html`<div dir="ltr" style="width: 360px">
        <crm-dashboard .client=${mockClient()} locale="en-US"></crm-dashboard>
      </div>`);
      const dashboard = page.querySelector('crm-dashboard')!;
      await waitUntil(() => root(dashboard).querySelector('section > dl'), 'the figures never came');
      const progress = () => {
        const bar = root(dashboard).querySelector('[part="progress"]')!.getBoundingClientRect();
        const fill = root(dashboard).querySelector('.progress-bar')!.getBoundingClientRect();
        return { bar, fill };
      };

      for (const { image, labels, bars, values } of chartBoxes(dashboard)) {
        expect(labels.length).to.be.greaterThan(0);
        labels.forEach((label, row) => {
          expect(inside(label, image), 'label inside the chart').to.equal(true);
          expect(inside(values[row]!, image), 'figure inside the chart').to.equal(true);
          expect(label.right).to.be.at.most(bars[row]!.left + 0.5);
          expect(values[row]!.left).to.be.at.least(bars[row]!.right - 0.5);
          expect(bars[row]!.left, 'bars grow rightwards').to.be.closeTo(bars[0]!.left, 0.5);
        });
      }
      expect(progress().fill.left).to.be.closeTo(progress().bar.left, 0.5);

      // No update awaited: the styles alone mirror them.
      page.dir = 'rtl';
      for (const { image, labels, bars, values } of chartBoxes(dashboard)) {
        labels.forEach((label, row) => {
          expect(inside(label, image), 'label inside the chart').to.equal(true);
          expect(inside(values[row]!, image), 'figure inside the chart').to.equal(true);
          expect(label.left, 'label on the right of its bar').to.be.at.least(bars[row]!.right - 0.5);
          expect(values[row]!.right, 'figure on the left of its bar').to.be.at.most(bars[row]!.left + 0.5);
          expect(bars[row]!.right, 'bars grow leftwards').to.be.closeTo(bars[0]!.right, 0.5);
        });
      }
      expect(progress().fill.right, 'the conversion bar fills from the right').to.be.closeTo(progress().bar.right, 0.5);
      await expect(dashboard).to.be.accessible();
    });
  });

  describe('text from the CRM', () => {
    it('renders script-like status and source names as text and runs nothing', async () => {
      crm.db.leads.insert({
        first_name: 'X', last_name: 'Y', email: 'x.y@example.org', phone: '', company: '', pipeline_id: 1,
        status: XSS, source: SCRIPT, notes: null, assigned_to: null,
      });
      const dashboard = await dashboardWith();
      const status = chart(dashboard, 'Leads by status');
      expect(status.rows.map(([label]) => label)).to.include(XSS);
      expect(status.image?.getAttribute('aria-label')).to.contain(XSS);
      expect([...status.image!.querySelectorAll('span:not(.value)')].map((label) => label.textContent)).to.include(XSS);
      expect(chart(dashboard, 'Leads by source').rows.map(([label]) => label)).to.include(SCRIPT);
      await aTimeout(50);
      expect(root(dashboard).querySelector('img, script')).to.equal(null);
      expect((window as { xssRan?: unknown }).xssRan).to.equal(undefined);
    });
  });
});
