// Builds the static Storybook and opens every story in Chromium, as a designer would: each story
// renders its element, finishes its play function (which waits for the state the story shows),
// logs no error, and passes axe-core's WCAG 2.2 AA rules; a Loading story still shows its
// placeholder long after the client would have given up. One test per story, so the counts say
// how many stories were checked; a story that fails fails its test. Each element's docs page must
// render its description and list its attributes, events, parts and CSS properties from the Custom
// Elements Manifest; the theming page lists the global tokens; the toolbar reaches every story.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { buildStorybook, openStoryPage, serveStatic, storyOutcome } from '../../scripts/storybook-static.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = join(root, 'storybook-static');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const storyTimeout = 30_000;
/** The docs page of the global `--crm-*` tokens (stories/global-tokens.mdx). */
const tokensPageTitle = 'Theming/Global tokens';
/**
 * How long a Loading story must keep loading: five minutes of the page's time, far past the
 * limits of the SDK's client (15 s an attempt, 20 s a call with its retries), run in a moment.
 */
const loadingHoldsFor = 5 * 60_000;

// The build happens before the tests are declared, because the stories it finds are the tests.
const buildError = buildStorybook(outputDir);
const index = buildError ? undefined : JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
const stories = index ? Object.values(index.entries).filter((entry) => entry.type === 'story') : [];
const docsPages = index ? Object.values(index.entries).filter((entry) => entry.type === 'docs') : [];
const manifest = buildError ? undefined : JSON.parse(readFileSync(join(root, 'packages/crm-elements/custom-elements.json'), 'utf8'));

const declarations = manifest?.modules.flatMap((module) => module.declarations ?? []) ?? [];

/**
 * What a docs page must list for an element, from the manifest: its attributes, events, parts and
 * CSS properties, a name as often as it is documented (the list's `search` is an attribute and a part).
 */
function documentedApi(element) {
  const { attributes = [], events = [], cssParts = [], cssProperties = [] } = element;
  return [...attributes, ...events, ...cssParts, ...cssProperties].map((item) => item.name);
}

/** The first words of an element's summary as its docs page shows them, without Markdown's marks. */
const summaryOpening = (element) => element.summary.replace(/[`*_]/g, '').split(/\s+/).slice(0, 10).join(' ');

/** Text as a person reads it, whatever the line breaks. */
const readable = (text) => text.replace(/\s+/g, ' ').trim();

/** How many times each name occurs in `names`. */
const countsOf = (names) => names.reduce((counts, name) => counts.set(name, (counts.get(name) ?? 0) + 1), new Map());

/**
 * In the page: the loading placeholders (skeletons, and an edit form's fields while its record
 * loads) and error states the story shows, in shadow roots at any depth (a dialog's history, a
 * form inside a dialog).
 */
function loadingState() {
  const count = (root, selector) =>
    [...root.querySelectorAll('*')].reduce(
      (sum, element) => sum + (element.matches(selector) ? 1 : 0) + (element.shadowRoot ? count(element.shadowRoot, selector) : 0),
      0,
    );
  const story = document.querySelector('#storybook-root');
  return { placeholders: count(story, '[part~="skeleton"], [part="form"][inert]'), errors: count(story, '[part~="error"]') };
}

/**
 * Runs `ms` of the page's time at once: Chromium's virtual time fires every timer due in it (the
 * client's timeouts and retries, the elements' slow-load notes) without waiting for them.
 */
async function fastForward(page, ms) {
  const session = await page.createCDPSession();
  const expired = new Promise((resolve) => session.once('Emulation.virtualTimeBudgetExpired', resolve));
  await session.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: ms });
  await expired;
}

if (buildError) {
  test('Storybook builds', () => assert.fail(buildError));
} else {
  describe('Storybook stories in Chromium', { concurrency: 2 }, () => {
    let server;
    let browser;
    let origin;

    before(async () => {
      ({ server, origin } = await serveStatic(outputDir));
      browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
    });

    after(async () => {
      await browser?.close();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    });

    const openPage = () => openStoryPage(browser);

    test('Storybook found stories to check', () => assert.ok(stories.length > 0, 'index.json lists no stories'));

    for (const story of stories) {
      test(`${story.title} › ${story.name}`, { timeout: storyTimeout + 10_000 }, async () => {
        const { page, consoleErrors, close } = await openPage();
        try {
          // The a11y addon's own axe run is left to the Storybook UI (`a11y.manual`): this test runs
          // axe itself, with rules no story can switch off, and twice the axe time would double the run.
          await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`, {
            waitUntil: 'load',
          });
          const outcome = await (
            await page.waitForFunction(storyOutcome, { timeout: storyTimeout, polling: 100 })
          ).jsonValue();

          assert.deepEqual(outcome.failures, [], 'Storybook reported the story failing');
          assert.deepEqual(outcome.finished, { status: 'success', failedReports: [] }, 'Storybook finished the story with an error');
          assert.ok(outcome.elements.length > 0, 'the story shows none of our elements');
          for (const element of outcome.elements) {
            assert.ok(element.defined, `<${element.tag}> is not registered`);
            assert.ok(element.rendered, `<${element.tag}> rendered nothing`);
          }
          assert.deepEqual(consoleErrors, [], 'the story logged errors');

          await page.evaluate(axeSource);
          const violations = await page.evaluate(async (tags) => {
            const result = await window.axe.run(document.querySelector('#storybook-root'), {
              runOnly: { type: 'tag', values: tags },
            });
            return result.violations.map((violation) => ({
              rule: violation.id,
              impact: violation.impact,
              help: violation.help,
              targets: violation.nodes.map((node) => node.target.join(' ')),
            }));
          }, wcag22aa);
          assert.deepEqual(violations, [], 'axe-core found WCAG 2.2 AA violations');

          // A designer leaves a Loading story open: it must not turn into a timeout error.
          if (/\bLoading$/.test(story.name)) {
            const loading = await page.evaluate(loadingState);
            assert.ok(loading.placeholders > 0, 'the Loading story shows no loading placeholder');
            await fastForward(page, loadingHoldsFor);
            assert.deepEqual(await page.evaluate(loadingState), loading, `the story left its loading state within ${loadingHoldsFor / 60_000} minutes`);
          }
        } finally {
          await close();
        }
      });
    }

    test("the toolbar's theme and container width reach a story; a story's own frame wins over them", { timeout: 3 * storyTimeout }, async () => {
      /** The host page of the leads list's story `name` opened with the toolbar set to `globals`: its theme and the list's width. */
      const frameOf = async (name, globals) => {
        const { page, close } = await openPage();
        try {
          await page.goto(`${origin}/iframe.html?id=elements-crm-leads-list--${name}&viewMode=story&globals=${globals};a11y.manual:!true`, {
            waitUntil: 'load',
          });
          await page.waitForFunction(storyOutcome, { timeout: storyTimeout, polling: 100 });
          return await page.evaluate(() => {
            const frame = document.querySelector('.host-page');
            return {
              theme: frame.dataset.theme,
              colorScheme: getComputedStyle(frame).colorScheme,
              width: Math.round(frame.querySelector('crm-leads-list').getBoundingClientRect().width),
            };
          });
        } finally {
          await close();
        }
      };
      assert.deepEqual(await frameOf('populated', 'theme:dark;width:320px'), { theme: 'dark', colorScheme: 'dark', width: 320 });
      assert.deepEqual(await frameOf('brand-theme', 'theme:dark;width:560px'), { theme: 'brand', colorScheme: 'light', width: 560 });
      assert.deepEqual(await frameOf('narrow-container', 'theme:dark;width:1280px'), { theme: 'dark', colorScheme: 'dark', width: 300 });
    });

    test(`the docs pages include "${tokensPageTitle}"`, () => {
      assert.ok(docsPages.some((docs) => docs.title === tokensPageTitle), docsPages.map((docs) => docs.title).join(', '));
    });

    for (const docs of docsPages) {
      const tag = docs.title.split('/').at(-1);
      const element = declarations.find((declaration) => declaration.tagName === tag);
      const what = element ? ' shows its description and lists the API from the manifest' : docs.title === tokensPageTitle ? ' lists every global token' : '';
      test(`${docs.title} › docs page${what}`, { timeout: storyTimeout + 10_000 }, async () => {
        const { page, consoleErrors, close } = await openPage();
        try {
          await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`, { waitUntil: 'load' });
          await page.waitForFunction(() => window.__storyEvents.docsRendered, { timeout: storyTimeout, polling: 100 });
          const { text, listed, tokenRows } = await page.evaluate(() => ({
            text: document.querySelector('#storybook-docs')?.innerText ?? '',
            listed: [...document.querySelectorAll('.docblock-argstable-body tr td:first-child')].map((cell) => cell.textContent?.trim()),
            tokenRows: [...document.querySelectorAll('table.global-tokens tbody tr')].map((row) => [...row.cells].map((cell) => cell.textContent?.trim())),
          }));
          if (element) {
            assert.ok(readable(text).includes(summaryOpening(element)), `the docs page does not show the description ("${summaryOpening(element)} …")`);
            const listedCounts = countsOf(listed);
            for (const [name, count] of countsOf(documentedApi(element))) {
              assert.ok((listedCounts.get(name) ?? 0) >= count, `the docs table lists ${name} ${listedCounts.get(name) ?? 0} time(s), not ${count}`);
            }
          }
          if (docs.title === tokensPageTitle) {
            const tokens = declarations.find((declaration) => declaration.name === 'CrmElement')?.cssProperties ?? [];
            assert.ok(tokens.length > 0, 'the manifest documents no global tokens on CrmElement');
            const expected = tokens.map((token) => [token.name, token.description, token.default ?? '—']);
            assert.deepEqual(tokenRows.map(([name, role, fallback]) => [name, role, fallback]), expected);
          }
          assert.deepEqual(consoleErrors, [], 'the docs page logged errors');
        } finally {
          await close();
        }
      });
    }
  });
}
