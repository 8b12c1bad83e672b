// Follow-ups in a fixed time zone far from UTC (Auckland, UTC+13 in summer): the agenda groups by
// the user's days, not UTC's, and says times in the user's zone; what it sends is the UTC instant.
// The page's zone is emulated (a web-test-runner command, scripts/wtr-time-zone.mjs), which
// puppeteer can do in Chromium only: in Firefox these tests are skipped.
import '@mindbrite/crm-elements/crm-follow-ups.js';
import type { CrmFollowUps } from '@mindbrite/crm-elements/crm-follow-ups.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { installFakeClock, waitOnRealTime, type FakeClock } from '../support/fake-clock.js';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

const ZONE = 'Pacific/Auckland';
/** Now: 12:00 UTC on 30 November 2026, which is already 1 December, 01:00, in Auckland. */
const NOW = Date.UTC(2026, 10, 30, 12, 0);
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

describe('follow-ups in the user\'s time zone', () => {
  useMockCrm();
  let clock: FakeClock | undefined;
  let agenda: CrmFollowUps | undefined;

  before(async function () {
    const { emulated } = await executeServerCommand<{ emulated: boolean }, { zone: string }>('emulate-time-zone', { zone: ZONE });
    if (!emulated) this.skip();
  });
  after(async () => {
    await executeServerCommand('emulate-time-zone', { zone: null });
  });
  afterEach(() => {
    agenda?.remove();
    clock?.uninstall();
  });

  function seed(rows: Array<[subject: string, scheduled: string]>) {
    const contact = crm.db.contacts.all()[0]!;
    crm.db.followUps.load([]);
    for (const [subject, scheduled_date] of rows) {
      crm.db.followUps.insert({ contact_id: contact.id, type: 'call', subject, description: '', scheduled_date, completed: false, completed_date: null });
    }
  }

  async function showAgenda(): Promise<CrmFollowUps> {
    clock = installFakeClock(NOW);
    agenda = document.createElement('crm-follow-ups') as CrmFollowUps;
    agenda.locale = 'en-NZ';
    agenda.client = mockClient();
    document.body.append(agenda);
    await waitOnRealTime(() => agenda!.shadowRoot?.querySelector('.agenda'), 'the agenda');
    return agenda;
  }

  /** Each group's heading and its subjects with their times, as the agenda shows them. */
  const shown = (element: CrmFollowUps) =>
    [...element.shadowRoot!.querySelectorAll('[part="group"]')].map((group) => [
      clean(group.querySelector('h3')!.textContent),
      [...group.querySelectorAll('[part="item"]')].map((item) => `${clean(item.querySelector('[part="subject"]')!.textContent)} @ ${clean(item.querySelector('[part="time"]')!.textContent)}`),
    ]);

  it('the page lives in Auckland', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(ZONE);
    expect(new Date(NOW).getDate(), "1 December there").to.equal(1);
  });

  it('groups by the user\'s days and says their times', async () => {
    seed([
      // 23:30 on 30 November in Auckland: yesterday there, though the same UTC day as now.
      ['Yesterday evening there', '2026-11-30T10:30:00Z'],
      // 23:30 on 1 December in Auckland: today there, though tomorrow in UTC.
      ['Late today there', '2026-12-01T10:30:00Z'],
      // 09:00 on 2 December in Auckland.
      ['Tomorrow morning there', '2026-12-01T20:00:00Z'],
    ]);
    const element = await showAgenda();
    const groups = shown(element);
    expect(groups.map(([heading]) => heading)).to.deep.equal(['Overdue 1', 'Today 1', 'Next 7 days 1']);
    expect(groups[0]![1]![0]).to.match(/^Yesterday evening there @ .*11:30/i);
    expect(groups[1]![1]![0]).to.match(/^Late today there @ .*11:30/i);
    expect(groups[2]![1]![0]).to.match(/^Tomorrow morning there @ .*9:00/i);
  });
});
