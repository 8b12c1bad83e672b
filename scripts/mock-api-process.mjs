// Runs `scripts/mock-api.mjs` as a child process, for the Node tests (test/node/mocks-*.test.mjs)
// and the benchmarks: the real script, on a free port, serving the built packages.
// `env` sets its options, e.g. `{ SEED: '5' }` or `{ LATENCY: '500' }` (see scripts/mock-api.mjs).
import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** Starts scripts/mock-api.mjs on a free port and resolves its base URL from what it prints. */
const root = new URL('../', import.meta.url).pathname;

export async function startMockApi(env = {}) {
  const child = spawn(process.execPath, ['scripts/mock-api.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', MOCK_API_SKIP_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /at (http:\/\/\S+)\n[\s\S]*port: (\d+)/.exec(output);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`mock-api exited with ${code}: ${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  return { url, output, stop };
}
