// Nothing left behind (issue 16): a widget taken out of the page stops every request it has on its
// way, at once and without a retry, and loads again once it is back. The CRM here never answers, so
// a request not aborted would stay in flight until the client's timeout and then be sent again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient, type CrmClient } from '@mindbrite/crm-client';
import type { TemplateResult } from 'lit';
import type { CrmDashboard } from '@mindbrite/crm-elements/crm-dashboard.js';
import { FollowUpCounts } from '../../packages/crm-elements/src/dashboard/follow-up-counts.js';
import '@mindbrite/crm-elements/crm-activity-timeline.js';
import '@mindbrite/crm-elements/crm-contact-form.js';
import '@mindbrite/crm-elements/crm-contacts-list.js';
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-follow-up-form.js';
import '@mindbrite/crm-elements/crm-follow-ups.js';
import '@mindbrite/crm-elements/crm-forecast.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import '@mindbrite/crm-elements/crm-opportunity-form.js';
import '@mindbrite/crm-elements/crm-pipeline.js';

/** A CRM that never answers: each request waits until its sender aborts it. */
function silentCrm() {
  const crm = { sent: [] as string[], inFlight: 0 };
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    // As a browser's fetch does, one whose signal is aborted already sends nothing.
    if (request.signal.aborted) return Promise.reject(request.signal.reason);
    crm.sent.push(`${request.method} ${new URL(request.url).pathname}`);
    crm.inFlight += 1;
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => {
        crm.inFlight -= 1;
        reject(request.signal.reason);
      });
    });
  };
  // The client's own retry policy and timeouts: nothing is turned off for the test.
  return { crm, client: createCrmClient({ baseUrl: 'https://crm.example.test/api', fetch }) };
}

const subjects: [name: string, template: (client: CrmClient) => TemplateResult][] = [
  ['crm-dashboard', (client) => html`<crm-dashboard .client=${client}></crm-dashboard>`],
  ['crm-leads-list', (client) => html`<crm-leads-list .client=${client}></crm-leads-list>`],
  ['crm-contacts-list', (client) => html`<crm-contacts-list .client=${client}></crm-contacts-list>`],
  ['crm-pipeline', (client) => html`<crm-pipeline .client=${client}></crm-pipeline>`],
  ['crm-forecast', (client) => html`<crm-forecast .client=${client}></crm-forecast>`],
  ['crm-follow-ups', (client) => html`<crm-follow-ups .client=${client}></crm-follow-ups>`],
  ['crm-activity-timeline', (client) => html`<crm-activity-timeline .client=${client} contact-id="1"></crm-activity-timeline>`],
  ['crm-lead-form (editing)', (client) => html`<crm-lead-form .client=${client} lead-id="1"></crm-lead-form>`],
  ['crm-contact-form (editing)', (client) => html`<crm-contact-form .client=${client} contact-id="1"></crm-contact-form>`],
  ['crm-opportunity-form (editing)', (client) => html`<crm-opportunity-form .client=${client} opportunity-id="1"></crm-opportunity-form>`],
  ['crm-follow-up-form (editing)', (client) => html`<crm-follow-up-form .client=${client} follow-up-id="1"></crm-follow-up-form>`],
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a widget taken out of the page', () => {
  for (const [name, template] of subjects) {
    it(`${name}: aborts every request it has in flight, sends none again, and loads again when put back`, async () => {
      const { crm, client } = silentCrm();
      const element = await fixture(template(client));
      await waitUntil(() => crm.inFlight > 0, 'no request was sent');
      const parent = element.parentElement!;

      element.remove();
      await waitUntil(() => crm.inFlight === 0, `${crm.inFlight} request(s) still in flight after the removal`, { timeout: 1000 });
      const sent = crm.sent.length;
      await pause(400);
      expect(crm.sent.slice(sent), 'requests sent after the removal').to.deep.equal([]);

      parent.append(element);
      await waitUntil(() => crm.sent.length > sent && crm.inFlight > 0, 'nothing loaded once back in the page');
      element.remove();
      await waitUntil(() => crm.inFlight === 0, 'the second load outlived the second removal', { timeout: 1000 });
    });
  }

  // The dashboard's follow-up counts load their code beside its first request; a dashboard removed
  // before that code arrives gets them while out of the page (Firefox showed the requests it sent).
  it('crm-dashboard: follow-up counts whose code arrives after the removal send nothing until it is back', async () => {
    const { crm, client } = silentCrm();
    const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${client}></crm-dashboard>`);
    await waitUntil(() => crm.inFlight > 0, 'no request was sent');
    const parent = dashboard.parentElement!;
    dashboard.remove();
    await waitUntil(() => crm.inFlight === 0, 'the statistics outlived the removal', { timeout: 1000 });
    const sent = crm.sent.length;

    new FollowUpCounts(dashboard, () => undefined);
    dashboard.requestUpdate();
    await dashboard.updateComplete;
    await pause(200);
    expect(crm.sent.slice(sent), 'requests sent while out of the page').to.deep.equal([]);

    parent.append(dashboard);
    await waitUntil(() => crm.sent.filter((request) => request.endsWith('/follow-ups')).length >= 2, 'the counts did not load once back');
  });
});
