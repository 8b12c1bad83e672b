// The static Storybook as our scripts (gallery.mjs) and its test drive it in Chromium: build it, serve it, and learn from a
// page what Storybook said about the story it showed (finished, failed, what it rendered).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Runs a build step with this Node (the repository's Node 24); its output only if it failed. */
function runStep(label, args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return status === 0 ? undefined : `${label} failed (exit ${status}):\n${stdout}\n${stderr}`;
}

/**
 * Builds the manifest and the static Storybook into `outputDir`, as `npm run build-storybook` does.
 * @returns {string | undefined} why the build failed, with its output; undefined when it succeeded
 */
export function buildStorybook(outputDir) {
  return (
    runStep('npm run manifest', [join(root, 'scripts/manifest.mjs')]) ??
    runStep('storybook build', [
      join(root, 'node_modules/storybook/dist/bin/dispatcher.js'),
      'build', '--output-dir', outputDir, '--quiet',
    ])
  );
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Serves a static Storybook on a free local port (the MSW worker must come from the same origin).
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export async function serveStatic(outputDir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // Chromium asks every origin for /favicon.ico; Storybook's icon is an SVG linked from the page.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(outputDir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(outputDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Chromium logs every non-2xx response as "Failed to load resource". When the response is the
 * story's mock CRM answering as the story asked (a 503, a 422), that is the state being shown,
 * not an error of the page; any other failed resource is one.
 * @param {import('puppeteer-core').ConsoleMessage} message
 */
const isMockCrmAnswer = (message) =>
  message.text().startsWith('Failed to load resource') && new URL(message.location().url ?? '', 'http://x').pathname.startsWith('/api/crm/stories/');

/**
 * Runs in the page before Storybook (`page.evaluateOnNewDocument`): records what Storybook's
 * channel says about the story (the channel is created later, so this catches it as it is assigned).
 */
function recordStoryEvents() {
  const events = { finished: undefined, failures: [], docsRendered: false };
  window.__storyEvents = events;
  const failures = {
    playFunctionThrewException: 'the play function threw',
    storyThrewException: 'the story threw',
    storyErrored: 'the story errored',
    storyMissing: 'the story is missing',
    unhandledErrorsWhilePlaying: 'unhandled errors while playing',
  };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const [name, what] of Object.entries(failures)) {
        // The first line says it; the rest is Testing Library's dump of the whole document.
        channel.on(name, (detail) => events.failures.push(`${what}: ${String(detail?.message ?? JSON.stringify(detail)).split('\n')[0]}`));
      }
      channel.on('docsRendered', () => {
        events.docsRendered = true;
      });
      channel.on('storyFinished', ({ status, reporters }) => {
        events.finished = {
          status,
          failedReports: reporters.filter((report) => report.status === 'failed').map((report) => report.type),
        };
      });
    },
  });
}

/**
 * A fresh story page that records Storybook's events and the errors the page logs (a mock CRM's
 * intended error answers aside), in a browser context of its own: pages of one context share
 * MSW's Service Worker, which unregisters itself when its last page closes, even while another
 * page is still starting it (and a context keeps one story's remembered columns from the next).
 * @param {import('puppeteer-core').Browser} browser
 */
export async function openStoryPage(browser) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' || isMockCrmAnswer(message)) return;
      const { url } = message.location();
      consoleErrors.push(url ? `${message.text()} (${url})` : message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.evaluateOnNewDocument(recordStoryEvents);
    return { page, consoleErrors, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Runs in the page (`page.waitForFunction`): undefined until Storybook has finished the story or
 * reported it failing, then what happened and which of our elements it shows.
 */
export function storyOutcome() {
  const { finished, failures } = window.__storyEvents;
  if (!finished && failures.length === 0) return undefined;
  const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('crm-'));
  return {
    finished,
    failures,
    elements: elements.map((element) => ({
      tag: element.localName,
      defined: customElements.get(element.localName) !== undefined,
      rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
    })),
  };
}
