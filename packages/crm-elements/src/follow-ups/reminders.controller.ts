import type { FollowUp } from '@mindbrite/crm-client';
import type { ReactiveController } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { MINUTE } from '../shared/follow-up-time.js';

/** A reminder shown now: `followUp` is `soon` due (`remind-before` minutes ahead) or `due`. */
export interface Reminder {
  followUp: FollowUp;
  when: 'soon' | 'due';
}

export interface FollowUpRemindersOptions {
  /** The open follow-ups on the page. */
  followUps: () => readonly FollowUp[];
  /** Minutes ahead of a follow-up's time that the first reminder comes. */
  remindBefore: () => number;
  /** Whether to show a system notification too, where the user granted it. */
  notify: () => boolean;
}

/** What is remembered per reminder raised: follow-up id, its time and which reminder, never what it is about. */
const STORE_KEY = 'crm-follow-up-reminders';
/** A moment that passed longer ago than this (the page was closed, the machine slept) is not reminded late: the agenda shows it overdue. */
const LATE_LIMIT = 60 * MINUTE;
/** How often the reminders look at the clock besides their timer, which stops while the machine sleeps. */
const CHECK_EVERY = MINUTE;
/** Reminders of moments older than this are forgotten, so the store stays small. */
const KEEP_FOR = 2 * 1440 * MINUTE;
/** Timers cannot wait longer than ~24.8 days. */
const LONGEST_WAIT = 2 ** 31 - 1;

const keyOf = (followUp: FollowUp, when: Reminder['when']) => `${followUp.id}@${followUp.scheduled_date}@${when}`;

/** This page's reminders when the browser keeps no storage (a sandboxed frame, storage blocked). */
const remembered = new Map<string, number>();

function readStore(): Map<string, number> {
  try {
    return new Map(Object.entries(JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as Record<string, number>));
  } catch {
    return remembered;
  }
}

function writeStore(store: Map<string, number>): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(Object.fromEntries(store)));
  } catch {
    // No storage: `remembered` keeps them for this page.
  }
}

/**
 * Runs `claim` while no other tab runs it (Web Locks), so two tabs never raise the same reminder;
 * without Web Locks (a page not served over HTTPS) it just runs.
 */
const exclusively = (claim: () => void): Promise<void> =>
  navigator.locks ? navigator.locks.request(STORE_KEY, claim) : Promise.resolve(claim());

/**
 * The seed's "automated reminders": while its host is on the page, a follow-up coming due raises a
 * reminder `remindBefore` minutes ahead and again when due. Each shows in `active` (the host
 * renders and announces it), fires `crm-follow-up-due`, and, with `notify` and the user's
 * permission, a system notification.
 *
 * Each reminder is raised once per follow-up and time: not again after a reload, and in one tab
 * only (`localStorage`, claimed under a Web Lock). What is stored is `id@time@soon|due` and when it
 * was raised, never what the follow-up is about. A follow-up moved to another time is reminded
 * anew. A timer waits for the next moment; a check every minute and on `visibilitychange` catches
 * up after the machine slept, and a moment that passed more than an hour ago is not reminded late.
 * Leaving the page clears the timers.
 */
export class FollowUpReminders implements ReactiveController {
  #active: Reminder[] = [];
  /** Reminders this page raised or found raised: no need to ask the store about them again. */
  readonly #settled = new Set<string>();
  #timer?: ReturnType<typeof setTimeout>;
  #interval?: ReturnType<typeof setInterval>;
  #checking?: Promise<void>;
  readonly #onVisibilityChange = () => {
    if (document.visibilityState === 'visible') void this.check();
  };

  constructor(
    private readonly host: CrmElement,
    private readonly options: FollowUpRemindersOptions,
  ) {
    host.addController(this);
  }

  /** The reminders showing now, newest first. */
  get active(): readonly Reminder[] {
    return this.#active;
  }

  /** Whether to offer asking for the permission to notify: `notify` is set and the user has not answered yet. */
  get canAskToNotify(): boolean {
    return this.options.notify() && typeof Notification === 'function' && Notification.permission === 'default';
  }

  /** Asks for the permission to notify; call it from a click, as browsers require (we never ask unprompted). */
  async askToNotify(): Promise<void> {
    await Notification.requestPermission();
    this.host.requestUpdate();
  }

  dismiss(reminder: Reminder): void {
    this.#show(this.#active.filter((shown) => shown !== reminder));
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#interval = setInterval(() => void this.check(), CHECK_EVERY);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    clearInterval(this.#interval);
    clearTimeout(this.#timer);
  }

  /** The follow-ups may have changed (loaded, completed, moved): drop reminders that no longer hold, and look again. */
  hostUpdated(): void {
    const open = new Map(this.options.followUps().map((followUp) => [followUp.id, followUp]));
    const current = this.#active.filter(({ followUp }) => open.get(followUp.id)?.scheduled_date === followUp.scheduled_date);
    if (current.length !== this.#active.length) this.#show(current);
    void this.check();
  }

  /** Raises what has come due, then waits for the next moment. One check at a time. */
  check(): Promise<void> {
    return (this.#checking ??= this.#check().finally(() => (this.#checking = undefined)));
  }

  async #check(): Promise<void> {
    clearTimeout(this.#timer);
    const now = Date.now();
    const ahead = Math.max(0, this.options.remindBefore()) * MINUTE;
    const due: Reminder[] = [];
    let next = Infinity;
    for (const followUp of this.options.followUps()) {
      const at = Date.parse(followUp.scheduled_date);
      if (followUp.completed || Number.isNaN(at)) continue;
      // Past its time only "due" is raised; before it, "soon" from `ahead` on.
      const [when, moment] = now >= at ? (['due', at] as const) : (['soon', at - ahead] as const);
      if (now >= moment && now - moment < LATE_LIMIT && !this.#settled.has(keyOf(followUp, when))) due.push({ followUp, when });
      next = Math.min(next, ...[at - ahead, at].filter((time) => time > now));
    }
    if (due.length) await exclusively(() => this.#raise(due, now));
    if (next < Infinity && this.host.isConnected) this.#timer = setTimeout(() => void this.check(), Math.min(next - now, LONGEST_WAIT));
  }

  /** Raises the reminders no tab has raised yet, and remembers them. */
  #raise(reminders: Reminder[], now: number): void {
    const store = readStore();
    const fresh = reminders.filter(({ followUp, when }) => !store.has(keyOf(followUp, when)));
    for (const { followUp, when } of reminders) this.#settled.add(keyOf(followUp, when));
    if (!fresh.length) return;
    for (const { followUp, when } of fresh) store.set(keyOf(followUp, when), now);
    for (const [key, at] of store) if (now - at > KEEP_FOR) store.delete(key);
    writeStore(store);
    const ids = new Set(fresh.map(({ followUp }) => followUp.id));
    this.#show([...fresh, ...this.#active.filter(({ followUp }) => !ids.has(followUp.id))]);
    for (const reminder of fresh) {
      this.host.emit('crm-follow-up-due', reminder);
      // Hosts without `notify` never load the notifications' code.
      if (this.options.notify()) void import('./system-notification.js').then(({ notify }) => notify(reminder, now, this.host.effectiveLocale, keyOf(reminder.followUp, 'due')));
    }
  }

  #show(reminders: Reminder[]): void {
    this.#active = reminders;
    this.host.requestUpdate();
  }
}
