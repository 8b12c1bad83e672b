// Follow-ups for a user in New York (the browser of this group is started in that zone, see
// web-test-runner.config.mjs): the agenda groups by the user's days, not UTC's, and says their
// times; the form sends the UTC instant of the wall time typed, in winter and in summer; the
// dashboard asks for the user's today and yesterday.
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-follow-up-form.js';
import '@mindbrite/crm-elements/crm-follow-ups.js';
import type { CrmFollowUpForm } from '@mindbrite/crm-elements/crm-follow-up-form.js';
import type { CrmFollowUps } from '@mindbrite/crm-elements/crm-follow-ups.js';
import { expect, fixture, html } from '@open-wc/testing';
import { crm, mockClient, recordRequests, useMockCrm } from '../elements/support/mock-crm.js';
import { submitAndWaitFor } from '../elements/support/record-form.js';
import { installFakeClock, waitOnRealTime, type FakeClock } from '../support/fake-clock.js';

/** Now: 03:00 UTC on 1 December 2026, which is still 30 November, 22:00, in New York. */
const NOW = Date.UTC(2026, 11, 1, 3, 0);
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

function addContact() {
  return crm.db.contacts.insert({
    first_name: 'Dolores', last_name: 'Achterberg', email: 'dolores.achterberg@example.org', phone: '', company: null, position: null, status: 'active', source: 'phone', notes: null,
  });
}

describe('follow-ups in New York', () => {
  useMockCrm();

  it('the page lives in New York', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date(NOW).getDate(), 'still 30 November there').to.equal(30);
  });

  describe('the agenda', () => {
    let clock: FakeClock | undefined;
    let agenda: CrmFollowUps | undefined;
    afterEach(() => {
      agenda?.remove();
      clock?.uninstall();
    });

    /** Each group's heading with its subjects and their times, as the agenda shows them. */
    const shown = (element: CrmFollowUps) =>
      [...element.shadowRoot!.querySelectorAll('[part="group"]')].map((group) => [
        clean(group.querySelector('h3')!.textContent),
        ...[...group.querySelectorAll('[part="item"]')].map((item) => `${clean(item.querySelector('[part="subject"]')!.textContent)} @ ${clean(item.querySelector('[part="time"] time')!.textContent)}`),
      ]);

    it("groups by the user's days and says their times", async () => {
      const contact = addContact();
      crm.db.followUps.load([]);
      for (const [subject, scheduled_date] of [
        // 23:30 on 29 November in New York: an earlier day there, as in UTC.
        ['Two days back', '2026-11-30T04:30:00Z'],
        // 18:30 on 30 November in New York: today there, though yesterday in UTC.
        ['Earlier this evening', '2026-11-30T23:30:00Z'],
        // 05:00 on 1 December in New York: tomorrow there, though today in UTC.
        ['Early tomorrow', '2026-12-01T10:00:00Z'],
      ] as const) {
        crm.db.followUps.insert({ contact_id: contact.id, type: 'call', subject, description: '', scheduled_date, completed: false, completed_date: null });
      }
      clock = installFakeClock(NOW);
      agenda = document.createElement('crm-follow-ups') as CrmFollowUps;
      agenda.locale = 'en-US';
      agenda.client = mockClient();
      document.body.append(agenda);
      await waitOnRealTime(() => agenda!.shadowRoot?.querySelector('.root > .agenda'), 'the agenda');
      expect(shown(agenda)).to.deep.equal([
        ['Overdue 1', 'Two days back @ Sun, Nov 29, 11:30 PM'],
        ['Today 1', 'Earlier this evening @ 6:30 PM'],
        ['Next 7 days 1', 'Early tomorrow @ Tue, Dec 1, 5:00 AM'],
      ]);
    });
  });

  it('the form sends a typed wall time as its UTC instant, in winter and in summer', async () => {
    const contact = addContact();
    const bodies: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'POST') void request.clone().json().then((body: { scheduled_date: string }) => bodies.push(body.scheduled_date));
    };
    crm.worker.events.on('request:start', listener);
    const form = await fixture<CrmFollowUpForm>(html`<crm-follow-up-form .client=${mockClient()} contact-id=${contact.id}></crm-follow-up-form>`);
    const type = async (name: string, value: string) => {
      const control = form.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await form.updateComplete;
    };
    await waitOnRealTime(() => form.shadowRoot!.querySelector<HTMLInputElement>('#contact_id')?.value === 'Dolores Achterberg', 'the contact');
    // New York is UTC-5 in winter, UTC-4 in summer.
    await type('subject', 'Confirm the appointment');
    await type('scheduled_date', '2026-12-01T09:00');
    await submitAndWaitFor(form, 'crm-follow-up-created');
    await type('subject', 'Six-month check-up');
    await type('scheduled_date', '2027-06-01T09:00');
    await submitAndWaitFor(form, 'crm-follow-up-created');
    crm.worker.events.removeListener('request:start', listener);
    await waitOnRealTime(() => bodies.length === 2, 'both bodies');
    expect(bodies).to.deep.equal(['2026-12-01T14:00:00.000Z', '2027-06-01T13:00:00.000Z']);
  });

  it("the dashboard counts the user's today and yesterday", async () => {
    const clock = installFakeClock(NOW);
    try {
      const requests = recordRequests();
      const dashboard = document.createElement('crm-dashboard') as HTMLElement & { client: unknown };
      dashboard.client = mockClient();
      document.body.append(dashboard);
      await waitOnRealTime(() => requests.matching('GET', '/follow-ups').length === 2, 'the two count queries');
      const ranges = requests.matching('GET', '/follow-ups').map(({ query }) => `${query.get('from') ?? ''}..${query.get('to')}`);
      expect(ranges.sort()).to.deep.equal(['..2026-11-29', '2026-11-30..2026-11-30']);
      requests.stop();
      dashboard.remove();
    } finally {
      clock.uninstall();
    }
  });
});
