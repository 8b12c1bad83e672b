// Issue 13: every TypeScript and JavaScript snippet of the README compiles under `strict`, with
// the packages' own types, as a host's code would: events typed on elements, the document and the
// window, records without fields the contract does not name. JavaScript is checked as JavaScript
// (`checkJs`), each snippet a module of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/^```(ts|js)\n([\s\S]*?)^```$/gm)].map((match) => ({
  lang: match[1],
  code: match[2],
  line: readme.slice(0, match.index).split('\n').length,
}));

test('every ts and js snippet of the README type-checks under strict', () => {
  assert.ok(snippets.length >= 8, `found only ${snippets.length} snippets`);
  const dir = join(root, '.test-results/readme-types');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { lang, code, line } of snippets) writeFileSync(join(dir, `snippet-${line}.${lang}`), `${code}\nexport {};\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        customConditions: ['@mindbrite/source'],
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        allowJs: true,
        checkJs: true,
        experimentalDecorators: true,
        useDefineForClassFields: false,
        skipLibCheck: true,
        noEmit: true,
      },
      include: ['*.ts', '*.js'],
    }),
  );
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(status, 0, `${stdout}${stderr}`.replace(/snippet-(\d+)\.(ts|js)/g, 'README line $1 ($2)'));
});

test('the single-file bundle ships its types in one file: a page that loads it by URL types against them alone', () => {
  const dir = join(root, '.test-results/bundle-types');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'crm-elements.bundle.d.ts'), readFileSync(join(root, 'packages/crm-elements/dist/crm-elements.bundle.d.ts')));
  writeFileSync(
    join(dir, 'host.ts'),
    `import { createCrmClient, setCrmMessages, type CrmLeadsList } from './crm-elements.bundle.js';

const client = createCrmClient({ baseUrl: '/api/crm', getToken: () => 'token' });
const list: CrmLeadsList | null = document.querySelector('crm-leads-list');
if (list) list.client = client;
document.addEventListener('crm-lead-select', (event) => console.log(event.detail.lead.id));
setCrmMessages('*', { leadsList: { tableLabel: 'Patient inquiries' } });
const lead = await client.leads.get(1);
const name: string = lead.first_name;
// @ts-expect-error: a field the contract does not name
lead.nope;
// @ts-expect-error: no such message
setCrmMessages('en', { leadsList: { tableLable: 'x' } });
export { name };
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [], strict: true, noEmit: true },
      include: ['host.ts'],
    }),
  );
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(status, 0, `${stdout}${stderr}`);
});
