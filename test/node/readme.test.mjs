// Runs every code snippet of the README as a reader would: Node snippets (`ts`) in Node against
// the mock CRM, page snippets (`html`, `css`, `js`) in one Chromium page in the README's order
// against the built single-file bundle and the in-browser mock CRM, and the shell commands.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({
  lang: match[1],
  code: match[2],
  line: readme.slice(0, match.index).split('\n').length,
}));
const ofKind = (...langs) => snippets.filter((snippet) => langs.includes(snippet.lang));

test('every README snippet is of a kind this test runs', () => {
  // `http`: the Content Security Policy header, which csp.test.mjs serves as written. `text`: the
  // crm-check-api command line, which needs the reader's own backend; check-api.test.mjs runs it.
  const unknown = snippets.filter((snippet) => !['ts', 'js', 'html', 'css', 'sh', 'http', 'text'].includes(snippet.lang));
  assert.deepEqual(unknown.map((snippet) => `${snippet.lang} at line ${snippet.line}`), []);
  assert.ok(snippets.length >= 8, `found only ${snippets.length} snippets`);
});

/** The requests each adapter recipe of the README sends to its backend (test/node/readme/backends.mjs), by what names that backend in the snippet. */
const adaptedBackends = {
  "'/prospects'": [/^\/api\/crm\/prospects\?limit=10&offset=10&q=silva$/],
  'rest.example.test': [
    /^GET rest\.example\.test\/leads\?_page=2&_limit=5&_sort=last_name&_order=desc&status=new$/,
    /^PATCH rest\.example\.test\/leads\/\d+ status$/,
  ],
  'laravel.example.test': [/^GET laravel\.example\.test\/api\/leads\?page=3&per_page=5$/],
  'django.example.test': [
    /^GET django\.example\.test\/api\/leads\?page=1&page_size=5&search=a&ordering=-created_at$/,
    /^PATCH django\.example\.test\/api\/leads\/\d+ status$/,
  ],
  'camel.example.test': [
    /^POST camel\.example\.test\/api\/leads company,email,firstName,lastName,phone,pipelineId,status$/,
    /^PUT camel\.example\.test\/api\/leads\/\d+ lastName$/,
    /^GET camel\.example\.test\/api\/opportunities\?perPage=5$/,
  ],
};

describe('README Node snippets', () => {
  const dir = join(root, '.test-results/readme');
  mkdirSync(dir, { recursive: true });
  for (const snippet of ofKind('ts')) {
    test(`ts snippet at line ${snippet.line} runs in Node`, () => {
      const file = join(dir, `snippet-${snippet.line}.ts`);
      writeFileSync(file, snippet.code);
      const ownMock = snippet.code.includes('createCrmMockServer');
      const args = [...(ownMock ? [] : ['--import', join(root, 'test/node/readme/backends.mjs')]), file];
      const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
      assert.equal(status, 0, `exit ${status}\n${stdout}\n${stderr}`);
      const backend = Object.keys(adaptedBackends).find((host) => snippet.code.includes(host));
      if (backend) {
        const seen = JSON.parse(stdout.match(/EMR-BACKEND-SEEN (.*)/)?.[1] ?? '[]');
        const expected = adaptedBackends[backend];
        assert.equal(seen.length, expected.length, `the requests: ${seen.join('; ')}`);
        expected.forEach((request, index) => assert.match(seen[index], request));
        if (backend === 'rest.example.test') {
          // Read back from json-server: the lead the snippet updated keeps every field.
          const [, id] = seen[1].match(/\/leads\/(\d+) /);
          const stored = JSON.parse(stdout.match(/JSON-SERVER-LEADS (.*)/)[1]).find((lead) => lead.id === Number(id));
          assert.equal(stored.status, 'contacted');
          assert.deepEqual(
            ['first_name', 'last_name', 'email', 'phone', 'pipeline_id', 'created_at'].filter((field) => !stored.filled.includes(field)),
            [],
            'fields the update lost',
          );
        }
        if (backend === 'camel.example.test') assert.match(stdout, /^5 opportunities, each with its contact$/m);
      }
    });
  }
});

describe('README shell snippets', () => {
  const commands = ofKind('sh').map((snippet) => snippet.code.trim());

  test('they are the two commands of the project', () => {
    assert.deepEqual(commands, ['npm install && npm start', 'npm test']);
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(scripts.start, 'node scripts/start.mjs');
    assert.equal(scripts.test, 'node scripts/test.mjs'); // this very run is `npm test`
  });

  test('npm start builds, prints its URL and serves the demo page there', async () => {
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
    });
    try {
      const url = await new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 120_000);
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const found = output.match(/demo EMR page: (http:\/\/\S+)/);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        });
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
      });
      const page = await (await fetch(url)).text();
      assert.match(page, /<crm-dashboard/);
      assert.equal((await fetch(new URL('/crm-elements.bundle.js', url))).status, 200);
    } finally {
      child.kill();
    }
  });
});

describe('README page snippets, in order, in one Chromium page', () => {
  const harness = `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <title>README snippets</title>
    <link rel="icon" href="data:," />
    <script type="importmap">
      { "imports": { "@mindbrite/crm-elements": "/readme-global.js", "@mindbrite/crm-elements/localize.js": "/readme-global.js", "@mindbrite/crm-client": "/readme-global.js" } }
    </script>
  </head>
  <body>
    <script type="module">
      import { startDemoCrm } from '/demo/mock-crm.js';
      await startDemoCrm();
      window.crmReady = true;
    </script>
  </body>
</html>`;
  // The README's page loads the classic script first: the imports of its module snippets (written
  // for a bundler) resolve to that same copy, as a bundler's would to the one package.
  const globalExports = `const { createCrmClient, setCrmMessages } = window.MindBriteCrm;
export { createCrmClient, setCrmMessages };`;
  let server;
  let browser;
  let page;
  const problems = [];
  const requests = [];

  before(async () => {
    server = await startDemoServer({ pages: { '/readme.html': harness, '/readme-global.js': globalExports } });
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => requests.push({ url: request.url(), headers: request.headers() }));
    await page.goto(new URL('/readme.html', server.url).href);
    await page.waitForFunction(() => window.crmReady === true, { timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    server?.server.close();
  });

  test('each snippet runs without an error', async () => {
    for (const snippet of ofKind('html', 'css', 'js')) {
      await page.evaluate(
        ({ lang, code, line }) =>
          new Promise((resolve, reject) => {
            if (lang === 'css') {
              const style = document.createElement('style');
              style.textContent = code;
              document.head.append(style);
              resolve();
              return;
            }
            if (lang === 'js') {
              const script = document.createElement('script');
              script.type = 'module';
              script.textContent = `${code}\nwindow.dispatchEvent(new Event('snippet-${line}'));`;
              window.addEventListener(`snippet-${line}`, () => resolve(), { once: true });
              setTimeout(() => reject(new Error(`js snippet at line ${line} did not finish`)), 10_000);
              document.body.append(script);
              return;
            }
            // HTML: scripts inserted through innerHTML never run, so each is recreated. A page runs
            // the code that follows a script tag after it: the snippet is done when its scripts are.
            const template = document.createElement('template');
            template.innerHTML = code;
            const loads = [];
            for (const inert of template.content.querySelectorAll('script')) {
              const script = document.createElement('script');
              for (const { name, value } of inert.attributes) script.setAttribute(name, value);
              script.textContent = inert.textContent;
              if (script.src) loads.push(new Promise((loaded, failed) => {
                script.addEventListener('load', loaded);
                script.addEventListener('error', () => failed(new Error(`${script.src} did not load`)));
              }));
              inert.replaceWith(script);
            }
            document.body.append(template.content);
            Promise.all(loads).then(() => resolve(), reject);
          }),
        snippet,
      );
    }
    await page.waitForFunction(() => customElements.get('crm-leads-list') && customElements.get('crm-provider'));
    assert.deepEqual(problems, []);
  });

  test('the widgets of the snippets render their data', async () => {
    await page.waitForFunction(
      () => {
        const lists = [...document.querySelectorAll('crm-leads-list')];
        return lists.length >= 3 && lists.every((list) => list.shadowRoot?.querySelectorAll('[part~="row"]').length > 0);
      },
      { timeout: 20_000 },
    );
    await page.waitForFunction(
      () => document.querySelector('crm-dashboard').shadowRoot?.textContent.includes('Total leads'),
      { timeout: 20_000 },
    );
    // The languages snippet's words reach the widgets the page's script defined.
    await page.waitForFunction(
      () => document.querySelector('crm-leads-list').shadowRoot.querySelector('table')?.getAttribute('aria-label') === 'Patient inquiries',
      { timeout: 10_000 },
    );
    assert.deepEqual(problems, []);
  });

  test('the auth snippet sends its bearer token', async () => {
    const tokenSent = () =>
      requests.some(
        (request) => request.headers.authorization === 'Bearer token-from-your-sign-in' && request.url.includes('/api/crm/leads'),
      );
    for (const deadline = Date.now() + 20_000; !tokenSent() && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(tokenSent(), 'no lead request carried the token');
  });

  test('the theming snippet restyles through tokens and parts', async () => {
    const styles = await page.evaluate(() => {
      const list = document.querySelector('crm-leads-list');
      const header = list.shadowRoot.querySelector('[part~="header"]');
      return {
        primary: getComputedStyle(list).getPropertyValue('--crm-color-primary').trim(),
        transform: getComputedStyle(header).textTransform,
      };
    });
    assert.deepEqual(styles, { primary: '#7b2d8e', transform: 'uppercase' });
  });

  test('the events snippet opens the dialog on row activation and reports errors without patient data', async () => {
    await page.evaluate(() => {
      const row = document.querySelector('crm-leads-list').shadowRoot.querySelector('[part~="row"]');
      const plainCell = row.querySelector('td:not(:has(input, button))');
      (plainCell ?? row).click();
    });
    await page.waitForFunction(() => document.querySelector('crm-lead-dialog').isOpen === true, { timeout: 10_000 });
    const lastError = await page.evaluate(() => {
      const list = document.querySelector('crm-leads-list');
      list.dispatchEvent(
        new CustomEvent('crm-error', { bubbles: true, composed: true, detail: { error: { kind: 'network' }, operation: 'load' } }),
      );
      return document.body.dataset.lastCrmError;
    });
    assert.equal(lastError, 'load:network');
  });
});
