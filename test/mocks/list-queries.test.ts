import { expect } from '@open-wc/testing';
import {
  CONTACT_SORT_FIELDS, LEAD_SORT_FIELDS, OPPORTUNITY_SORT_FIELDS,
} from '@mindbrite/crm-client';
import { get, pageThrough, type Page } from './support/api.js';
import { useCrmMockWorker } from './support/worker.js';

type Row = Record<string, unknown>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const empty = (value: unknown) => value === null || value === undefined || value === '';

/** Whether `a` may come before `b` when sorting by a field in an order (empty values last). */
function inOrder(a: unknown, b: unknown, order: 'asc' | 'desc'): boolean {
  if (empty(b)) return true;
  if (empty(a)) return false;
  const comparison = typeof a === 'string' ? collator.compare(a, String(b)) : Number(a) - Number(b);
  return order === 'asc' ? comparison <= 0 : comparison >= 0;
}

describe('mocks: list search, filters, sort and paging', () => {
  const crm = useCrmMockWorker();

  describe('search', () => {
    it('finds a lead by email, company or full name in any letter case', async () => {
      const lead = crm.db.leads.all().find((candidate) => candidate.company !== '')!;
      for (const term of [lead.email.toUpperCase(), lead.company.toLowerCase(), `${lead.first_name} ${lead.last_name}`.toUpperCase()]) {
        const { body } = await get<Page<Row>>(`/leads?search=${encodeURIComponent(term)}&per_page=100`);
        expect(body.data.map(({ id }) => id), term).to.include(lead.id);
      }
    });

    it('returns exactly the records whose name, company or email contain the term', async () => {
      const term = 'an';
      const { records } = await pageThrough<Row>(`/leads?search=AN`);
      const expected = crm.db.leads.all().filter((lead) =>
        [lead.first_name, lead.last_name, lead.company, lead.email].some((text) => text.toLowerCase().includes(term)));
      expect(records.map(({ id }) => id).sort()).to.deep.equal(expected.map(({ id }) => id).sort());
      expect(records.length).to.be.within(1, crm.db.leads.count - 1);
    });

    it('searches contacts the same way, and opportunities by title and contact name', async () => {
      const contact = crm.db.contacts.all()[5]!;
      const contacts = await get<Page<Row>>(`/contacts?search=${encodeURIComponent(contact.email.toUpperCase())}`);
      expect(contacts.body.data.map(({ id }) => id)).to.include(contact.id);
      const opportunity = crm.db.opportunities.all()[3]!;
      const byContact = await pageThrough<Row>(`/opportunities?search=${encodeURIComponent(opportunity.contact_name.toLowerCase())}`);
      expect(byContact.records.map(({ id }) => id)).to.include(opportunity.id);
      const byTitle = await pageThrough<Row>(`/opportunities?search=${encodeURIComponent(opportunity.title.toUpperCase())}`);
      const term = opportunity.title.toLowerCase();
      expect(byTitle.records.every(({ title, contact_name, description }) =>
        [title, contact_name, description].some((text) => String(text).toLowerCase().includes(term)))).to.equal(true);
      expect(byTitle.records.map(({ id }) => id)).to.include(opportunity.id);
    });

    it('finds a lead or contact by its phone as written or by its last digits', async () => {
      const lead = crm.db.leads.all().find((candidate) => /\D/.test(candidate.phone))!;
      const lastDigits = lead.phone.replace(/\D/g, '').slice(-4);
      for (const term of [lead.phone, lastDigits]) {
        const { records } = await pageThrough<Row>(`/leads?search=${encodeURIComponent(term)}`);
        expect(records.map(({ id }) => id), term).to.include(lead.id);
      }
      const contact = crm.db.contacts.all()[7]!;
      const contacts = await pageThrough<Row>(`/contacts?search=${contact.phone.replace(/\D/g, '').slice(-4)}`);
      expect(contacts.records.map(({ id }) => id)).to.include(contact.id);
    });

    it('finds nothing for a term no record contains', async () => {
      const { body } = await get<Page<Row>>('/leads?search=zzqxv-no-such-person');
      expect(body).to.deep.equal({ data: [], total: 0 });
    });
  });

  describe('filters', () => {
    it('filters leads by status and source, alone and with search', async () => {
      for (const [query, matches] of [
        ['status=lost', (lead: Row) => lead.status === 'lost'],
        ['source=referral', (lead: Row) => lead.source === 'referral'],
        ['status=qualified&source=website&search=e', (lead: Row) => lead.status === 'qualified' && lead.source === 'website' &&
          [lead.first_name, lead.last_name, lead.company, lead.email].some((text) => String(text).toLowerCase().includes('e'))],
      ] as const) {
        const { records } = await pageThrough<Row>(`/leads?${query}`);
        const expected = crm.db.leads.all().filter((lead) => matches(lead as unknown as Row));
        expect(records.length, query).to.equal(expected.length);
        expect(records.length, query).to.be.greaterThan(0);
        expect(records.every(matches), query).to.equal(true);
      }
    });

    it('filters contacts by status, opportunities by stage and contact', async () => {
      const prospects = await pageThrough<Row>('/contacts?status=prospect');
      expect(prospects.records.length).to.equal(crm.db.contacts.all().filter(({ status }) => status === 'prospect').length);
      const won = await pageThrough<Row>('/opportunities?stage=closed_won');
      expect(won.records.length).to.be.greaterThan(0);
      expect(won.records.every(({ stage }) => stage === 'closed_won')).to.equal(true);
      const { contact_id } = crm.db.opportunities.all()[0]!;
      const forContact = await pageThrough<Row>(`/opportunities?contact_id=${contact_id}`);
      expect(forContact.records.length).to.equal(crm.db.opportunities.all().filter((row) => row.contact_id === contact_id).length);
    });

    it('filters follow-ups by contact, completion and an inclusive date range on scheduled_date', async () => {
      const open = await pageThrough<Row>('/follow-ups?completed=false');
      expect(open.records.length).to.be.greaterThan(0);
      expect(open.records.every(({ completed }) => completed === false)).to.equal(true);
      const done = await pageThrough<Row>('/follow-ups?completed=true');
      expect(open.records.length + done.records.length).to.equal(crm.db.followUps.count);

      const june = await pageThrough<Row>('/follow-ups?from=2026-06-01&to=2026-06-30');
      const expected = crm.db.followUps.all().filter(({ scheduled_date }) => scheduled_date >= '2026-06-01' && scheduled_date < '2026-07-01');
      expect(june.records.map(({ id }) => id).sort()).to.deep.equal(expected.map(({ id }) => id).sort());
      const day = String(june.records[0]!.scheduled_date).slice(0, 10);
      const oneDay = await pageThrough<Row>(`/follow-ups?from=${day}&to=${day}`);
      expect(oneDay.records.map(({ id }) => id)).to.include(june.records[0]!.id);

      const { contact_id } = crm.db.followUps.all()[0]!;
      const forContact = await pageThrough<Row>(`/follow-ups?contact_id=${contact_id}`);
      expect(forContact.records.every((row) => row.contact_id === contact_id)).to.equal(true);
    });
  });

  describe('follow-up dates written with an offset', () => {
    /**
     * A contact of its own with two follow-ups: one late on June 15 in New York (04:30 on the 16th
     * in UTC), written first, and one early on June 16 in UTC.
     */
    function followUpsAcrossMidnight() {
      const contact = crm.db.contacts.insert({
        first_name: 'Test', last_name: 'Offsets', email: 'offsets@example.com', phone: '555 010 0199', company: null,
        position: null, status: 'active', source: 'website', notes: null,
      });
      const base = { contact_id: contact.id, type: 'call', description: '', completed: false, completed_date: null };
      const late = crm.db.followUps.insert({ ...base, subject: 'Late in New York', scheduled_date: '2026-06-15T23:30:00-05:00' });
      const early = crm.db.followUps.insert({ ...base, subject: 'Early in UTC', scheduled_date: '2026-06-16T01:00:00Z' });
      return { contact, late, early };
    }

    it('from and to take the UTC day of each scheduled_date', async () => {
      const { contact, late, early } = followUpsAcrossMidnight();
      const ids = async (query: string) =>
        (await pageThrough<Row>(`/follow-ups?contact_id=${contact.id}&${query}`)).records.map(({ id }) => id).sort();
      expect(await ids('from=2026-06-16&to=2026-06-16')).to.deep.equal([late.id, early.id].sort());
      expect(await ids('to=2026-06-15')).to.deep.equal([]);
      expect(await ids('from=2026-06-17')).to.deep.equal([]);
    });

    it('sorts by the moment of scheduled_date, not by its text', async () => {
      const { contact, late, early } = followUpsAcrossMidnight();
      const order = async (query: string) =>
        (await get<Page<Row>>(`/follow-ups?contact_id=${contact.id}${query}`)).body.data.map(({ id }) => id);
      expect(await order('')).to.deep.equal([early.id, late.id]);
      expect(await order('&sort=scheduled_date&order=desc')).to.deep.equal([late.id, early.id]);
    });
  });

  describe('sort', () => {
    const cases = [
      ['/leads', LEAD_SORT_FIELDS],
      ['/contacts', CONTACT_SORT_FIELDS],
      ['/opportunities', OPPORTUNITY_SORT_FIELDS],
    ] as const;
    for (const [path, fields] of cases) {
      it(`sorts ${path} by every listed field in both orders, across pages`, async () => {
        for (const field of fields) {
          for (const order of ['asc', 'desc'] as const) {
            const { records } = await pageThrough<Row>(`${path}?sort=${field}&order=${order}`);
            const misplaced = records.findIndex((record, index) => index > 0 && !inOrder(records[index - 1]![field], record[field], order));
            expect(misplaced, `${path} sort=${field} order=${order}`).to.equal(-1);
          }
        }
      });
    }

    it('sorts ascending when only sort is given, newest first by default, follow-ups by scheduled date', async () => {
      const ascending = await get<Page<Row>>('/leads?sort=last_name&per_page=100');
      expect(ascending.body.data.every((lead, index, all) => index === 0 || inOrder(all[index - 1]!.last_name, lead.last_name, 'asc'))).to.equal(true);
      const newest = await get<Page<Row>>('/leads?per_page=100');
      expect(newest.body.data.every((lead, index, all) => index === 0 || inOrder(all[index - 1]!.created_at, lead.created_at, 'desc'))).to.equal(true);
      const followUps = await get<Page<Row>>('/follow-ups?per_page=100');
      expect(followUps.body.data.every((row, index, all) => index === 0 || inOrder(all[index - 1]!.scheduled_date, row.scheduled_date, 'asc'))).to.equal(true);
    });
  });

  describe('paging', () => {
    it('pages 1-based with 25 per page by default, and every record appears exactly once', async () => {
      const first = await get<Page<Row>>('/leads');
      expect(first.body.data).to.have.length(25);
      expect(first.body.total).to.equal(crm.db.leads.count);
      const ids: unknown[] = [];
      for (let page = 1; page <= Math.ceil(first.body.total / 25); page += 1) {
        ids.push(...(await get<Page<Row>>(`/leads?page=${page}`)).body.data.map(({ id }) => id));
      }
      expect(new Set(ids).size).to.equal(first.body.total);
      expect(ids.slice(0, 25)).to.deep.equal(first.body.data.map(({ id }) => id));
    });

    it('caps per_page at 100 and answers a page past the end with no records and the total', async () => {
      const capped = await get<Page<Row>>('/leads?per_page=500');
      expect(capped.body.data).to.have.length(100);
      const last = Math.ceil(crm.db.leads.count / 100);
      const lastPage = await get<Page<Row>>(`/leads?per_page=100&page=${last}`);
      expect(lastPage.body.data).to.have.length(crm.db.leads.count - (last - 1) * 100);
      const beyond = await get<Page<Row>>(`/leads?per_page=100&page=${last + 1}`);
      expect(beyond.body).to.deep.equal({ data: [], total: crm.db.leads.count });
    });
  });

  describe('invalid queries', () => {
    it('answers 422 naming each invalid parameter', async () => {
      const cases = [
        ['/leads?sort=password', 'sort'],
        ['/leads?order=sideways', 'order'],
        ['/leads?page=0', 'page'],
        ['/contacts?per_page=-5', 'per_page'],
        ['/opportunities?contact_id=abc', 'contact_id'],
        ['/follow-ups?completed=yes', 'completed'],
        ['/follow-ups?from=2026-13-45', 'from'],
        ['/follow-ups?to=June', 'to'],
        ['/follow-ups?from=2026-02-30', 'from'],
        ['/follow-ups?to=2026-04-31', 'to'],
      ] as const;
      for (const [path, field] of cases) {
        const { status, body } = await get<{ errors: Record<string, string[]> }>(path);
        expect(status, path).to.equal(422);
        expect(Object.keys(body.errors), path).to.deep.equal([field]);
      }
    });
  });
});
