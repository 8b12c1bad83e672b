// Text from the CRM that could break the page or disguise itself, in every element: unbroken
// values of 100,000 characters, a 5,000-character status, a figure of 1e308, and bidi controls
// (`\u202Eredro\u202C Bidi\u202Egnp.exe` would read "order Bidiexe.png"). Each stays inside its
// widget, narrow (320 px) and wide, and shows without the characters that could reorder it.
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-lead-dialog.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import type { CrmDashboard } from '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmLeadDialog } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import { expect, rows, settledList, shadow } from './support/leads-list.js';

const LONG = 'W'.repeat(100_000);
const LONG_STATUS = 's'.repeat(5_000);
const DISGUISED = '\u202Eredro\u202C Bidi\u202Egnp.exe';
const WIDTHS = [320, 760];

/** Bidi controls and C0/C1 controls other than tab and line breaks. */
const CONTROLS = /(?![\t\n\r])[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Every text node and attribute value in `root`, through nested shadow roots. */
function texts(root: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) found.push(attribute.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/**
 * Asserts that nothing inside `frame` (a box of a fixed width) overflows it, nor the page: what is
 * positioned (a visually hidden table) overflows the page rather than the frame.
 */
function expectContained(frame: HTMLElement, what: string): void {
  expect(frame.scrollWidth, `${what}: content width within the ${frame.clientWidth} px frame`).to.be.at.most(frame.clientWidth);
  const page = document.documentElement;
  expect(page.scrollWidth, `${what}: the page does not scroll sideways`).to.be.at.most(page.clientWidth);
  // Nor is the page made taller than the widget (a hidden table's figures wrapping a digit a line).
  let widget: Element = frame;
  while (widget.parentElement !== document.body) widget = widget.parentElement ?? (widget.getRootNode() as ShadowRoot).host;
  const frameBottom = Math.ceil(widget.getBoundingClientRect().bottom + scrollY);
  expect(page.scrollHeight, `${what}: the page ends with the frame`).to.be.at.most(Math.max(page.clientHeight, frameBottom + 16));
}

/** A `width` px wide frame holding `template`. */
const framed = (width: number, template: unknown) => html`<div style="width: ${width}px">${template}</div>`;

/** A lead of the mock with these fields. */
function insertLead(fields: Record<string, string>) {
  return crm.db.leads.insert({
    first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.org', phone: '', company: '', pipeline_id: 1,
    status: 'new', source: 'website', notes: null, assigned_to: null, ...fields,
  });
}

describe('text from the CRM that could break the page or disguise itself', function () {
  // Generous: these suites share two cores with other suites, and a 100,000-character value is slow to lay out.
  this.timeout(30_000);
  useMockCrm();

  describe('<crm-leads-list>', () => {
    for (const width of WIDTHS) {
      it(`keeps a 100,000-character name and a 5,000-character status inside the list at ${width} px`, async () => {
        crm.db.leads.load([{ ...crm.db.leads.get(1), id: 1, first_name: LONG, last_name: '', company: LONG, status: LONG_STATUS }]);
        const frame = await settledList(framed(width, html`<crm-leads-list .client=${mockClient()} status=${LONG_STATUS}></crm-leads-list>`))
          .then((list) => list.parentElement!);
        const list = frame.querySelector('crm-leads-list')!;
        // Wide, the table may scroll sideways in its own scroll area; the page never does.
        expectContained(frame, 'the page');
        for (const cell of rows(list)[0]!.querySelectorAll<HTMLElement>('td')) expectContained(cell, 'a cell');
        if (width === 320) expectContained(shadow(list).querySelector<HTMLElement>('.table-wrap')!, 'the cards');
        const [nameCell, companyCell] = rows(list)[0]!.querySelectorAll<HTMLElement>('td[part="cell"]');
        expect(nameCell!.textContent!.trim().length, 'the name is cut to a readable length').to.be.below(200);
        expect(nameCell!.title, 'the whole name is the cell’s tooltip').to.equal(LONG);
        expect(companyCell!.title).to.equal(LONG);
        expect(nameCell!.getBoundingClientRect().height, 'a name of a few lines').to.be.below(200);
      });
    }

    it('shows a name with bidi overrides without them, in cells, labels and notices', async () => {
      crm.db.leads.load([{ ...crm.db.leads.get(1), id: 1, first_name: DISGUISED, last_name: '', company: `\u2067${DISGUISED}\u0007` }]);
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const [nameCell, companyCell] = rows(list)[0]!.querySelectorAll('td[part="cell"]');
      expect(nameCell!.textContent!.trim()).to.equal('redro Bidignp.exe');
      expect(companyCell!.textContent!.trim()).to.equal('redro Bidignp.exe');
      expect(texts(list).filter((text) => CONTROLS.test(text))).to.deep.equal([]);
    });
  });

  describe('<crm-dashboard>', () => {
    function serveStatistics(changes: Record<string, unknown>) {
      crm.use(http.get(`${crm.baseUrl}/statistics`, () => HttpResponse.json({ ...crm.db.statistics(), ...changes })));
    }

    for (const width of WIDTHS) {
      it(`abbreviates a figure of 1e308 to fit its card, and keeps a 5,000-character status inside, at ${width} px`, async () => {
        serveStatistics({
          pipeline_value: 1e308,
          total_leads: 123_456_789_012,
          leads_by_status: { new: 3, [LONG_STATUS]: 2, [DISGUISED]: 1 },
          opportunities_by_stage: { prospecting: { count: 1, value: 1e308 } },
        });
        const frame = fixtureSync<HTMLElement>(framed(width, html`<crm-dashboard .client=${mockClient()} locale="en-US"></crm-dashboard>`));
        const dashboard = frame.querySelector<CrmDashboard>('crm-dashboard')!;
        await waitUntil(() => dashboard.shadowRoot!.querySelector('section > dl'), 'the figures');
        const card = [...dashboard.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')].find((element) =>
          element.textContent!.includes('Open pipeline value'),
        )!;
        const figure = card.querySelector('abbr')!;
        expect(figure.textContent).to.equal('$1E308');
        expect(figure.title, 'the whole figure on demand').to.equal(
          new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(1e308),
        );
        expect(card.scrollWidth, 'the figure fits its card').to.be.at.most(card.clientWidth);
        expect(
          [...dashboard.shadowRoot!.querySelectorAll('[part="card"] dd')].some((dd) => dd.textContent!.trim() === '123B'),
          '123,456,789,012 leads abbreviated',
        ).to.equal(true);
        expectContained(frame, 'the page');

        dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await dashboard.updateComplete;
        expectContained(frame, 'the page with the tables shown');
        expect(texts(dashboard).filter((text) => CONTROLS.test(text))).to.deep.equal([]);
        expect(texts(dashboard).some((text) => text.includes('Redro Bidignp.exe'))).to.equal(true);
      });
    }
  });

  describe('<crm-lead-form> and <crm-lead-dialog>', () => {
    it('shows a duplicate with a 100,000-character disguised name inside the form, without its controls', async () => {
      insertLead({ first_name: `${DISGUISED}${LONG}`, email: 'taken@example.org' });
      const frame = fixtureSync<HTMLElement>(framed(320, html`<crm-lead-form .client=${mockClient()}></crm-lead-form>`));
      const form = frame.querySelector<CrmLeadForm>('crm-lead-form')!;
      await form.updateComplete;
      const email = form.shadowRoot!.querySelector<HTMLInputElement>('[name="email"]')!;
      email.value = 'taken@example.org';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => form.shadowRoot!.querySelector('[part="open-record"]'), 'the duplicate note', { timeout: 5000 });
      const open = form.shadowRoot!.querySelector('[part="open-record"]')!;
      expect(open.querySelector('bdi')!.textContent!.startsWith('redro Bidignp.exe'), 'the name, isolated, without its controls').to.equal(true);
      expect(open.textContent!.length, 'cut to a readable length').to.be.below(200);
      expectContained(frame, 'the form');
      expect(texts(form).filter((text) => CONTROLS.test(text))).to.deep.equal([]);
    });

    it('keeps a lead with a 5,000-character status inside the form, and a long server message inside the dialog', async () => {
      const lead = insertLead({ status: LONG_STATUS, company: LONG });
      crm.use(
        http.put(`${crm.baseUrl}/leads/:id`, () =>
          HttpResponse.json({ message: 'Invalid.', errors: { company: [`${DISGUISED}${LONG}`] } }, { status: 422 }),
        ),
      );
      const frame = fixtureSync<HTMLElement>(framed(320, html`<crm-lead-dialog .client=${mockClient()}></crm-lead-dialog>`));
      const dialog = frame.querySelector<CrmLeadDialog>('crm-lead-dialog')!;
      await dialog.open({ leadId: lead.id });
      const form = dialog.shadowRoot!.querySelector<CrmLeadForm>('crm-lead-form')!;
      await form.ready;
      const panel = dialog.shadowRoot!.querySelector<HTMLElement>('dialog.main')!;
      expectContained(panel, 'the dialog');

      const notes = form.shadowRoot!.querySelector<HTMLTextAreaElement>('[name="notes"]')!;
      notes.value = 'Called back.';
      notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await waitUntil(() => form.shadowRoot!.querySelector('#company-error'), 'the server’s message');
      expect(form.shadowRoot!.querySelector('#company-error')!.textContent!.startsWith('redro Bidignp.exe')).to.equal(true);
      expectContained(panel, 'the dialog with the message');
      dialog.close();
    });
  });
});
