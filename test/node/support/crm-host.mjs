// An EMR host page for the built single-file bundle, served with the README's Content Security
// Policy, in front of the mock CRM over real HTTP with faults it can inject; and the browsers
// (Chromium, Firefox) the suites drive it in. Used by csp.test.mjs and faults.test.mjs.
//
// The server answers `/api/crm/*` from the mock CRM's MSW handlers (as scripts/mock-api.mjs does)
// and holds the mock in this process, so a test reads what the CRM holds straight from its
// database. Requests are never logged: their URLs and bodies carry patient data.
import { after, before } from 'node:test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../../scripts/find-chrome.mjs';
import { findFirefox } from '../../../scripts/find-firefox.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLE = join(root, 'packages/crm-elements/dist/crm-elements.bundle.js');

/** Fails with what to run when the packages are not built (the suites drive the built bundle). */
export function assertBuilt() {
  for (const file of [BUNDLE, BUNDLE.replace(/bundle\.js$/, 'global.js'), join(root, 'packages/crm-mocks/dist/index.js')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`node_modules/.bin/rollup -c rollup.config.mjs\` first (npm test does)`);
  }
}

/** The policy of the README's "Content Security Policy" section, exactly as written there. */
export function readmePolicy() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Content Security Policy\n'));
  const policy = section?.match(/^```http\nContent-Security-Policy: (.+)\n```$/m)?.[1];
  if (!policy) throw new Error('README.md has no "Content Security Policy" section with an http block holding the header');
  return policy;
}

const html = 'text/html; charset=utf-8';
const js = 'text/javascript; charset=utf-8';

/**
 * The page the fault suite drives: widgets made by /host-app.js from the `config` query parameter
 * (`{ client, widgets: [[tag, attributes]] }`), in a `<crm-provider>` whose client it creates.
 */
const HOST_PAGE = `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <title>EMR host</title>
    <script src="/host-log.js"></script>
    <script type="module" src="/host-app.js"></script>
  </head>
  <body>
    <main></main>
  </body>
</html>`;

/**
 * What a test serves, by kind of fault. Each rule matches a method and a path (`/leads` or a
 * RegExp on the path after `/api/crm`), for `times` requests (all, when not given):
 * - `reset-before`: the connection is reset before the CRM sees the request;
 * - `reset-after`: the CRM acts on the request, then the connection is reset instead of answering;
 * - `truncate`: the CRM's answer is sent with a Content-Length longer than its body, and the
 *   connection closes after the body;
 * - `hang`: no answer at all, until the browser gives up on the request;
 * - `rewrite`: the CRM's JSON answer, passed through `rewrite(body)`, is sent instead.
 */
export async function startCrmHost({ seed = 1, pages = {} } = {}) {
  assertBuilt();
  const { getResponse } = await import('msw');
  const { createCrmMock } = await import('@mindbrite/crm-mocks');
  const crm = createCrmMock({ seed });
  const policy = readmePolicy();
  let faults = [];
  /** The connections of requests held by `hang`, let go at the next reset. */
  const held = new Set();
  /**
   * What reached the API: method, path, Idempotency-Key, the fault applied, and (for a hang)
   * whether the browser has let go of it. No bodies, no query strings.
   */
  const requests = [];

  const files = {
    '/crm-elements.bundle.js': () => readFileSync(BUNDLE),
    '/crm-elements.global.js': () => readFileSync(BUNDLE.replace(/bundle\.js$/, 'global.js')),
    '/host-log.js': () => readFileSync(join(root, 'test/node/support/host-log.js')),
    '/host-app.js': () => readFileSync(join(root, 'test/node/support/host-app.js')),
  };
  const allPages = { '/host.html': { body: HOST_PAGE }, ...pages };

  const takeFault = (method, path) => {
    const rule = faults.find(
      (candidate) =>
        candidate.method === method &&
        (candidate.path instanceof RegExp ? candidate.path.test(path) : candidate.path === path) &&
        (candidate.times === undefined || candidate.times > 0),
    );
    if (rule?.times !== undefined) rule.times -= 1;
    return rule;
  };

  async function readBody(request) {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  async function api(request, response, url) {
    const path = url.pathname.slice(crm.baseUrl.length);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await readBody(request);
    const fault = takeFault(request.method, path);
    const record = { method: request.method, path, key: request.headers['idempotency-key'], fault: fault?.kind, closed: false };
    requests.push(record);
    if (fault?.kind === 'reset-before') return request.socket.resetAndDestroy();
    // No answer; the browser's abort closes the connection, and `closed` says it did.
    if (fault?.kind === 'hang') {
      held.add(request.socket);
      return void request.socket.once('close', () => {
        record.closed = true;
        held.delete(request.socket);
      });
    }
    const disconnected = new AbortController();
    response.on('close', () => disconnected.abort());
    const headers = Object.entries(request.headers).flatMap(([name, value]) => [value].flat().map((item) => [name, item]));
    const answer = await getResponse(crm.handlers, new Request(url, { method: request.method, headers, body, signal: disconnected.signal }));
    if (!answer) return send(response, 404, { 'content-type': 'application/json' }, JSON.stringify({ message: 'No such route.' }));
    if (answer.type === 'error') return request.socket.resetAndDestroy();
    let payload = Buffer.from(await answer.arrayBuffer());
    if (fault?.kind === 'reset-after') return request.socket.resetAndDestroy();
    if (fault?.kind === 'rewrite') payload = Buffer.from(JSON.stringify(fault.rewrite(JSON.parse(payload.toString('utf8')))));
    const answerHeaders = Object.fromEntries([...answer.headers].filter(([name]) => name !== 'content-length'));
    if (fault?.kind === 'truncate') {
      response.writeHead(answer.status, { ...answerHeaders, 'content-length': String(payload.length + 512), connection: 'close' });
      response.write(payload, () => request.socket.destroy());
      return undefined;
    }
    return send(response, answer.status, answerHeaders, payload);
  }

  // `Connection: close` on every answer: a browser resends a request that fails on a connection it
  // reused, which would hide (or double) the faults under test.
  const send = (response, status, headers, payload) => {
    response.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(payload)), connection: 'close' });
    response.end(payload);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const page = allPages[url.pathname];
    if (page) return send(response, 200, { 'content-type': html, 'content-security-policy': page.policy ?? policy, 'cache-control': 'no-store' }, page.body);
    if (files[url.pathname]) return send(response, 200, { 'content-type': js, 'cache-control': 'no-store' }, files[url.pathname]());
    if (url.pathname.startsWith(`${crm.baseUrl}/`)) {
      return api(request, response, url).catch(() => (response.headersSent ? response.destroy() : send(response, 500, {}, 'The mock CRM failed.')));
    }
    return send(response, 404, { 'content-type': 'text/plain' }, 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;

  return {
    url,
    crm,
    policy,
    requests,
    /** The leads the CRM holds, read from its database. */
    leads: () => crm.db.leads.all(),
    /** Adds a fault rule; returns a function that removes it. */
    inject(rule) {
      faults.push(rule);
      return () => (faults = faults.filter((candidate) => candidate !== rule));
    },
    /** Seeded data, no faults, no recorded requests, no request held. */
    reset() {
      crm.reset();
      faults = [];
      requests.length = 0;
      for (const socket of held) socket.destroy();
    },
    /** The host page's URL with these widgets and client options. */
    page(config = {}) {
      return `${url}/host.html?config=${encodeURIComponent(JSON.stringify(config))}`;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

export const ENGINES = ['chromium', 'firefox'];

/**
 * Launches headless Chromium or Firefox (over WebDriver BiDi), in English, with a profile of its own.
 * Firefox does not fetch the page's icon, which `default-src 'none'` would report as a violation.
 */
export async function launchBrowser(engine) {
  const profile = mkdtempSync(join(tmpdir(), `mindbrite-${engine}-`));
  const browser =
    engine === 'firefox'
      ? await puppeteer.launch({
          browser: 'firefox',
          executablePath: findFirefox(),
          headless: true,
          userDataDir: profile,
          extraPrefsFirefox: { 'browser.chrome.site_icons': false, 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
        })
      : await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs, '--lang=en-US'], userDataDir: profile });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * For a suite: launches `engine` before its tests with one watched 1280 × 900 page, handed to
 * `onOpen({ page, seen })`, and closes it after them.
 */
export function useBrowserPage(engine, onOpen) {
  let browser;
  before(async () => {
    browser = await launchBrowser(engine);
    const page = await browser.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    onOpen({ page, seen: watch(page) });
  });
  after(() => browser?.close());
}

/** Page errors and console messages of a page, as puppeteer reports them. */
function watch(page) {
  const seen = { pageErrors: [], console: [] };
  page.on('pageerror', (error) => seen.pageErrors.push(error.message ?? String(error)));
  page.on('console', (message) => seen.console.push({ type: message.type(), text: message.text() }));
  return seen;
}

/** Polls `check()` until it returns something truthy; returns that. */
export async function eventually(check, { timeout = 10_000, interval = 100, what = check.name } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Polls `check(arg)` in the page until it returns something truthy; returns that, so it must be
 * JSON (Firefox hands back no DOM node). Not puppeteer's `waitForFunction`, which may compile its
 * predicate in the page, where the policy forbids eval.
 */
export const until = (page, check, arg, { what = check.name, ...options } = {}) =>
  eventually(() => page.evaluate(check, arg), { what, ...options });

/** What the host page recorded: the widgets' events, CSP violations, errors and unhandled rejections. */
export const hostLog = (page) => page.evaluate(() => window.hostLog);
