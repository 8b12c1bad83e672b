// A backend whose ids are strings (UUIDs), as many are: the client reads, writes and reports them
// as they are, and the widgets select, edit, delete and convert such records, sending each id
// back in the URL as the backend gave it.
import { html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Contact, CrmChangeDetail, CrmExchangeDetail, CrmId, Lead } from '@mindbrite/crm-client';
import { createCrmClient, isCrmError } from '@mindbrite/crm-client';
import { http, HttpResponse } from 'msw';
import { crm, useMockCrm } from './support/mock-crm.js';
import { control, part, submitAndWaitFor, type } from './support/record-form.js';
import { answer, bulkBar, expect, names, rowAction, rowBox, rows, settledList, waitFor, waitForSettled } from './support/leads-list.js';
import type { CrmLeadsList } from './support/leads-list.js';
import '@mindbrite/crm-elements';

const BASE = '/api/uuid-crm';
/** Ids as such a backend makes them, one with characters a URL must escape. */
const uuids = ['8f14e45f-ceea-467f-a0e6-0a6a1f3c1b9d', '45c48cce-2e2d-4fbd-b6d1-6c3ab8d3bb6e', 'd3d94468-02a4-4f1c-9d3e-5b9b0d2e1f00', 'lead/4 #a'];

/** A backend of four leads with string ids, in the contract's shape otherwise; records what it was sent. */
function uuidBackend() {
  const leads = new Map<string, Lead>(
    uuids.map((id, index) => [id, { ...crm.db.leads.get(index + 1), id, status: index === 3 ? 'qualified' : 'new' } as Lead]),
  );
  const sent: string[] = [];
  const path = (request: Request) => decodeURIComponent(new URL(request.url).pathname);
  const found = (id: string) => leads.get(id) ?? null;
  crm.use(
    http.all(`${BASE}/*`, ({ request }) => {
      sent.push(`${request.method} ${path(request)}`);
    }),
    http.get(`${BASE}/leads`, () => HttpResponse.json({ data: [...leads.values()], total: leads.size })),
    http.get(`${BASE}/leads/:id`, ({ params }) => HttpResponse.json(found(params.id as string), { status: found(params.id as string) ? 200 : 404 })),
    http.put(`${BASE}/leads/:id`, async ({ params, request }) => {
      const lead = found(params.id as string);
      if (!lead) return HttpResponse.json({ message: 'Not found.' }, { status: 404 });
      const updated = { ...lead, ...((await request.json()) as object) };
      leads.set(lead.id as string, updated);
      return HttpResponse.json(updated);
    }),
    http.delete(`${BASE}/leads/:id`, ({ params }) => new HttpResponse(null, { status: leads.delete(params.id as string) ? 204 : 404 })),
    http.post(`${BASE}/leads/:id/convert`, ({ params }) => {
      const lead = found(params.id as string)!;
      leads.set(lead.id as string, { ...lead, status: 'converted' });
      const contact = { ...crm.db.contacts.get(1), id: `contact-of-${String(lead.id)}`, first_name: lead.first_name, last_name: lead.last_name };
      return HttpResponse.json(contact satisfies Partial<Contact>, { status: 201 });
    }),
  );
  return { leads, sent };
}

const uuidClient = () => createCrmClient({ baseUrl: BASE, retry: { limit: 0 }, syncTabs: false });

describe('string ids', function () {
  this.timeout(20_000);
  useMockCrm();

  describe('the client', () => {
    it('reads, updates and deletes by a string id, escaping it in the URL, and reports it in its events', async () => {
      const backend = uuidBackend();
      const client = uuidClient();
      const changes: CrmChangeDetail[] = [];
      const exchanges: CrmExchangeDetail[] = [];
      client.addEventListener('change', ({ detail }) => changes.push(detail));
      client.addEventListener('exchange', ({ detail }) => exchanges.push(detail));

      const page = await client.leads.list();
      expect(page.data.map(({ id }) => id)).to.deep.equal(uuids);
      const id = uuids[3]!;
      expect((await client.leads.get(id)).id).to.equal(id);
      expect((await client.leads.update(id, { status: 'contacted' })).status).to.equal('contacted');
      await client.leads.delete(id);
      expect(backend.sent.slice(-3)).to.deep.equal([`GET ${BASE}/leads/${id}`, `PUT ${BASE}/leads/${id}`, `DELETE ${BASE}/leads/${id}`]);
      expect(exchanges.at(-1)).to.deep.include({ path: `${BASE}/leads/lead%2F4%20%23a`, id });
      expect(changes).to.deep.equal([
        { resource: 'leads', action: 'update', id },
        { resource: 'leads', action: 'delete', id },
      ]);

      const { succeeded } = await client.leads.bulkDelete(uuids.slice(0, 2));
      expect(succeeded).to.deep.equal(uuids.slice(0, 2));
    });

    it('refuses an id that is neither a whole number above 0 nor a text, naming the field', async () => {
      for (const bad of ['', 0, 1.5, null]) {
        crm.use(http.get(`${BASE}/leads/1`, () => HttpResponse.json({ ...crm.db.leads.get(1), id: bad })));
        const error = await uuidClient()
          .leads.get(1)
          .then(() => undefined, (caught: unknown) => caught);
        expect(isCrmError(error) && error.kind, `id ${JSON.stringify(bad)}`).to.equal('validation');
        expect((error as Error).message).to.contain('id');
      }
    });
  });

  describe('the widgets', () => {
    it('a list selects, edits, converts and deletes records with string ids', async () => {
      const backend = uuidBackend();
      const client = uuidClient();
      const list = await settledList<CrmLeadsList>(html`<crm-leads-list .client=${client}></crm-leads-list>`);
      expect(rows(list).map((row) => row.dataset.id)).to.deep.equal(uuids);

      // Edit the last one in the list's dialog.
      const last = rows(list).at(-1)!;
      last.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
      await waitFor(() => list.shadowRoot!.querySelector('crm-lead-dialog'), 'the edit dialog');
      const dialog = list.shadowRoot!.querySelector('crm-lead-dialog')!;
      await waitFor(() => dialog.isOpen, 'it opens');
      const form = dialog.shadowRoot!.querySelector('crm-lead-form')!;
      await waitUntil(() => control(form, 'last_name')?.value, 'the lead loads into the form');
      await type(form, 'last_name', 'Renamed');
      const { detail } = await submitAndWaitFor(form, 'crm-lead-updated');
      expect(detail.lead.id).to.equal(uuids[3]);
      expect(backend.sent).to.include(`PUT ${BASE}/leads/${uuids[3]}`);
      await waitFor(() => names(list).some((name) => name.endsWith('Renamed')), 'the list shows the change');

      // Convert the first.
      const converted = oneEvent(list, 'crm-lead-converted');
      await rowAction(list, rows(list)[0]!, 'Convert to contact');
      await answer(list, 'Convert to contact');
      expect((await converted).detail.contact.id).to.equal(`contact-of-${uuids[0]}`);

      // Delete two in bulk.
      await waitForSettled(list);
      rowBox(rows(list)[1]!).click();
      rowBox(rows(list)[2]!).click();
      const deleted = oneEvent(list, 'crm-lead-deleted');
      await waitFor(() => bulkBar(list), 'the bulk bar');
      [...bulkBar(list)!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Delete selected')!.click();
      await answer(list, 'Delete leads');
      expect((await deleted).detail.ids).to.deep.equal([uuids[1], uuids[2]]);
      await waitFor(() => rows(list).length === 2, 'the list reloads without them');
      expect(backend.leads.has(uuids[1]!)).to.equal(false);
    });

    it('a form takes a string id from its attribute, and a numeric one as a number', async () => {
      uuidBackend();
      const form = document.createElement('crm-lead-form');
      form.client = uuidClient();
      form.setAttribute('lead-id', uuids[0]!);
      document.body.append(form);
      try {
        expect(form.leadId).to.equal(uuids[0]);
        await waitUntil(() => control(form, 'first_name')?.value === crm.db.leads.get(1).first_name, 'the lead loads');
        expect(part(form, 'submit').textContent!.trim()).to.equal('Save changes');
        form.setAttribute('lead-id', '7');
        expect(form.leadId).to.equal(7);
        form.setAttribute('lead-id', '007');
        expect(form.leadId as CrmId, 'written as text, kept as text').to.equal('007');
      } finally {
        form.remove();
      }
    });
  });
});
