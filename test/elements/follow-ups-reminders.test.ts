// <crm-follow-ups>'s reminders on a fake clock: a follow-up coming due is reminded `remind-before`
// minutes ahead and when due, in the widget, in its live region and as `crm-follow-up-due`; once
// per follow-up and time (not again after a reload, in one tab of two); caught up after the
// machine slept; never after the element left; with system notifications only where allowed and
// asked for on a click. What the browser stores for that is ids and times only.
import '@mindbrite/crm-elements/crm-follow-ups.js';
import type { CrmClient, CrmClientOptions, createCrmClient, FollowUp } from '@mindbrite/crm-client';
import type { CrmFollowUps } from '@mindbrite/crm-elements/crm-follow-ups.js';
import { expect } from '@open-wc/testing';
import { installFakeClock, pageShownAgain, waitOnRealTime as waitFor, type FakeClock } from '../support/fake-clock.js';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

const MINUTE = 60_000;
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
const reminders = (agenda: Element) => [...agenda.shadowRoot!.querySelectorAll('[part~="reminder"]')].map((reminder) => clean(reminder.textContent));
const status = (agenda: Element) => clean(agenda.shadowRoot!.querySelector('[part="status"]')?.textContent);

let clocks: FakeClock[] = [];
const placed: Element[] = [];
afterEach(() => {
  for (const element of placed.splice(0)) element.remove();
  for (const clock of clocks) clock.uninstall();
  clocks = [];
});

/**
 * A moment of its own for each test, years ahead: what the browser remembers of reminders
 * (shared by every page of the origin) never meets another test's follow-ups.
 */
const aFreshMoment = () => Date.UTC(2031 + Math.floor(Math.random() * 60), 0, 1, 9) + Math.floor(Math.random() * 1e5) * 10 * MINUTE;

/** One open follow-up at `at`, with a subject and contact a test can look for. */
function scheduleAt(at: number, subject = 'Call about the intake forms'): FollowUp {
  const contact = crm.db.contacts.insert({
    first_name: 'Rosa', last_name: 'Lindqvist', email: `rosa.${at}@example.org`, phone: '', company: null, position: null, notes: null, status: 'active', source: 'phone',
  });
  return crm.db.followUps.insert({
    contact_id: contact.id,
    type: 'call',
    subject,
    description: '',
    scheduled_date: new Date(at).toISOString(),
    completed: false,
    completed_date: null,
  }) as unknown as FollowUp;
}

/** Every `crm-follow-up-due` reaching `target`: the subject and which reminder. */
function dueEvents(target: EventTarget) {
  const heard: string[] = [];
  target.addEventListener('crm-follow-up-due', (event) => {
    const { followUp, when } = (event as CustomEvent<{ followUp: FollowUp; when: string }>).detail;
    heard.push(`${when}: ${followUp.subject}`);
  });
  return heard;
}

/** An agenda on a fake clock set to `now` (set before the element starts its timers). */
async function agendaAt(now: number, attributes: Record<string, string> = {}, client: CrmClient = mockClient()): Promise<CrmFollowUps> {
  clocks.push(installFakeClock(now));
  const agenda = document.createElement('crm-follow-ups') as CrmFollowUps;
  for (const [name, value] of Object.entries(attributes)) agenda.setAttribute(name, value);
  agenda.client = client;
  document.body.append(agenda);
  placed.push(agenda);
  await waitFor(() => agenda.shadowRoot?.querySelector('.root .agenda:not(.places) [part~="item"]'), 'the agenda to show its follow-ups');
  return agenda;
}

const clock = () => clocks[0]!;

/**
 * Moves the fake clock on, then waits until no reminder is being raised: they are raised under a
 * Web Lock, which the browser grants in its own time, often after the clock's tick has returned.
 */
async function tick(ms: number): Promise<void> {
  await clock().tick(ms);
  await waitFor(async () => {
    const { held = [], pending = [] } = await navigator.locks.query();
    return held.length + pending.length === 0;
  }, 'the reminders to be raised');
}

describe('<crm-follow-ups> reminders', () => {
  useMockCrm();

  it('reminds ten minutes ahead and again when due: in the widget, in its live region and as an event', async () => {
    const start = aFreshMoment();
    scheduleAt(start + 30 * MINUTE);
    const heard = dueEvents(document);
    const agenda = await agendaAt(start);
    expect(reminders(agenda)).to.deep.equal([]);

    await tick(19 * MINUTE);
    expect(heard, 'nothing 11 minutes ahead').to.deep.equal([]);
    await tick(MINUTE);
    expect(heard).to.deep.equal(['soon: Call about the intake forms']);
    await agenda.updateComplete;
    expect(reminders(agenda)).to.have.length(1);
    expect(reminders(agenda)[0]).to.contain('Call about the intake forms').and.contain('Rosa Lindqvist');
    expect(status(agenda)).to.contain('Call about the intake forms');

    await tick(10 * MINUTE);
    expect(heard).to.deep.equal(['soon: Call about the intake forms', 'due: Call about the intake forms']);
    await agenda.updateComplete;
    expect(reminders(agenda), 'the due reminder takes the place of the early one').to.have.length(1);
    // axe waits on timers of its own: on real time.
    clock().uninstall();
    clocks = [];
    await expect(agenda).to.be.accessible();
  });

  it('takes remind-before from its attribute', async () => {
    const start = aFreshMoment();
    scheduleAt(start + 60 * MINUTE);
    const heard = dueEvents(document);
    await agendaAt(start, { 'remind-before': '45' });
    await tick(14 * MINUTE);
    expect(heard).to.deep.equal([]);
    await tick(MINUTE);
    expect(heard).to.deep.equal(['soon: Call about the intake forms']);
  });

  it('does not remind again after a reload, and reminds anew when the follow-up moves to another time', async () => {
    const start = aFreshMoment();
    const followUp = scheduleAt(start + 5 * MINUTE);
    const heard = dueEvents(document);
    const client = mockClient();
    const first = await agendaAt(start, {}, client);
    await tick(0);
    expect(heard).to.deep.equal(['soon: Call about the intake forms']);

    // The page reloads: a new element, with what the browser remembered.
    first.remove();
    clock().uninstall();
    clocks = [];
    const second = await agendaAt(start + MINUTE, {}, client);
    await tick(MINUTE);
    expect(heard, 'no second reminder').to.deep.equal(['soon: Call about the intake forms']);
    expect(reminders(second)).to.deep.equal([]);

    // Snoozed an hour (here through the client): its new time is reminded.
    const item = () =>
      [...second.shadowRoot!.querySelectorAll('[part~="item"]')].map((element) => clean(element.textContent)).find((text) => text.includes('Call about the intake forms'));
    const before = item();
    await client.followUps.update(followUp.id, { scheduled_date: new Date(start + 65 * MINUTE).toISOString() });
    // The agenda reloads a moment after the change (a timer, on the fake clock).
    await tick(1000);
    await waitFor(() => item() !== before, 'the reload after the change');
    await tick(54 * MINUTE);
    expect(heard).to.deep.equal(['soon: Call about the intake forms', 'soon: Call about the intake forms']);
  });

  it('catches up when the machine wakes, but does not remind of what passed more than an hour ago', async () => {
    const start = aFreshMoment();
    scheduleAt(start + 30 * MINUTE, 'Send the care plan');
    scheduleAt(start + 3 * 60 * MINUTE, 'Confirm the group session');
    const heard = dueEvents(document);
    await agendaAt(start);

    // Asleep for 40 minutes: no timer ran meanwhile. Coming back shows the page again.
    clock().jump(start + 40 * MINUTE);
    pageShownAgain();
    await tick(0);
    expect(heard, 'only the due reminder, not the early one as well').to.deep.equal(['due: Send the care plan']);

    // Asleep past the other one's time by more than an hour: not reminded late.
    clock().jump(start + 5 * 60 * MINUTE);
    pageShownAgain();
    await tick(2 * MINUTE);
    expect(heard).to.deep.equal(['due: Send the care plan']);
  });

  it('shows its reminders again at once when the host moves it elsewhere in the page', async () => {
    const start = aFreshMoment();
    scheduleAt(start + 10 * MINUTE);
    const agenda = await agendaAt(start);
    await tick(MINUTE);
    await agenda.updateComplete;
    const shown = () => agenda.shadowRoot!.querySelector('[part="reminders"]')!;
    expect(reminders(agenda)).to.have.length(1);
    expect(shown().matches(':popover-open'), 'the reminders float over the page').to.equal(true);
    // A host's tabs or layout re-parenting the widget: leaving the page closes a popover.
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    placed.push(elsewhere);
    elsewhere.append(agenda);
    expect(shown().matches(':popover-open'), 'leaving the page closed it').to.equal(false);
    await agenda.updateComplete;
    expect(shown().matches(':popover-open'), 'the reminders show again, not a minute later').to.equal(true);
  });

  it('clears its timers when it leaves the page', async () => {
    const start = aFreshMoment();
    scheduleAt(start + 20 * MINUTE);
    const heard = dueEvents(document);
    const agenda = await agendaAt(start);
    agenda.remove();
    await tick(30 * MINUTE);
    expect(heard).to.deep.equal([]);
  });

  it('a completed follow-up is not reminded, and its reminder goes', async () => {
    const start = aFreshMoment();
    const followUp = scheduleAt(start + 5 * MINUTE);
    const client = mockClient();
    const agenda = await agendaAt(start, {}, client);
    await tick(0);
    await agenda.updateComplete;
    expect(reminders(agenda)).to.have.length(1);
    await client.followUps.update(followUp.id, { completed: true });
    await tick(1000);
    await waitFor(() => reminders(agenda).length === 0, 'the reminder to go');
    const heard = dueEvents(document);
    await tick(10 * MINUTE);
    expect(heard).to.deep.equal([]);
  });

  it('stores ids and times only', async () => {
    const start = aFreshMoment();
    const followUp = scheduleAt(start + 5 * MINUTE, 'Discuss the diagnosis');
    await agendaAt(start);
    await tick(0);
    const stored = localStorage.getItem('crm-follow-up-reminders')!;
    expect(stored).to.contain(`${followUp.id}@${followUp.scheduled_date}@soon`);
    expect(stored).not.to.contain('Discuss').and.not.to.contain('Rosa').and.not.to.contain('Lindqvist');
  });

  describe('system notifications', () => {
    const realNotification = globalThis.Notification;
    afterEach(() => {
      globalThis.Notification = realNotification;
    });

    /** A Notification API with the permission given, recording what it is asked. */
    function fakeNotifications(permission: NotificationPermission) {
      const shown: Array<{ title: string; body?: string }> = [];
      const asked: string[] = [];
      class FakeNotification {
        static permission = permission;
        static requestPermission() {
          asked.push('asked');
          FakeNotification.permission = 'granted';
          return Promise.resolve('granted');
        }

        constructor(title: string, options?: NotificationOptions) {
          shown.push({ title, body: options?.body });
        }
      }
      globalThis.Notification = FakeNotification as unknown as typeof Notification;
      return { shown, asked };
    }

    it('with notify and the permission given, also shows a system notification', async () => {
      const { shown } = fakeNotifications('granted');
      const start = aFreshMoment();
      scheduleAt(start + 10 * MINUTE);
      await agendaAt(start, { notify: '' });
      await tick(0);
      // Its code loads with the first reminder.
      await waitFor(() => shown.length > 0, 'the notification');
      expect(shown).to.have.length(1);
      expect(shown[0]!.title).to.equal('Call about the intake forms');
      expect(shown[0]!.body).to.contain('Rosa Lindqvist').and.contain('10 minutes');
    });

    it('never asks for the permission unprompted: a button asks, on a click', async () => {
      const { shown, asked } = fakeNotifications('default');
      const start = aFreshMoment();
      scheduleAt(start + 10 * MINUTE);
      const agenda = await agendaAt(start, { notify: '' });
      await tick(0);
      expect(asked).to.deep.equal([]);
      expect(shown).to.deep.equal([]);
      const button = agenda.shadowRoot!.querySelector<HTMLButtonElement>('[part~="notify"]');
      expect(button, 'the offer to turn notifications on').not.to.equal(null);
      button!.click();
      await waitFor(() => asked.length === 1, 'the permission to be asked');
      await agenda.updateComplete;
      expect(agenda.shadowRoot!.querySelector('[part~="notify"]'), 'no offer once answered').to.equal(null);
    });

    it('without notify, shows none and offers none', async () => {
      const { shown } = fakeNotifications('granted');
      const start = aFreshMoment();
      scheduleAt(start + 10 * MINUTE);
      const agenda = await agendaAt(start);
      await tick(0);
      expect(shown).to.deep.equal([]);
      expect(agenda.shadowRoot!.querySelector('[part~="notify"]')).to.equal(null);
    });
  });
});

type TabWindow = Window & typeof globalThis & { tab?: { createCrmClient: typeof createCrmClient } };

describe('<crm-follow-ups> reminders in two tabs', () => {
  useMockCrm();
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  /** A tab of the same origin (test/elements/support/follow-ups-tab.html) with its own clock and an agenda. */
  async function openTab(start: number) {
    const frame = document.createElement('iframe');
    frame.src = new URL('./support/follow-ups-tab.html', import.meta.url).href;
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    frames.push(frame);
    const tab = frame.contentWindow as TabWindow;
    await waitFor(() => tab.tab, 'the tab to load its modules', 30_000);
    const clock = installFakeClock(start, tab);
    clocks.push(clock);
    const options: CrmClientOptions = { baseUrl: crm.baseUrl, retry: { limit: 0 }, syncTabs: false, fetch: globalThis.fetch };
    const agenda = tab.document.createElement('crm-follow-ups') as CrmFollowUps;
    agenda.client = tab.tab!.createCrmClient(options);
    const heard = dueEvents(tab);
    tab.document.body.append(agenda);
    await waitFor(() => agenda.shadowRoot?.querySelector('.root .agenda:not(.places) [part~="item"]'), 'the tab\'s agenda to show its follow-ups');
    return { clock, agenda, heard };
  }

  it('reminds in one tab only', async function () {
    // Two frames load every module of their own first: slow on a busy machine.
    this.timeout(40_000);
    const start = aFreshMoment();
    scheduleAt(start + 30 * MINUTE);
    const first = await openTab(start);
    const second = await openTab(start);
    await Promise.all([first.clock.tick(20 * MINUTE), second.clock.tick(20 * MINUTE)]);
    await waitFor(() => first.heard.length + second.heard.length > 0, 'a reminder');
    await Promise.all([first.clock.tick(MINUTE), second.clock.tick(MINUTE)]);
    expect([...first.heard, ...second.heard]).to.deep.equal(['soon: Call about the intake forms']);
  });
});
