// Draws docs/theming.png, the README's theming picture: the README's own embedding and theming
// snippets, rendered in Chromium against the demo's mock CRM. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startDemoServer } from './demo-server.mjs';

const readme = readFileSync('README.md', 'utf8');
const first = (lang) => readme.match(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm'))[1];
const embedding = first('html').replace(/<script[^>]*><\/script>/, '');

const page = `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <style>body { margin: 0; padding: 24px; background: #f4f1f6; } crm-dashboard { margin-bottom: 24px; }</style>
    <style>${first('css')}</style>
  </head>
  <body>
    <script type="module">
      import { startDemoCrm } from '/demo/mock-crm.js';
      await startDemoCrm();
      await import('/crm-elements.bundle.js');
      document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(embedding)});
      document.querySelector('crm-leads-list').setAttribute('columns', 'name,company,status,source,created');
    </script>
  </body>
</html>`;

const { server, url } = await startDemoServer({ pages: { '/picture.html': page } });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await tab.goto(new URL('/picture.html', url).href);
  await tab.waitForFunction(
    () => document.querySelector('crm-leads-list')?.shadowRoot?.querySelectorAll('[part~="row"]').length > 0 &&
      document.querySelector('crm-dashboard')?.shadowRoot?.textContent.includes('Total leads'),
    { timeout: 30_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  await tab.screenshot({ path: 'docs/theming.png', fullPage: true });
  console.log('Wrote docs/theming.png');
} finally {
  await browser.close();
  server.close();
}
