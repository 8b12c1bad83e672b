// The BUILT client's sync across tabs in Node, where `BroadcastChannel` exists too (between a
// process's threads): a client relays as in a browser, yet neither keeps the process running nor
// is kept alive by its channel. Each check runs in a Node process of its own, which must end by itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const baseUrl = 'http://127.0.0.1:9/api/crm';

/** Runs `code` as a module in a new Node process and gives what it printed; fails if it has not exited by itself within 10 s. */
function runAlone(code, flags = []) {
  const { status, signal, stdout, stderr } = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10_000,
  });
  assert.equal(signal, null, `the process was still running after 10 s\n${stdout}${stderr}`);
  assert.equal(status, 0, `exit ${status}\n${stdout}${stderr}`);
  return stdout.trim().split('\n');
}

test('a client that relays changes both ways leaves the process free to exit', () => {
  const lines = runAlone(`
    import { createCrmClient } from '@mindbrite/crm-client';
    const client = createCrmClient({
      baseUrl: '${baseUrl}',
      validation: 'off',
      fetch: async () => Response.json({ id: 5 }, { status: 201 }),
    });
    const peer = new BroadcastChannel('@mindbrite/crm-client:${baseUrl}');
    const sent = new Promise((resolve) => (peer.onmessage = ({ data }) => resolve(data)));
    const received = new Promise((resolve) => client.addEventListener('change', ({ detail }) => detail.remote && resolve(detail)));
    await client.leads.create({});
    peer.postMessage({ resource: 'leads', action: 'delete', id: 6 });
    console.log(JSON.stringify(await sent));
    console.log(JSON.stringify(await received));
    peer.close();
  `);
  assert.deepEqual(lines.map((line) => JSON.parse(line)), [
    { resource: 'leads', action: 'create', id: 5 },
    { resource: 'leads', action: 'delete', id: 6, remote: true },
  ]);
});

test('a client nothing else holds is garbage-collected, though its channel stays open', () => {
  const lines = runAlone(
    `
    import { createCrmClient } from '@mindbrite/crm-client';
    const tick = () => new Promise((resolve) => setTimeout(resolve));
    const unused = new WeakRef(createCrmClient({ baseUrl: '${baseUrl}' }));
    const kept = createCrmClient({ baseUrl: '${baseUrl}' });
    // A WeakRef's target lives at least until the task that made it ends.
    await tick();
    globalThis.gc();
    await tick();
    console.log(unused.deref() === undefined ? 'collected' : 'kept alive');
    // The channel is still open for the clients in use.
    const peer = new BroadcastChannel('@mindbrite/crm-client:${baseUrl}');
    const received = new Promise((resolve) => kept.addEventListener('change', ({ detail }) => resolve(detail)));
    peer.postMessage({ resource: 'contacts', action: 'update', id: 2 });
    console.log(JSON.stringify(await received));
    peer.close();
  `,
    ['--expose-gc'],
  );
  assert.equal(lines[0], 'collected');
  assert.deepEqual(JSON.parse(lines[1]), { resource: 'contacts', action: 'update', id: 2, remote: true });
});
