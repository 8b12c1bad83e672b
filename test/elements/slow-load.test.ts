// A server that does not answer: after `slow-after` ms (3 s by default) each element that loads
// data says it is still waiting and offers Cancel; Cancel stops the request and leaves the error
// state with its Retry, focused. The list, the dashboard and the form's load of a lead share this.
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

const slowNote = (element: CrmElement) => element.shadowRoot!.querySelector<HTMLElement>('[part="slow"]');
const retry = (element: CrmElement) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');

const cases: Array<[string, string, (client: ReturnType<typeof mockClient>) => TemplateResult, string]> = [
  ['<crm-leads-list>', 'GET /leads', (client) => html`<crm-leads-list .client=${client} slow-after="150"></crm-leads-list>`, 'tr[data-id]'],
  ['<crm-dashboard>', 'GET /statistics', (client) => html`<crm-dashboard .client=${client} slow-after="150"></crm-dashboard>`, 'section > dl'],
  ['<crm-lead-form lead-id>', 'GET /leads/:id', (client) => html`<crm-lead-form .client=${client} lead-id="3" slow-after="150"></crm-lead-form>`, 'form:not([inert])'],
];

describe('a slow CRM', function () {
  this.timeout(20_000);
  useMockCrm();

  it('is "slow" after 3 seconds unless the host says otherwise', () => {
    const list = document.createElement('crm-leads-list');
    expect(list.slowAfter).to.equal(3000);
  });

  for (const [name, route, template, loaded] of cases) {
    describe(name, () => {
      it('says it is still waiting once a load outlasts slow-after, and Cancel stops it, leaving Retry', async () => {
        crm.scenario.set({ hang: { routes: [route] } });
        const client = mockClient();
        const errors: Event[] = [];
        const element = fixtureSync<CrmElement>(template(client));
        element.addEventListener('crm-error', (event) => errors.push(event));
        await element.updateComplete;
        expect(slowNote(element)!.textContent, 'nothing to say at first').to.equal('');

        await waitUntil(() => slowNote(element)!.textContent!.includes('Still waiting for the CRM…'), 'the slow note', { timeout: 3000 });
        expect(slowNote(element)!.getAttribute('role')).to.equal('status');
        await expect(element).to.be.accessible();
        const cancel = [...slowNote(element)!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Cancel')!;
        cancel.click();

        await waitUntil(() => retry(element), 'the error state with Retry');
        expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('You stopped waiting for the CRM.');
        expect(slowNote(element)?.textContent ?? '', 'the note is gone').to.equal('');
        expect(element.shadowRoot!.activeElement, 'focus on Retry, not dropped to the page').to.equal(retry(element));
        expect(errors, 'a cancel is no failure to report').to.have.length(0);

        crm.scenario.reset();
        retry(element)!.click();
        await waitUntil(() => element.shadowRoot!.querySelector(loaded), 'loaded on retry');
        await aTimeout(250);
        expect(slowNote(element)?.textContent ?? '', 'a quick load says nothing').to.equal('');
      });
    });
  }
});
