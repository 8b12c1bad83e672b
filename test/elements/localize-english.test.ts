// A page in English downloads no translation: neither the lookup of other languages nor any
// language's words. A file of its own, so nothing else on the page loads them first.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { mockClient, useMockCrm } from './support/mock-crm.js';
import { settled, waitFor } from './support/records-list.js';

describe('an English page', () => {
  useMockCrm();

  it('downloads no other language, nor the code that looks one up', async () => {
    // Before the elements' modules load: a full buffer (250 entries by default) drops later ones.
    performance.setResourceTimingBufferSize(10_000);
    await Promise.all([
      import('@mindbrite/crm-elements/crm-dashboard.js'),
      import('@mindbrite/crm-elements/crm-lead-form.js'),
      import('@mindbrite/crm-elements/crm-leads-list.js'),
    ]);
    const page = fixtureSync<HTMLElement>(html`<div lang="en-US">
      <crm-dashboard .client=${mockClient()}></crm-dashboard>
      <crm-leads-list .client=${mockClient()}></crm-leads-list>
      <crm-lead-form .client=${mockClient()}></crm-lead-form>
    </div>`);
    const list = page.querySelector('crm-leads-list')!;
    await waitFor(() => list.hasUpdated && settled(list), 'the list settled');
    expect(list.shadowRoot!.querySelector('table')!.getAttribute('aria-label')).to.equal('Leads');
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.some((path) => path.includes('/crm-elements/src/messages/')), 'the English words were loaded (the check sees modules)').to.equal(true);
    expect(loaded.filter((path) => /\/localize\/(translations|locales\/)/.test(path))).to.deep.equal([]);
  });
});
