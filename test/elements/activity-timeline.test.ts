// <crm-activity-timeline>: a contact's completed follow-ups and notes, newest first, at a fixed
// "now" (a fake clock); the quick box logging a call or a note in one POST; its failures, the
// permission that hides it, hostile text, the states, and reloading on changes.
import '@mindbrite/crm-elements/crm-activity-timeline.js';
import '@mindbrite/crm-elements/crm-provider.js';
import type { CrmActivityTimeline } from '@mindbrite/crm-elements/crm-activity-timeline.js';
import type { CrmClient, CrmId, FollowUp } from '@mindbrite/crm-client';
import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { installFakeClock, type FakeClock } from '../support/fake-clock.js';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { deepActiveElement, XSS } from './support/record-form.js';

const realTimers = { Date, setTimeout, clearTimeout, setInterval, clearInterval };
const realTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise((resolve) => realTimeout(resolve, ms));

/** Waits on real time, whether or not the fake clock is installed. */
async function until<T>(predicate: () => T, message: string): Promise<NonNullable<T>> {
  for (let waited = 0; waited < 8000; waited += 20) {
    const value = predicate();
    if (value) return value;
    await pause(20);
  }
  throw new Error(`Timed out: ${message}`);
}

/** axe, which waits on timers, run on real ones; the fake clock's (if any) come back after. */
async function accessible(element: Element) {
  const current = { Date, setTimeout, clearTimeout, setInterval, clearInterval };
  Object.assign(globalThis, realTimers);
  try {
    await expect(element).to.be.accessible();
  } finally {
    Object.assign(globalThis, current);
  }
}

/** "Now" where the fake clock is used: Monday 30 November 2026, 15:00 where the browser is. */
const NOW = new Date(2026, 10, 30, 15, 0);
const at = (days: number, hours: number, minutes = 0) => new Date(2026, 10, 30 + days, hours, minutes).toISOString();

const root = (element: Element) => element.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const part = <T extends HTMLElement = HTMLElement>(element: Element, name: string) => root(element).querySelector<T>(`[part="${name}"]`);
const subjects = (element: Element) => [...root(element).querySelectorAll('[part="subject"]')].map((subject) => clean(subject.textContent));
const entry = (element: Element, subject: string) =>
  [...root(element).querySelectorAll('[part="entry"]')].find((each) => clean(each.querySelector('[part="subject"]')!.textContent) === subject);
const field = (element: Element, name: string) => root(element).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${name}`)!;
const settled = (element: Element) => until(() => root(element).querySelector('[part="list"], [part="empty"], [part="error"]'), 'the timeline settled');

/** A contact of its own, with no follow-ups yet. */
function newContact() {
  return crm.db.contacts.insert({
    first_name: 'Noor',
    last_name: 'Haddad',
    email: 'noor.timeline@example.org',
    phone: '+1 415 555 0178',
    company: null,
    position: null,
    status: 'active',
    source: 'referral',
    notes: null,
  });
}

function followUp(contact_id: number, fields: Partial<Omit<FollowUp, 'contact_id'>> & Pick<FollowUp, 'subject' | 'type' | 'scheduled_date'>) {
  return crm.db.followUps.insert({ contact_id, description: '', completed: false, completed_date: null, ...fields });
}

/** The contact's activity at NOW: what shows, and an open call that must not. */
function contactWithActivity() {
  const contact = newContact();
  followUp(contact.id, { type: 'meeting', subject: 'Consultation', scheduled_date: at(-3, 10), completed: true, completed_date: at(-3, 11) });
  followUp(contact.id, { type: 'call', subject: 'Open call', scheduled_date: at(-1, 9) });
  followUp(contact.id, { type: 'note', subject: 'Prefers mornings', scheduled_date: at(0, 11), description: 'Line one\nLine two' });
  followUp(contact.id, {
    type: 'call',
    subject: 'Called about the quote',
    scheduled_date: at(0, 14, 30),
    completed: true,
    completed_date: at(0, 14, 40),
    outcome: 'Left a voicemail',
  });
  // Done without a completion date: placed by its scheduled date.
  followUp(contact.id, { type: 'email', subject: 'Sent the leaflet', scheduled_date: at(-2, 16), completed: true, completed_date: null });
  return contact;
}

function timeline(contactId: CrmId | undefined, client: CrmClient = mockClient()) {
  return fixtureSync<CrmActivityTimeline>(html`<crm-activity-timeline .client=${client} .contactId=${contactId} locale="en-US"></crm-activity-timeline>`);
}

/** The bodies of the POSTs the client sends, read from what it hands `fetch`. */
function postingClient() {
  const posts: Record<string, unknown>[] = [];
  const client = mockClient({
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') posts.push((await request.clone().json()) as Record<string, unknown>);
      return fetch(request);
    },
  });
  return { client, posts };
}

async function type(element: Element, name: string, value: string) {
  const control = field(element, name);
  control.focus();
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const save = (element: Element) => part<HTMLButtonElement>(element, 'save')!.click();

describe('<crm-activity-timeline>', () => {
  useMockCrm();

  describe('at a fixed now', () => {
    let clock: FakeClock;
    beforeEach(() => {
      clock = installFakeClock(NOW);
    });
    afterEach(() => clock.uninstall());

    it('shows completed follow-ups and notes newest first, by day, with type, time, outcome and details', async () => {
      const contact = contactWithActivity();
      const element = timeline(contact.id);
      await settled(element);
      expect(subjects(element)).to.deep.equal(['Called about the quote', 'Prefers mornings', 'Sent the leaflet', 'Consultation']);
      const day = (days: number) => new Date(2026, 10, 30 + days).toLocaleDateString('en-US', { dateStyle: 'full' });
      expect([...root(element).querySelectorAll('[part="day"]')].map((heading) => clean(heading.textContent))).to.deep.equal([day(0), day(-2), day(-3)]);

      const text = (subject: string, name: string) => clean(entry(element, subject)!.querySelector(`[part="${name}"]`)?.textContent);
      expect(text('Called about the quote', 'type')).to.equal('Call');
      expect(text('Called about the quote', 'time'), 'recent: relative').to.equal('20 minutes ago');
      expect(text('Called about the quote', 'outcome')).to.equal('Outcome: Left a voicemail');
      expect(text('Prefers mornings', 'type')).to.equal('Note');
      expect(text('Prefers mornings', 'time')).to.equal('4 hours ago');
      expect(entry(element, 'Prefers mornings')!.querySelector('[part="description"]')!.textContent).to.equal('Line one\nLine two');
      expect(text('Sent the leaflet', 'time'), 'older: the time of day').to.equal(new Date(at(-2, 16)).toLocaleTimeString('en-US', { timeStyle: 'short' }));
      expect(entry(element, 'Sent the leaflet')!.querySelector('time')!.getAttribute('datetime')).to.equal(at(-2, 16));
      expect(entry(element, 'Consultation')!.querySelector('[part="outcome"]')).to.equal(null);
      await accessible(element);
    });

    it('logs a call in one POST of a completed follow-up dated now in UTC, shows it at the top and clears the box', async () => {
      const contact = contactWithActivity();
      const { client, posts } = postingClient();
      const element = timeline(contact.id, client);
      await settled(element);
      await until(() => part(element, 'log'), 'the quick box');
      const requests = recordRequests();
      const created = oneEvent(element, 'crm-follow-up-created');
      await type(element, 'subject', 'Confirmed the implant date');
      await type(element, 'outcome', 'Booked for Friday');
      await type(element, 'description', 'Asked about sedation.');
      save(element);
      const { detail } = await created;
      expect(detail.followUp).to.include({ contact_id: contact.id, type: 'call', subject: 'Confirmed the implant date', completed: true });

      expect(requests.matching('POST', '/follow-ups')).to.have.length(1);
      expect(posts).to.deep.equal([
        {
          contact_id: contact.id,
          type: 'call',
          subject: 'Confirmed the implant date',
          description: 'Asked about sedation.',
          scheduled_date: NOW.toISOString(),
          completed: true,
          completed_date: NOW.toISOString(),
          outcome: 'Booked for Friday',
        },
      ]);
      await until(() => subjects(element)[0] === 'Confirmed the implant date', 'the call at the top');
      expect(clean(entry(element, 'Confirmed the implant date')!.querySelector('[part="outcome"]')!.textContent)).to.equal('Outcome: Booked for Friday');
      expect([field(element, 'subject').value, field(element, 'outcome').value, field(element, 'description').value]).to.deep.equal(['', '', '']);
      expect(clean(root(element).querySelector('[role="status"]')!.textContent)).to.equal('The call was logged.');
      await until(() => deepActiveElement() === field(element, 'subject'), 'focus back on the summary');
      // Its own change needs no reload.
      await clock.tick(500);
      expect(requests.matching('GET', '/follow-ups')).to.have.length(0);
      requests.stop();
      expect(crm.db.followUps.all().filter((row) => row.subject === 'Confirmed the implant date')).to.have.length(1);
    });

    it('adds a note (no outcome field) as a completed note', async () => {
      const contact = newContact();
      const { client, posts } = postingClient();
      const element = timeline(contact.id, client);
      await settled(element);
      expect(clean(part(element, 'empty')!.textContent)).to.equal('Nothing logged yet.');
      const note = await until(() => [...root(element).querySelectorAll<HTMLButtonElement>('[part="kind"]')].find((kind) => clean(kind.textContent) === 'Note'), 'the note toggle');
      note.click();
      await element.updateComplete;
      expect(note.getAttribute('aria-pressed')).to.equal('true');
      expect(root(element).querySelector('#outcome')).to.equal(null);
      expect(clean(part(element, 'save')!.textContent)).to.equal('Add note');
      await type(element, 'subject', 'Allergic to latex');
      save(element);
      await until(() => subjects(element)[0] === 'Allergic to latex', 'the note shown');
      expect(posts).to.have.length(1);
      expect(posts[0]).to.deep.equal({
        contact_id: contact.id,
        type: 'note',
        subject: 'Allergic to latex',
        description: '',
        scheduled_date: NOW.toISOString(),
        completed: true,
        completed_date: NOW.toISOString(),
      });
      expect(clean(root(element).querySelector('[role="status"]')!.textContent)).to.equal('The note was added.');
    });
  });

  it('sends nothing without a summary, and says so beside it', async () => {
    const element = timeline(newContact().id);
    await settled(element);
    await until(() => part(element, 'log'), 'the quick box');
    const requests = recordRequests();
    await type(element, 'outcome', 'No answer');
    save(element);
    await until(() => part(element, 'field-error'), 'the message');
    expect(clean(part(element, 'field-error')!.textContent)).to.equal('Enter a summary.');
    expect(field(element, 'subject').getAttribute('aria-invalid')).to.equal('true');
    expect(field(element, 'subject').getAttribute('aria-describedby')).to.equal('subject-error');
    expect(deepActiveElement()).to.equal(field(element, 'subject'));
    expect(field(element, 'outcome').value).to.equal('No answer');
    await aTimeout(50);
    expect(requests.matching('POST', '/follow-ups')).to.have.length(0);
    requests.stop();
    await accessible(element);
  });

  it('keeps what was typed when the CRM refuses it, with the 422 beside its field, and fires crm-error', async () => {
    crm.use(http.post(`${crm.baseUrl}/follow-ups`, () => HttpResponse.json({ message: 'The given data was invalid.', errors: { subject: ['The subject may not be greater than 200 characters.'] } }, { status: 422 })));
    const element = timeline(newContact().id);
    await settled(element);
    await until(() => part(element, 'log'), 'the quick box');
    const failed = oneEvent(element, 'crm-error');
    await type(element, 'subject', 'Too long, says the server');
    await type(element, 'outcome', 'Reached');
    save(element);
    expect((await failed).detail.operation).to.equal('create');
    await until(() => part(element, 'field-error'), 'the message beside the field');
    expect(clean(part(element, 'field-error')!.textContent)).to.equal('The subject may not be greater than 200 characters.');
    expect(field(element, 'subject').getAttribute('aria-invalid')).to.equal('true');
    expect([field(element, 'subject').value, field(element, 'outcome').value]).to.deep.equal(['Too long, says the server', 'Reached']);
    await until(() => deepActiveElement() === field(element, 'subject'), 'focus on the field');
    expect(part(element, 'empty'), 'nothing added').to.not.equal(null);
    await accessible(element);
  });

  it('says why in an alert when saving fails otherwise, and keeps what was typed', async () => {
    crm.scenario.set({ error: { status: 500, routes: ['POST /follow-ups'] } });
    const element = timeline(newContact().id);
    await settled(element);
    await until(() => part(element, 'log'), 'the quick box');
    await type(element, 'subject', 'Called back');
    save(element);
    const alert = await until(() => part(element, 'log-error'), 'the alert');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(clean(alert.textContent)).to.contain('The CRM ran into a problem on its side.');
    expect(field(element, 'subject').value).to.equal('Called back');
  });

  it('hides the quick box when the provider does not allow creating follow-ups', async () => {
    const contact = contactWithActivity();
    const provider = fixtureSync(html`<crm-provider .client=${mockClient()} .permissions=${{ followUps: ['edit'] }}>
      <crm-activity-timeline contact-id=${contact.id}></crm-activity-timeline>
    </crm-provider>`);
    const element = provider.querySelector('crm-activity-timeline')!;
    await settled(element);
    await aTimeout(100);
    expect(part(element, 'log')).to.equal(null);
    expect(subjects(element)).to.have.length(4);
  });

  it('fires crm-follow-up-select with the follow-up when a subject is activated', async () => {
    const contact = contactWithActivity();
    const element = timeline(contact.id);
    await settled(element);
    const selected = oneEvent(element, 'crm-follow-up-select');
    entry(element, 'Sent the leaflet')!.querySelector<HTMLButtonElement>('[part="subject"]')!.click();
    const { detail, bubbles, composed } = await selected;
    expect(bubbles && composed).to.equal(true);
    expect(detail.followUp).to.include({ subject: 'Sent the leaflet', contact_id: contact.id });
  });

  it('shows 20 entries, then 20 more with Show more, focus on the first new one', async () => {
    const contact = newContact();
    for (let index = 0; index < 45; index += 1) {
      followUp(contact.id, { type: 'note', subject: `Note ${index}`, scheduled_date: new Date(Date.UTC(2026, 0, 1) + index * 36e5).toISOString() });
    }
    const requests = recordRequests();
    const element = timeline(contact.id);
    await settled(element);
    expect(requests.matching('GET', '/follow-ups')[0]!.query.get('per_page')).to.equal('100');
    expect(requests.matching('GET', '/follow-ups')[0]!.query.get('contact_id')).to.equal(String(contact.id));
    requests.stop();
    expect(subjects(element)).to.have.length(20);
    expect(subjects(element)[0]).to.equal('Note 44');
    part<HTMLButtonElement>(element, 'show-more')!.click();
    await until(() => subjects(element).length === 40, '20 more');
    expect(deepActiveElement()).to.equal(root(element).querySelectorAll('[part="subject"]')[20]);
    part<HTMLButtonElement>(element, 'show-more')!.click();
    await until(() => subjects(element).length === 45, 'the rest');
    expect(part(element, 'show-more')).to.equal(null);
  });

  it('renders hostile text as text', async () => {
    const contact = newContact();
    followUp(contact.id, {
      type: '<b>carrier_pigeon</b>',
      subject: XSS,
      description: '<script>window.__xss=3</script>',
      scheduled_date: at(-1, 9),
      completed: true,
      completed_date: 'not a date <img src=x>',
      outcome: '<img src=x onerror="window.__xss=4">',
    });
    const element = timeline(contact.id);
    await settled(element);
    expect(subjects(element)).to.deep.equal([XSS]);
    expect(clean(part(element, 'outcome')!.textContent)).to.equal('Outcome: <img src=x onerror="window.__xss=4">');
    expect(clean(part(element, 'time')!.textContent)).to.equal('not a date <img src=x>');
    expect(clean(part(element, 'day')!.textContent)).to.equal('No date');
    await aTimeout(50);
    expect(root(element).querySelector('img, script, b')).to.equal(null);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  describe('states', () => {
    it('says there is no contact, and loads nothing, without one', async () => {
      const requests = recordRequests();
      const element = timeline(undefined);
      await until(() => part(element, 'empty'), 'the empty state');
      expect(clean(part(element, 'empty')!.textContent)).to.equal('Choose a contact to see what was done with them.');
      expect(part(element, 'log')).to.equal(null);
      await aTimeout(50);
      expect(requests.matching('GET', '/follow-ups')).to.have.length(0);
      requests.stop();
      await accessible(element);
    });

    it('shows a placeholder while loading', async () => {
      crm.scenario.set({ latency: { min: 400, max: 400, routes: ['GET /follow-ups'] } });
      const element = timeline(contactWithActivity().id);
      await until(() => part(element, 'skeleton'), 'the placeholder');
      expect(root(element).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
      await accessible(element);
      await settled(element);
      expect(root(element).querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('shows an error with Retry, fires crm-error once, and Retry loads it', async () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /follow-ups'] } });
      const contact = contactWithActivity();
      const element = timeline(contact.id);
      const errors: CustomEvent[] = [];
      element.addEventListener('crm-error', (event) => errors.push(event));
      const error = await until(() => part(element, 'error'), 'the error state');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(clean(error.textContent)).to.contain('The CRM ran into a problem on its side.');
      expect(errors.map(({ detail }) => detail.operation)).to.deep.equal(['load']);
      await accessible(element);
      crm.scenario.reset();
      part<HTMLButtonElement>(element, 'retry')!.click();
      await until(() => subjects(element).length === 4, 'Retry loaded the activity');
    });

    it('reloads when follow-ups change through its client', async () => {
      const contact = contactWithActivity();
      const client = mockClient();
      const element = timeline(contact.id, client);
      await settled(element);
      await client.followUps.create({ contact_id: contact.id, type: 'note', subject: 'From elsewhere', description: '', scheduled_date: at(1, 9), completed: false });
      await until(() => subjects(element)[0] === 'From elsewhere', 'the change shown');
    });

    it('aborts the load when removed, without an error', async () => {
      const contact = contactWithActivity();
      crm.scenario.set({ hang: { routes: ['GET /follow-ups'] } });
      const signals: AbortSignal[] = [];
      const watched = timeline(
        contact.id,
        mockClient({
          fetch: (input, init) => {
            const request = new Request(input, init);
            signals.push(request.signal);
            return fetch(request);
          },
        }),
      );
      const errors: CustomEvent[] = [];
      watched.addEventListener('crm-error', (event) => errors.push(event));
      await until(() => signals.length === 1, 'the load sent');
      watched.remove();
      await until(() => signals[0]!.aborted, 'the load aborted');
      await aTimeout(50);
      expect(errors).to.deep.equal([]);
      // Lets the mock's held answer go, or the worker could not stop after the last test.
      crm.scenario.reset();
    });
  });
});
