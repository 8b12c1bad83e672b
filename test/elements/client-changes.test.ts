// ClientChangesController, the one way an element follows its client's `change` events: a burst
// of changes is one callback, work the element holds (a bulk action) gives one callback once it
// settles and none before, and changes still settling when the element leaves the page are dropped.
import type { CrmChangeDetail, CrmClient, CrmRecordChange } from '@mindbrite/crm-client';
import { ClientChangesController } from '@mindbrite/crm-elements';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

/** The least an element needs to follow a client: the controller, and a record of its callbacks. */
class ChangesProbe extends LitElement {
  @property({ attribute: false }) client?: CrmClient;
  readonly bursts: CrmChangeDetail[][] = [];
  readonly changes = new ClientChangesController(this, { client: () => this.client, onChange: (changes) => this.bursts.push(changes) });
}
customElements.define('changes-probe', ChangesProbe);

/** Longer than the controller's settle window (100 ms), with room for a busy test machine. */
const SETTLED = 300;

const change = (id: number, action: CrmRecordChange['action'] = 'update'): CrmChangeDetail => ({ resource: 'leads', action, id });
const report = (client: CrmClient, detail: CrmChangeDetail) => client.dispatchEvent(new CustomEvent('change', { detail }));
const probeOf = (client: CrmClient) => fixture<ChangesProbe>(html`<changes-probe .client=${client}></changes-probe>`);

describe('ClientChangesController', () => {
  useMockCrm();

  it('calls back once for a burst of changes, with the burst in order', async () => {
    const client = mockClient();
    const probe = await probeOf(client);
    report(client, change(1));
    report(client, change(2));
    await aTimeout(40);
    report(client, change(3, 'delete'));
    await waitUntil(() => probe.bursts.length, 'no callback for the burst');
    await aTimeout(SETTLED);
    expect(probe.bursts).to.deep.equal([[change(1), change(2), change(3, 'delete')]]);
  });

  it('calls back again for changes after a quiet spell', async () => {
    const client = mockClient();
    const probe = await probeOf(client);
    report(client, change(1));
    await aTimeout(SETTLED);
    report(client, change(2));
    await aTimeout(SETTLED);
    expect(probe.bursts).to.deep.equal([[change(1)], [change(2)]]);
  });

  it('hears what the client itself reports after a real change', async () => {
    const client = mockClient();
    const probe = await probeOf(client);
    const [lead] = crm.db.leads.all();
    await client.leads.update(lead!.id, { status: 'contacted' });
    await waitUntil(() => probe.bursts.length, 'no callback for the update');
    expect(probe.bursts).to.deep.equal([[change(lead!.id)]]);
  });

  describe('hold', () => {
    it('calls back once after a bulk action, with a change for every record', async () => {
      const client = mockClient();
      const probe = await probeOf(client);
      const ids = crm.db.leads.all().slice(0, 6).map((lead) => lead.id);
      const { succeeded } = await probe.changes.hold(client.leads.bulkDelete(ids));
      // Delivered before `hold` resolves, so the element can reload as the action ends.
      expect(probe.bursts).to.have.length(1);
      expect(probe.bursts[0]!.map(({ id }) => id).sort()).to.deep.equal([...succeeded].sort());
      await aTimeout(SETTLED);
      expect(probe.bursts).to.have.length(1);
    });

    it('holds the callback for as long as the work runs, however long past the settle window', async () => {
      const client = mockClient();
      const probe = await probeOf(client);
      let finish!: (value: string) => void;
      const held = probe.changes.hold(new Promise<string>((resolve) => (finish = resolve)));
      report(client, change(1));
      await aTimeout(SETTLED);
      report(client, change(2));
      await aTimeout(SETTLED);
      expect(probe.bursts, 'nothing while the work runs').to.deep.equal([]);
      finish('done');
      expect(await held).to.equal('done');
      expect(probe.bursts).to.deep.equal([[change(1), change(2)]]);
    });

    it('calls back once after overlapping work, when the last of it settles', async () => {
      const client = mockClient();
      const probe = await probeOf(client);
      let finishFirst!: () => void;
      const first = probe.changes.hold(new Promise<void>((resolve) => (finishFirst = resolve)));
      const second = probe.changes.hold(aTimeout(SETTLED));
      report(client, change(1));
      finishFirst();
      await first;
      expect(probe.bursts, 'the other work still runs').to.deep.equal([]);
      await second;
      expect(probe.bursts).to.deep.equal([[change(1)]]);
    });

    it('does not call back when nothing changed meanwhile, and passes a failure on', async () => {
      const client = mockClient();
      const probe = await probeOf(client);
      const failure = new Error('the action failed');
      let caught: unknown;
      await probe.changes.hold(Promise.reject(failure)).catch((error: unknown) => (caught = error));
      expect(caught).to.equal(failure);
      await aTimeout(SETTLED);
      expect(probe.bursts).to.deep.equal([]);
    });
  });

  it('drops changes still settling when the element leaves the page', async () => {
    const client = mockClient();
    const probe = await probeOf(client);
    report(client, change(1));
    probe.remove();
    report(client, change(2));
    await aTimeout(SETTLED);
    expect(probe.bursts).to.deep.equal([]);
  });

  it('follows the client the element uses now', async () => {
    const [first, second] = [mockClient(), mockClient()];
    const probe = await probeOf(first);
    probe.client = second;
    await probe.updateComplete;
    report(first, change(1));
    report(second, change(2));
    await aTimeout(SETTLED);
    expect(probe.bursts).to.deep.equal([[change(2)]]);
  });
});
