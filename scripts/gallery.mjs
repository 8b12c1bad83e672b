// `npm run gallery`: every Storybook story at three container widths and in two themes, on one
// HTML page for designers to review (gallery/index.html and its PNGs, generated, never committed).
// Builds the static Storybook into a temporary directory (so a test serving storybook-static/ at
// the same time is not disturbed), opens each story in Chromium after its play function, and lists
// every story that failed or logged an error; then the command exits non-zero.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { buildStorybook, openStoryPage, serveStatic, storyOutcome } from './storybook-static.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const galleryDir = join(root, 'gallery');
const widths = [320, 768, 1280];
const themes = ['light', 'dark'];
/** The host page's padding on both sides (`.storybook/frame.ts`: 1rem each): the viewport is the slot plus this. */
const hostPadding = 32;
const viewportHeight = 800;
const storyTimeout = 30_000;
/** Stories open at a time: two up to three cores, three from four (Node and Chromium's own processes share them). */
const poolSize = Math.min(3, Math.max(2, availableParallelism() - 1));

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ── Capturing one view: a story at one width in one theme ────────────────────────────────────

/**
 * In the page: the area to screenshot, or undefined for the viewport. The story's root, whole, and
 * whatever overflows the page sideways (a designer must see it); the viewport when a modal dialog
 * is open (as a person sees it, over its backdrop) or the root is empty (Storybook's error display).
 */
function shotArea() {
  const deep = (node) => [...node.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
  const layered = deep(document).filter((element) => element.matches(':modal, :popover-open'));
  if (layered.some((element) => element.matches(':modal'))) return undefined;
  const bottoms = [document.querySelector('#storybook-root'), ...layered].map((element) => element.getBoundingClientRect().bottom + scrollY);
  const height = Math.ceil(Math.max(...bottoms));
  return height > 0 ? { x: 0, y: 0, width: document.documentElement.scrollWidth, height } : undefined;
}

/** In the page: the host frame the story rendered in, as it came out (a story may fix its theme or width). */
function hostFrame() {
  const host = document.querySelector('.host-page');
  if (!host) return undefined;
  const style = getComputedStyle(host);
  return { theme: host.dataset.theme, width: Math.round(host.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd)) };
}

/** In the page: fonts loaded and finite animations (a dialog opening) done, a second at most. */
async function settled() {
  await document.fonts.ready;
  const finite = document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime));
  await Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => {}))), new Promise((resolve) => setTimeout(resolve, 1000))]);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** What went wrong in a story, from what Storybook said about it; empty when nothing did. */
function problemsOf(outcome) {
  const problems = [...outcome.failures];
  if (outcome.finished && outcome.finished.status !== 'success') problems.push(`Storybook finished the story with status "${outcome.finished.status}"`);
  if (outcome.elements.length === 0) problems.push('the story shows none of our elements');
  for (const { tag, defined, rendered } of outcome.elements) {
    if (!defined) problems.push(`<${tag}> is not registered`);
    else if (!rendered) problems.push(`<${tag}> rendered nothing`);
  }
  return problems;
}

/**
 * Opens one story at one width and theme, in a browser context of its own (a list remembers its
 * columns in localStorage; one story's choice must not show in the next), and screenshots it.
 */
async function captureView(browser, origin, { story, width, theme }) {
  const view = { width, theme, file: `${story.id}--${width}-${theme}.png`, problems: [] };
  let opened;
  try {
    opened = await openStoryPage(browser);
    const { page } = opened;
    await page.setViewport({ width: width + hostPadding, height: viewportHeight });
    // The theme is a Storybook global (the toolbar's); axe is left to the Storybook test.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true;theme:${theme}`;
    await page.goto(url, { waitUntil: 'load' });
    try {
      view.problems = problemsOf(await (await page.waitForFunction(storyOutcome, { timeout: storyTimeout, polling: 100 })).jsonValue());
    } catch (error) {
      if (error.name !== 'TimeoutError') throw error;
      view.problems = [`Storybook did not finish the story within ${storyTimeout / 1000} s`];
    }
    await page.evaluate(settled);
    view.frame = await page.evaluate(hostFrame);
    const area = await page.evaluate(shotArea);
    view.shotWidth = area?.width ?? width + hostPadding;
    const path = join(galleryDir, view.file);
    await page.screenshot(area ? { path, clip: area, captureBeyondViewport: true } : { path, captureBeyondViewport: false });
  } catch (error) {
    view.problems.push(`could not capture: ${error.message.split('\n')[0]}`);
    view.file = undefined;
  } finally {
    await opened?.close();
  }
  // Errors logged up to the screenshot count, not only those before Storybook finished.
  view.problems.push(...(opened?.consoleErrors ?? []).map((error) => `logged an error: ${error}`));
  return view;
}

/** Runs `work` over `items`, `size` at a time, taking them in order. */
async function inPool(items, size, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: size }, worker));
}

// ── The page ─────────────────────────────────────────────────────────────────────────────────

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** "320 px, light", and what the story fixed instead when it overrides the gallery's choice. */
function viewLabel({ width, theme, frame }) {
  const fixed = [];
  if (frame && frame.width !== width) fixed.push(`slot ${frame.width} px`);
  if (frame && frame.theme !== theme) fixed.push(`${frame.theme} theme`);
  return `${width} px, ${theme}${fixed.length ? ` (story fixes ${fixed.join(', ')})` : ''}`;
}

function figureHtml(story, view) {
  const label = `${story.name} — ${viewLabel(view)}`;
  const image = view.file
    ? `<a href="${view.file}"><img src="${view.file}" alt="${escapeHtml(label)}" loading="lazy" style="--w: ${view.shotWidth}"></a>`
    : '';
  const problems = view.problems.length ? `<ul class="problems">${view.problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul>` : '';
  return `<figure${view.problems.length ? ' class="failed"' : ''}>${image}<figcaption>${escapeHtml(label)}</figcaption>${problems}</figure>`;
}

function galleryHtml({ results, commit, took }) {
  const groups = Map.groupBy(results, ({ story }) => story.title);
  const failed = results.filter(({ views }) => views.some((view) => view.problems.length));
  const shots = results.flatMap(({ views }) => views).filter((view) => view.file).length;
  const failures = failed.length
    ? `<section id="failures"><h2>Failures: ${failed.length} ${failed.length === 1 ? 'story' : 'stories'}</h2><ul>${failed
        .map(({ story, views }) => `<li><a href="#${story.id}">${escapeHtml(`${story.title} › ${story.name}`)}</a><ul>${views
          .filter((view) => view.problems.length)
          .map((view) => `<li>${escapeHtml(viewLabel(view))}: ${escapeHtml(view.problems.join('; '))}</li>`)
          .join('')}</ul></li>`)
        .join('')}</ul></section>`
    : '<p>No story failed or logged an error.</p>';
  const sections = [...groups]
    .map(([title, stories]) => `<section id="${escapeHtml(title)}"><h2>${escapeHtml(title)}</h2>${stories
      .map(({ story, views }) => `<article id="${story.id}"><h3>${escapeHtml(story.name)}</h3><div class="views">${views.map((view) => figureHtml(story, view)).join('')}</div></article>`)
      .join('')}</section>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>MindBrite CRM SDK: Storybook gallery</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0 1.5rem 3rem; --zoom: 0.4; }
  header { position: sticky; top: 0; background: #fff; border-block-end: 1px solid #ccc; padding-block: 0.5rem; z-index: 1; }
  h1 { font-size: 1.3rem; margin: 0; }
  h2 { margin-block-start: 2.5rem; }
  /* A link to a story or element lands below the sticky header, not under it. */
  [id] { scroll-margin-block-start: 10rem; }
  nav a { margin-inline-end: 1rem; }
  .views { display: flex; gap: 1rem; overflow-x: auto; align-items: flex-start; }
  figure { margin: 0; flex: none; max-block-size: 80vh; overflow-y: auto; }
  figure img { display: block; inline-size: calc(var(--w) * var(--zoom) * 1px); outline: 1px solid #ccc; }
  figcaption { font-size: 0.85rem; color: #444; max-inline-size: 28em; }
  .failed { outline: 3px solid #b00020; }
  .problems, #failures { color: #b00020; }
</style>
</head>
<body>
<header>
  <h1>MindBrite CRM SDK: Storybook gallery</h1>
  <p>${escapeHtml(new Date().toISOString())} · commit ${escapeHtml(commit)} · ${results.length} stories × ${widths.length} widths (${widths.join(', ')} px) × ${themes.length} themes = ${shots} screenshots · ${failed.length} failed · took ${took}</p>
  <label>Zoom <input type="range" min="0.2" max="1" step="0.05" value="0.4" oninput="document.body.style.setProperty('--zoom', this.value)"></label>
  <nav>${[...groups.keys()].map((title) => `<a href="#${escapeHtml(title)}">${escapeHtml(title)}</a>`).join('')}</nav>
</header>
${failures}
${sections}
</body>
</html>
`;
}

/** The commit the gallery shows, and whether the working tree differed from it. */
function currentCommit() {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain') ? `${commit} with uncommitted changes` : commit;
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────

rmSync(galleryDir, { recursive: true, force: true });
mkdirSync(galleryDir, { recursive: true });
const outputDir = mkdtempSync(join(tmpdir(), 'crm-gallery-storybook-'));
let exitCode = 0;
try {
  console.log('Building Storybook…');
  const buildError = buildStorybook(outputDir);
  if (buildError) throw new Error(buildError);
  const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  console.log(`Built in ${seconds(started)}: ${stories.length} stories, ${stories.length * widths.length * themes.length} views, ${poolSize} pages at a time.`);

  const { server, origin } = await serveStatic(outputDir);
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  const results = stories.map((story) => ({ story, views: [] }));
  try {
    const jobs = results.flatMap((result) => widths.flatMap((width) => themes.map((theme) => ({ result, width, theme }))));
    let storiesDone = 0;
    await inPool(jobs, poolSize, async ({ result, width, theme }) => {
      const view = await captureView(browser, origin, { story: result.story, width, theme });
      result.views.push(view);
      if (result.views.length < widths.length * themes.length) return;
      result.views.sort((a, b) => a.width - b.width || themes.indexOf(a.theme) - themes.indexOf(b.theme));
      const problems = result.views.filter((each) => each.problems.length).map((each) => `\n    ${viewLabel(each)}: ${each.problems.join('; ')}`);
      console.log(`[${++storiesDone}/${stories.length}, ${seconds(started)}] ${result.story.title} › ${result.story.name}${problems.length ? ` FAILED${problems.join('')}` : ''}`);
    });
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }

  const page = join(galleryDir, 'index.html');
  writeFileSync(page, galleryHtml({ results, commit: currentCommit(), took: seconds(started) }));
  const failed = results.filter(({ views }) => views.some((view) => view.problems.length)).length;
  console.log(`\n${results.length} stories, ${results.length * widths.length * themes.length} views, ${failed} failed, in ${seconds(started)}.`);
  console.log(`Gallery: ${page}`);
  if (failed) exitCode = 1;
} catch (error) {
  console.error(error.message);
  exitCode = 1;
} finally {
  rmSync(outputDir, { recursive: true, force: true });
}
process.exitCode = exitCode;
