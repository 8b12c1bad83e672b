// Back from the back/forward cache (issue 17): the page was frozen there and heard nothing, so when
// it is restored every widget that shows a collection loads it again and shows what changed
// meanwhile, while a form keeps what the user typed. The browser's own restore is in
// test/node/bfcache.test.mjs; here the page receives the `pageshow` a restore dispatches.
import '@mindbrite/crm-elements/crm-provider.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-pipeline.js';
import '@mindbrite/crm-elements/crm-follow-ups.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import { fixture, html } from '@open-wc/testing';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { expect, names, settled, waitFor } from './support/leads-list.js';
import { control, shown, type } from './support/record-form.js';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';

const loaded = (host: Element, tag: string) => {
  const element = host.querySelector(tag)!;
  return element.shadowRoot?.firstElementChild && !element.shadowRoot.querySelector('[part~="skeleton"]');
};

describe('a page restored from the back/forward cache', () => {
  useMockCrm();

  it('reloads each collection shown, showing what changed while the page was stored, and keeps what was typed in a form', async () => {
    const lead = crm.db.leads.all()[0]!;
    const host = await fixture(html`<crm-provider .client=${mockClient()}>
      <crm-dashboard></crm-dashboard>
      <crm-leads-list></crm-leads-list>
      <crm-pipeline></crm-pipeline>
      <crm-follow-ups></crm-follow-ups>
      <crm-lead-form lead-id=${lead.id}></crm-lead-form>
    </crm-provider>`);
    const list = host.querySelector('crm-leads-list')!;
    const form = host.querySelector<CrmLeadForm>('crm-lead-form')!;
    await waitFor(
      () => settled(list) && shown(form) && ['crm-dashboard', 'crm-pipeline', 'crm-follow-ups'].every((tag) => loaded(host, tag)),
      'every widget to load',
    );
    await type(form, 'first_name', 'Typed but not saved');

    // Meanwhile, elsewhere: a lead is added, as another user would.
    crm.db.leads.insert({
      first_name: 'Arrived', last_name: 'Meanwhile', email: 'arrived.meanwhile@example.org', phone: '', company: '', pipeline_id: 1,
      status: 'new', source: 'website', notes: null, assigned_to: null,
    });
    const requests = recordRequests();
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

    await waitFor(() => names(list)[0] === 'Arrived Meanwhile', 'the list to show the lead added meanwhile');
    await waitFor(() => requests.matching('GET', '/statistics').length && requests.matching('GET', '/follow-ups').length, 'the dashboard and the agenda to reload');
    requests.stop();
    expect(requests.matching('GET', '/leads'), 'the list, once').to.have.length(1);
    expect(requests.matching('GET', '/opportunities'), 'the board, once').to.have.length(1);
    expect(requests.matching('GET', `/leads/${lead.id}`), 'the form does not load its record over what was typed').to.have.length(0);
    expect(control(form, 'first_name').value).to.equal('Typed but not saved');
  });
});
