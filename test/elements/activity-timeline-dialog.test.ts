// <crm-activity-timeline> inside <crm-contact-dialog>'s history: the contact's activity shows
// below its lists, and a call logged there comes out of the dialog as crm-follow-up-created.
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<crm-activity-timeline> in <crm-contact-dialog>', () => {
  useMockCrm();

  it('shows the contact’s activity under the history, and logs a call from there', async () => {
    const contact = crm.db.contacts.all()[0]!;
    crm.db.followUps.insert({
      contact_id: contact.id,
      type: 'call',
      subject: 'Discussed the treatment plan',
      description: '',
      scheduled_date: '2026-11-02T11:00:00Z',
      completed: true,
      completed_date: '2026-11-02T11:00:00Z',
      outcome: 'Agreed to start in January',
    });
    const dialog = await fixture<CrmContactDialog>(html`<crm-contact-dialog .client=${mockClient()} locale="en-US"></crm-contact-dialog>`);
    await dialog.open({ contactId: contact.id });
    const timeline = () => dialog.shadowRoot!.querySelector('[part="history"] crm-activity-timeline');
    await waitFor(timeline, 'the activity in the history');
    const inside = timeline()!.shadowRoot!;
    await waitFor(() => inside.querySelector('[part="entry"]') && inside.querySelector('[part="log"]'), 'the entries and the box');
    const called = [...inside.querySelectorAll('[part="entry"]')].find((entry) => entry.textContent!.includes('Discussed the treatment plan'))!;
    expect(clean(called.querySelector('[part="outcome"]')!.textContent)).to.equal('Outcome: Agreed to start in January');

    const requests = recordRequests();
    const created = oneEvent(dialog, 'crm-follow-up-created');
    const subject = inside.querySelector<HTMLInputElement>('#subject')!;
    subject.value = 'Called to confirm';
    inside.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    expect((await created).detail.followUp).to.include({ contact_id: contact.id, subject: 'Called to confirm', completed: true });
    await waitFor(() => clean(inside.querySelector('[part="subject"]')?.textContent) === 'Called to confirm', 'the call at the top');
    // The history loads its open follow-ups again after the change; a call logged is done, so it is not among them.
    await waitFor(() => requests.matching('GET', '/follow-ups').some(({ query }) => query.get('completed') === 'false'), 'the history loaded again');
    await waitFor(() => dialog.shadowRoot!.querySelector('[part="history"][aria-busy="false"]'), 'the history settled');
    expect([...dialog.shadowRoot!.querySelectorAll('[part="history-item"]')].some((item) => item.textContent!.includes('Called to confirm'))).to.equal(false);
    expect(dialog.isOpen).to.equal(true);
    await expect(dialog).to.be.accessible();
  });
});
