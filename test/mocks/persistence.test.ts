import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_KEY, createCrmDatabase, type SnapshotStorage } from '@mindbrite/crm-mocks';
import { NOW } from './support/worker.js';

/** An in-memory Web Storage that records what is written to it. */
function memoryStorage(): SnapshotStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const newLead = {
  first_name: 'Ana', last_name: 'Silva', email: 'ana@example.com', phone: '555 010 0100', company: '',
  status: 'new', pipeline_id: 1, source: 'website', notes: null, assigned_to: null,
};
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('mocks: opt-in persistence', () => {
  afterEach(() => localStorage.removeItem(DEFAULT_STORAGE_KEY));

  it('keeps created records across a reload under its key', async () => {
    const storage = memoryStorage();
    const options = { seed: 2, now: NOW, persist: { key: 'demo-crm', storage } };
    const db = createCrmDatabase(options);
    const { id } = db.leads.insert(newLead);
    await settle();
    expect([...storage.items.keys()]).to.deep.equal(['demo-crm']);
    const reloaded = createCrmDatabase(options);
    expect(reloaded.leads.get(id)).to.include({ email: 'ana@example.com' });
    expect(reloaded.leads.insert(newLead).id).to.equal(id + 1);
  });

  it('writes nothing anywhere unless asked', async () => {
    const before = localStorage.length;
    createCrmDatabase({ now: NOW }).leads.insert(newLead);
    await settle();
    expect(localStorage.length).to.equal(before);
  });

  it('uses localStorage and the default key for persist: true', async () => {
    createCrmDatabase({ seed: 4, now: NOW, persist: true }).leads.insert(newLead);
    await settle();
    expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.be.a('string');
  });

  it('ignores a snapshot of another seed or an unreadable one, and reset() forgets it', async () => {
    const storage = memoryStorage();
    const db = createCrmDatabase({ seed: 2, now: NOW, persist: { storage } });
    db.leads.insert(newLead);
    await settle();
    expect(createCrmDatabase({ seed: 3, now: NOW, persist: { storage } }).leads.count).to.equal(250);
    expect(createCrmDatabase({ seed: 2, now: NOW, persist: { storage } }).leads.count, 'still kept').to.equal(251);
    storage.items.set(DEFAULT_STORAGE_KEY, '{broken');
    expect(createCrmDatabase({ seed: 2, now: NOW, persist: { storage } }).leads.count).to.equal(250);
    db.leads.insert(newLead);
    await settle();
    db.reset();
    expect(storage.items.has(DEFAULT_STORAGE_KEY)).to.equal(false);
  });

  it('keeps working in memory when the storage refuses writes', async () => {
    const full: SnapshotStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const db = createCrmDatabase({ now: NOW, persist: { storage: full } });
    const { id } = db.leads.insert(newLead);
    await settle();
    expect(db.leads.get(id).email).to.equal('ana@example.com');
  });
});
