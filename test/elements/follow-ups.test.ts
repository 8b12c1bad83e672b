// <crm-follow-ups>, the agenda: its groups and counts at a fixed "now" (a fake clock), the times it
// says, complete with undo (and the outcome a CRM without the field keeps in the description),
// reopen, snooze, delete, the filters and the contact scope, regrouping as time passes, its states
// (axe in each), hostile text, failures that keep the item, and a reminder shown and announced.
import '@mindbrite/crm-elements/crm-follow-ups.js';
import '@mindbrite/crm-elements/crm-provider.js';
import type { CrmFollowUps } from '@mindbrite/crm-elements/crm-follow-ups.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { installFakeClock, pageShownAgain, type FakeClock } from '../support/fake-clock.js';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';

// Timers of our own on real time: the fake clock holds back every timer set after it is installed.
const realTimers = { Date, setTimeout, clearTimeout, setInterval, clearInterval };
const realTimeout = window.setTimeout.bind(window);

/** axe, which waits on timers, run on real ones; the fake clock's come back after. */
async function accessible(element: Element) {
  const fake = { Date, setTimeout, clearTimeout, setInterval, clearInterval };
  Object.assign(globalThis, realTimers);
  try {
    await expect(element).to.be.accessible();
  } finally {
    Object.assign(globalThis, fake);
  }
}
const pause = (ms: number) => new Promise((resolve) => realTimeout(resolve, ms));
async function until<T>(predicate: () => T, message: string): Promise<NonNullable<T>> {
  for (let waited = 0; waited < 8000; waited += 20) {
    const value = predicate();
    if (value) return value;
    await pause(20);
  }
  throw new Error(`Timed out: ${message}`);
}

const MINUTE = 60_000;
/** "Now" in every test: Monday 30 November 2026, 10:00 where the browser is. */
const NOW = new Date(2026, 10, 30, 10, 0);
const at = (days: number, hours: number, minutes = 0) => new Date(2026, 10, 30 + days, hours, minutes);
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
const root = (agenda: CrmFollowUps) => agenda.shadowRoot!;

interface Row {
  subject: string;
  when: Date;
  type?: string;
  completed?: Date;
  description?: string;
  outcome?: string | null;
  contact?: number;
}

let clock: FakeClock;
let contacts: { id: number; name: string }[];

/** Replaces the follow-ups of the mock CRM with `rows`. */
function seed(rows: Row[]) {
  crm.db.followUps.load([]);
  for (const row of rows) {
    crm.db.followUps.insert({
      contact_id: row.contact ?? contacts[0]!.id,
      type: row.type ?? 'call',
      subject: row.subject,
      description: row.description ?? '',
      scheduled_date: row.when.toISOString(),
      completed: !!row.completed,
      completed_date: row.completed?.toISOString() ?? null,
      outcome: row.outcome ?? null,
    });
  }
}

const AGENDA: Row[] = [
  { subject: 'Call about the quote', when: at(-2, 9) },
  { subject: 'Confirm hygiene visit', when: at(0, 9, 40), type: 'email' },
  { subject: 'Check in after surgery', when: at(0, 10, 20), description: 'Ask about swelling.\nSecond line.' },
  { subject: 'Team meeting prep', when: at(1, 9), type: 'meeting' },
  { subject: 'Annual check', when: at(3, 8), type: 'note' },
  { subject: 'Annual reminder', when: at(12, 9), type: 'carrier_pigeon' },
  { subject: 'Sent the leaflet', when: at(-1, 14), completed: at(-1, 15), outcome: 'Patient booked' },
  { subject: 'Old call', when: at(-3, 11), completed: at(-3, 11, 30) },
];

/**
 * Forgets the reminders this file's tests raised (their follow-ups are in November 2026), so each
 * test starts with none; other test files' (follow-ups-reminders.test.ts, in other years) stay.
 */
function forgetOwnReminders() {
  const key = 'crm-follow-up-reminders';
  const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, number>;
  for (const reminder of Object.keys(stored)) if (reminder.includes('@2026-')) delete stored[reminder];
  localStorage.setItem(key, JSON.stringify(stored));
}

async function agendaShown(attributes = ''): Promise<CrmFollowUps> {
  const host = fixtureSync<HTMLElement>(html`<div style="width: 900px"></div>`);
  host.innerHTML = `<crm-follow-ups ${attributes}></crm-follow-ups>`;
  const agenda = host.firstElementChild as CrmFollowUps;
  agenda.client = mockClient();
  await until(() => root(agenda).querySelector('.root[aria-busy="false"]') && root(agenda).querySelector('.root :is(.agenda:not(.places), [part="empty"], [part="error"])'), 'the agenda settled');
  return agenda;
}

// A contact's agenda keeps its loading state's empty items, unseen, beneath it: they are not its own.
const groups = (agenda: CrmFollowUps) =>
  [...root(agenda).querySelectorAll('.agenda:not(.places) [part="group"]')].map((group) => [clean(group.querySelector('h3')!.textContent), group.querySelectorAll('[part="item"]').length]);
const item = (agenda: CrmFollowUps, subject: string) =>
  [...root(agenda).querySelectorAll<HTMLElement>('.agenda:not(.places) [part="item"]')].find((each) => clean(each.querySelector('[part="subject"]')!.textContent) === subject);
const press = (agenda: CrmFollowUps, subject: string, part: string) => item(agenda, subject)!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();

/** The bodies of the PUTs the page sends, by path. */
function putBodies() {
  const sent: { path: string; body: Record<string, unknown> }[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'PUT') return;
    const path = new URL(request.url).pathname.slice(crm.baseUrl.length);
    void request.clone().json().then((body: Record<string, unknown>) => sent.push({ path, body }));
  };
  crm.worker.events.on('request:start', listener);
  return { sent, stop: () => crm.worker.events.removeListener('request:start', listener) };
}

describe('<crm-follow-ups>', () => {
  useMockCrm();

  beforeEach(() => {
    forgetOwnReminders();
    contacts = crm.db.contacts.all().slice(0, 2).map((contact) => ({ id: contact.id, name: `${contact.first_name} ${contact.last_name}` }));
    seed(AGENDA);
    clock = installFakeClock(NOW);
  });
  afterEach(() => clock.uninstall());

  it('groups the follow-ups by day with their counts, in time order, Completed collapsed', async () => {
    const agenda = await agendaShown();
    expect(groups(agenda)).to.deep.equal([['Overdue 1', 1], ['Today 2', 2], ['Next 7 days 2', 2], ['Later 1', 1], ['Completed 2', 0]]);
    const today = [...root(agenda).querySelectorAll('[data-group="today"] [part="subject"]')].map((subject) => clean(subject.textContent));
    expect(today).to.deep.equal(['Confirm hygiene visit', 'Check in after surgery']);
    const toggle = root(agenda).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await agenda.updateComplete;
    const done = [...root(agenda).querySelectorAll('[data-group="completed"] [part="subject"]')].map((subject) => clean(subject.textContent));
    expect(done, 'newest first').to.deep.equal(['Sent the leaflet', 'Old call']);
    expect(clean(item(agenda, 'Sent the leaflet')!.querySelector('.outcome')!.textContent)).to.equal('Outcome: Patient booked');
    await accessible(agenda);
  });

  it('says the time in the locale, and how near: "in 20 minutes", "2 days overdue", "tomorrow"', async () => {
    const agenda = await agendaShown();
    const time = (subject: string) => clean(item(agenda, subject)!.querySelector('[part="time"]')!.textContent);
    const clockTime = (date: Date) => date.toLocaleString('en', { timeStyle: 'short' });
    expect(time('Check in after surgery')).to.equal(`${clockTime(at(0, 10, 20))} due in 20 minutes`);
    expect(time('Confirm hygiene visit')).to.equal(`${clockTime(at(0, 9, 40))} 20 minutes overdue`);
    expect(time('Call about the quote')).to.contain('2 days overdue');
    expect(time('Team meeting prep'), 'under a day: in hours').to.contain('in 23 hours');
    expect(time('Annual check'), 'a calendar day further').to.contain('in 3 days');
    expect(time('Annual reminder'), 'far ones: the date only').to.not.match(/in \d|overdue/);
    expect(clean(item(agenda, 'Annual reminder')!.querySelector('[part="type"]')!.textContent), 'an unknown type as sent').to.equal('•carrier_pigeon');
    const details = item(agenda, 'Check in after surgery')!.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
  });

  it('completes with an outcome in one update, offers Undo, and Undo sends it back', async () => {
    const agenda = await agendaShown();
    const puts = putBodies();
    const completed = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-follow-up-completed', resolve, { once: true }));
    press(agenda, 'Check in after surgery', 'complete');
    const field = await until(() => root(agenda).querySelector<HTMLTextAreaElement>('[part="item-form"] textarea'), 'the outcome field');
    expect(root(agenda).activeElement).to.equal(field);
    field.value = 'Healing well';
    // A double click: one update.
    root(agenda).querySelector<HTMLButtonElement>('[part="item-form"] .primary')!.click();
    root(agenda).querySelector<HTMLButtonElement>('[part="item-form"] .primary')!.click();
    const { detail } = await completed;
    expect(detail.followUp.completed).to.equal(true);
    await until(() => puts.sent.length === 1, 'the completion sent');
    expect(puts.sent[0]!.body).to.deep.equal({ completed: true, completed_date: NOW.toISOString(), outcome: 'Healing well' });
    await until(() => root(agenda).querySelector('[part="notice"]'), 'the notice');
    expect(puts.sent).to.have.length(1);
    expect(clean(root(agenda).querySelector('[part="notice"]')!.textContent)).to.contain('Completed: Check in after surgery.');
    expect(groups(agenda)[1]).to.deep.equal(['Today 1', 1]);
    expect(groups(agenda).at(-1)![0]).to.equal('Completed 3');
    await accessible(agenda);

    const updated = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-follow-up-updated', resolve, { once: true }));
    root(agenda).querySelector<HTMLButtonElement>('[part="undo"]')!.click();
    expect((await updated).detail.followUp.completed).to.equal(false);
    await until(() => puts.sent.length === 2, 'the undo sent');
    expect(puts.sent[1]!.body).to.deep.equal({ completed: false, completed_date: null, outcome: null });
    await until(() => groups(agenda)[1]![0] === 'Today 2', 'the item back in Today');
    await until(() => root(agenda).activeElement?.textContent?.includes('Check in after surgery'), 'focus on the item again');
    puts.stop();
  });

  it('takes Undo away after about six seconds', async () => {
    const agenda = await agendaShown();
    press(agenda, 'Call about the quote', 'complete');
    await until(() => root(agenda).querySelector('[part="item-form"] .primary'), 'the outcome field');
    root(agenda).querySelector<HTMLButtonElement>('[part="item-form"] .primary')!.click();
    await until(() => root(agenda).querySelector('[part="undo"]'), 'Undo');
    // Focus in the notice keeps it; once the user is elsewhere, it goes.
    (root(agenda).querySelector('[part="type-filter"]') as HTMLElement).focus();
    await clock.tick(6500);
    await agenda.updateComplete;
    expect(root(agenda).querySelector('[part="undo"]')).to.equal(null);
  });

  it('keeps an outcome in the description when the CRM answers without the field', async () => {
    crm.use(
      http.put(`${crm.baseUrl}/follow-ups/:id`, async ({ request, params }) => {
        const changes = (await request.json()) as Record<string, unknown>;
        delete changes.outcome;
        const saved = crm.db.followUps.update(Number(params.id), changes) as unknown as Record<string, unknown>;
        const { outcome: _dropped, ...withoutOutcome } = saved;
        return HttpResponse.json(withoutOutcome);
      }),
    );
    const agenda = await agendaShown();
    const puts = putBodies();
    press(agenda, 'Check in after surgery', 'complete');
    const field = await until(() => root(agenda).querySelector<HTMLTextAreaElement>('[part="item-form"] textarea'), 'the outcome field');
    field.value = 'Healing well';
    root(agenda).querySelector<HTMLButtonElement>('[part="item-form"] .primary')!.click();
    await until(() => puts.sent.length === 2, 'two updates');
    expect(puts.sent[1]!.body).to.deep.equal({ description: 'Ask about swelling.\nSecond line.\n\nOutcome: Healing well' });
    puts.stop();
  });

  it('reopens a completed follow-up', async () => {
    const agenda = await agendaShown();
    const puts = putBodies();
    root(agenda).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await agenda.updateComplete;
    const updated = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-follow-up-updated', resolve, { once: true }));
    press(agenda, 'Sent the leaflet', 'reopen');
    expect((await updated).detail.followUp.completed).to.equal(false);
    await until(() => puts.sent.length === 1, 'the update sent');
    expect(puts.sent[0]!.body).to.deep.equal({ completed: false, completed_date: null });
    await until(() => groups(agenda)[0]![0] === 'Overdue 2', 'back among the open ones');
    puts.stop();
  });

  const snooze = async (agenda: CrmFollowUps, subject: string, choice: number) => {
    press(agenda, subject, 'snooze');
    await until(() => root(agenda).querySelectorAll('[role="menuitem"]').length === 3, 'the snooze menu');
    const items = root(agenda).querySelectorAll<HTMLButtonElement>('[role="menuitem"]');
    await until(() => root(agenda).activeElement === items[0], 'focus on the first choice');
    items[choice]!.click();
  };

  it('snoozes by an hour and to tomorrow at the same time', async () => {
    const agenda = await agendaShown();
    const puts = putBodies();
    await snooze(agenda, 'Check in after surgery', 0);
    await until(() => puts.sent.length === 1, 'the first snooze');
    expect(puts.sent[0]!.body, 'an hour after its time, which is later than now').to.deep.equal({ scheduled_date: at(0, 11, 20).toISOString() });
    await until(() => root(agenda).activeElement?.matches('[part="notice"]') && clean(root(agenda).activeElement!.textContent).includes('moved to'), 'the notice, focused');
    await snooze(agenda, 'Call about the quote', 0);
    await until(() => puts.sent.length === 2, 'the second snooze');
    await until(() => root(agenda).activeElement?.matches('[part="notice"]'), 'the notice, focused');
    expect(puts.sent[1]!.body, 'an overdue one: an hour from now').to.deep.equal({ scheduled_date: at(0, 11).toISOString() });
    await snooze(agenda, 'Confirm hygiene visit', 1);
    await until(() => puts.sent.length === 3, 'the third snooze');
    expect(puts.sent[2]!.body).to.deep.equal({ scheduled_date: at(1, 9, 40).toISOString() });
    await until(() => groups(agenda)[0]![0] === 'Today 2', 'regrouped');
    puts.stop();
  });

  it('snoozes to a picked date and time, sent as the UTC instant of that local time; Escape closes the menu and the picker', async () => {
    const agenda = await agendaShown();
    const puts = putBodies();
    const snoozeButton = item(agenda, 'Team meeting prep')!.querySelector<HTMLButtonElement>('[part="snooze"]')!;
    snoozeButton.click();
    await until(() => root(agenda).activeElement?.matches('[role="menuitem"]'), 'focus in the menu');
    expect(snoozeButton.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await until(() => snoozeButton.getAttribute('aria-expanded') === 'false' && root(agenda).activeElement === snoozeButton, 'the menu closed, focus back on Snooze');

    await snooze(agenda, 'Team meeting prep', 2);
    const input = await until(() => root(agenda).querySelector<HTMLInputElement>('[part="item-form"] input[type="datetime-local"]'), 'the date picker');
    await until(() => root(agenda).activeElement === input, 'focus in the picker');
    expect(input.value).to.equal('2026-12-01T09:00');
    await sendKeys({ press: 'Escape' });
    await until(() => !root(agenda).querySelector('[part="item-form"]'), 'the picker closed');

    await snooze(agenda, 'Team meeting prep', 2);
    const again = await until(() => root(agenda).querySelector<HTMLInputElement>('[part="item-form"] input[type="datetime-local"]'), 'the date picker');
    again.value = '2026-12-04T16:30';
    root(agenda).querySelector<HTMLButtonElement>('[part="item-form"] .primary')!.click();
    await until(() => puts.sent.length === 1, 'the snooze');
    expect(puts.sent[0]!.body).to.deep.equal({ scheduled_date: new Date(2026, 11, 4, 16, 30).toISOString() });
    await until(() => groups(agenda)[2]![0] === 'Next 7 days 2', 'still in the next 7 days, in its new place');
    puts.stop();
  });

  it('deletes after a confirmation, and not when it is cancelled', async () => {
    const agenda = await agendaShown();
    const requests = recordRequests();
    press(agenda, 'Team meeting prep', 'delete');
    const dialog = await until(() => root(agenda).querySelector<HTMLDialogElement>('dialog.confirm[open]'), 'the confirmation');
    expect(clean(dialog.querySelector('h2')!.textContent)).to.equal('Delete Team meeting prep?');
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await agenda.updateComplete;
    expect(requests.matching('DELETE', /follow-ups/)).to.have.length(0);
    expect(item(agenda, 'Team meeting prep')).to.not.equal(undefined);

    const deleted = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-follow-up-deleted', resolve, { once: true }));
    press(agenda, 'Team meeting prep', 'delete');
    const again = await until(() => root(agenda).querySelector<HTMLDialogElement>('dialog.confirm[open]'), 'the confirmation');
    again.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    const { detail } = await deleted;
    expect(detail.ids).to.have.length(1);
    expect(requests.matching('DELETE', `/follow-ups/${detail.ids[0]}`)).to.have.length(1);
    await until(() => !item(agenda, 'Team meeting prep'), 'the item gone');
    requests.stop();
  });

  it('keeps the item as it was and says what failed when the CRM refuses', async () => {
    crm.use(http.put(`${crm.baseUrl}/follow-ups/:id`, () => HttpResponse.json({ message: 'No.' }, { status: 500 })));
    const agenda = await agendaShown();
    const failed = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-error', resolve, { once: true }));
    press(agenda, 'Call about the quote', 'complete');
    await until(() => root(agenda).querySelector('[part="item-form"] .primary'), 'the outcome field');
    root(agenda).querySelector<HTMLButtonElement>('[part="item-form"] .primary')!.click();
    expect((await failed).detail.operation).to.equal('update');
    const notice = await until(() => root(agenda).querySelector('[part="notice"][role="alert"]'), 'the failure said');
    expect(clean(notice.textContent)).to.contain('Call about the quote could not be completed.');
    expect(groups(agenda)[0]).to.deep.equal(['Overdue 1', 1]);
    await accessible(agenda);
  });

  it('filters by type and by contact name; contact-id scopes the requests and hides the contact filter', async () => {
    seed([
      { subject: 'For the first', when: at(0, 15), contact: contacts[0]!.id },
      { subject: 'For the second', when: at(0, 16), contact: contacts[1]!.id, type: 'email' },
    ]);
    const agenda = await agendaShown();
    const type = root(agenda).querySelector<HTMLSelectElement>('[part="type-filter"]')!;
    type.value = 'email';
    type.dispatchEvent(new Event('change'));
    await agenda.updateComplete;
    expect(groups(agenda)).to.deep.equal([['Today 1', 1]]);
    expect(item(agenda, 'For the second')).to.not.equal(undefined);
    type.value = '';
    type.dispatchEvent(new Event('change'));
    const name = root(agenda).querySelector<HTMLInputElement>('[part="contact-filter"]')!;
    name.value = contacts[0]!.name.slice(0, 4).toUpperCase();
    name.dispatchEvent(new Event('input'));
    await agenda.updateComplete;
    expect(item(agenda, 'For the first')).to.not.equal(undefined);
    name.value = 'nobody at all';
    name.dispatchEvent(new Event('input'));
    await agenda.updateComplete;
    expect(clean(root(agenda).querySelector('[part="empty"]')!.textContent)).to.contain('No follow-ups match the filters.');

    const requests = recordRequests();
    const scoped = await agendaShown(`contact-id="${contacts[1]!.id}"`);
    expect(root(scoped).querySelector('[part="contact-filter"]')).to.equal(null);
    expect(groups(scoped)).to.deep.equal([['Today 1', 1]]);
    const lists = requests.matching('GET', '/follow-ups');
    expect(lists.length).to.be.greaterThan(0);
    for (const request of lists) expect(request.query.get('contact_id')).to.equal(String(contacts[1]!.id));
    requests.stop();
  });

  it('regroups as time passes: each minute, and when the page shows again', async () => {
    const agenda = await agendaShown();
    const time = (subject: string) => clean(item(agenda, subject)!.querySelector('[part="time"]')!.textContent);
    expect(time('Check in after surgery')).to.contain('in 20 minutes');
    await clock.tick(MINUTE);
    await agenda.updateComplete;
    expect(time('Check in after surgery')).to.contain('in 19 minutes');
    // The machine slept until the next morning: its timers stood still; the page shows again.
    clock.jump(at(1, 8));
    pageShownAgain();
    await agenda.updateComplete;
    expect(groups(agenda).map(([name]) => name)).to.deep.equal(['Overdue 3', 'Today 1', 'Next 7 days 1', 'Later 1', 'Completed 2']);
  });

  it('loads again when follow-ups change through its client (another widget, another tab)', async () => {
    const agenda = await agendaShown();
    const followUp = crm.db.followUps.all().find(({ subject }) => subject === 'Call about the quote')!;
    await agenda.client!.followUps.update(followUp.id, { completed: true, completed_date: NOW.toISOString() });
    // The client's changes settle for 100 ms before the agenda loads again.
    await clock.tick(150);
    await until(() => groups(agenda)[0]![0] === 'Today 2', 'the completed one gone from Overdue');
    expect(groups(agenda).at(-1)![0]).to.equal('Completed 3');
  });

  it('loads at most 500 open follow-ups, the nearest, and says how many more there are', async () => {
    seed(Array.from({ length: 520 }, (_, index) => ({ subject: `Recall ${index}`, when: at(1, 8, index) })));
    const requests = recordRequests();
    const agenda = await agendaShown();
    expect(clean(root(agenda).querySelector('[part="capped"]')!.textContent)).to.equal('Showing the first 500 of 520 open follow-ups.');
    const pages = requests.matching('GET', '/follow-ups').filter(({ query }) => query.get('completed') === 'false');
    expect(pages.map(({ query }) => [query.get('page'), query.get('per_page')])).to.deep.equal([1, 2, 3, 4, 5].map((page) => [String(page), '100']));
    requests.stop();
  });

  it('shows a reminder ahead of time, announces it, and completes from it', async () => {
    seed(AGENDA.filter(({ subject }) => subject !== 'Confirm hygiene visit'));
    const agenda = await agendaShown();
    expect(root(agenda).querySelector('[part="reminder"]')).to.equal(null);
    const due = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-follow-up-due', resolve, { once: true }));
    await clock.tick(10 * MINUTE);
    expect((await due).detail.when).to.equal('soon');
    await agenda.updateComplete;
    const reminder = root(agenda).querySelector('[part="reminder"]')!;
    const contact = item(agenda, 'Check in after surgery')!.querySelector('.contact')!.textContent;
    expect(clean(reminder.querySelector('p')!.textContent)).to.equal(`Due in 10 minutes: Check in after surgery — ${contact}`);
    expect(clean(root(agenda).querySelector('[part="status"]')!.textContent)).to.equal(clean(reminder.querySelector('p')!.textContent));
    await accessible(agenda);
    const completed = new Promise<CustomEvent>((resolve) => agenda.addEventListener('crm-follow-up-completed', resolve, { once: true }));
    reminder.querySelector<HTMLButtonElement>('.primary')!.click();
    await completed;
    await agenda.updateComplete;
    expect(root(agenda).querySelector('[part="reminder"]')).to.equal(null);
  });

  it('shows subjects, names and descriptions from the CRM as text', async () => {
    seed([{ subject: '<img src=x onerror="window.__xss=1">', when: at(0, 15), description: '<b>bold</b>' }]);
    const agenda = await agendaShown();
    const shown = root(agenda).querySelector('[part="item"]')!;
    expect(clean(shown.querySelector('[part="subject"]')!.textContent)).to.equal('<img src=x onerror="window.__xss=1">');
    expect(shown.querySelector('img, b')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows its states: loading, empty (and for a contact), error with Retry', async () => {
    crm.scenario.set({ hang: true });
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const loading = document.createElement('crm-follow-ups');
    loading.client = mockClient();
    host.append(loading);
    await until(() => root(loading).querySelector('[part="skeleton"]'), 'the skeleton');
    await accessible(loading);
    crm.scenario.set({});

    seed([]);
    const empty = await agendaShown();
    expect(clean(root(empty).querySelector('[part="empty"]')!.textContent)).to.equal('No follow-ups.');
    await accessible(empty);
    const emptyForContact = await agendaShown(`contact-id="${contacts[0]!.id}"`);
    expect(clean(root(emptyForContact).querySelector('[part="empty"]')!.textContent)).to.equal('No follow-ups for this contact.');

    crm.scenario.set({ error: { status: 500, routes: ['GET /follow-ups'] } });
    const failed = await agendaShown();
    expect(root(failed).querySelector('[part="error"]')).to.not.equal(null);
    await accessible(failed);
    crm.scenario.set({});
    seed(AGENDA);
    root(failed).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => root(failed).querySelector('.root .agenda:not(.places)'), 'the agenda after Retry');
  });

  it('schedules a follow-up for its contact from "Schedule follow-up", and shows it', async () => {
    const contact = contacts[1]!;
    const agenda = await agendaShown(`contact-id="${contact.id}"`);
    const requests = recordRequests();
    const created = new Promise<CustomEvent>((resolve) => document.addEventListener('crm-follow-up-created', resolve, { once: true }));
    root(agenda).querySelector<HTMLButtonElement>('[part="schedule"]')!.click();
    const dialog = await until(() => root(agenda).querySelector<HTMLElement & { isOpen: boolean }>('[part="schedule-dialog"]'), 'the dialog');
    await until(() => dialog.isOpen, 'the dialog to open');
    const form = dialog.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[part="form"]')!;
    const field = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
    await until(() => field('contact_id')?.value === contact.name, 'the agenda\'s contact in the form');
    field('subject').value = 'Discuss the X-ray results';
    field('subject').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="quick-choice"]')][0]!.click();
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = await created;
    expect(detail.followUp).to.include({ subject: 'Discuss the X-ray results', contact_id: contact.id, completed: false });
    expect(Date.parse(detail.followUp.scheduled_date)).to.equal(at(1, 9).getTime());
    expect(requests.matching('POST', '/follow-ups')).to.have.length(1);
    await clock.tick(1000);
    await until(() => item(agenda, 'Discuss the X-ray results'), 'the new follow-up in the agenda');
    requests.stop();
  });

  it('hides what the provider does not permit', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    host.innerHTML = '<crm-provider><crm-follow-ups></crm-follow-ups></crm-provider>';
    const provider = host.firstElementChild as HTMLElement & { client: unknown; permissions: unknown };
    provider.permissions = { followUps: [] };
    provider.client = mockClient();
    const agenda = provider.firstElementChild as CrmFollowUps;
    await until(() => root(agenda).querySelector('.root .agenda:not(.places)'), 'the agenda');
    expect(root(agenda).querySelector('[part="complete"], [part="snooze"], [part="delete"], [part="schedule"]')).to.equal(null);
  });
});
