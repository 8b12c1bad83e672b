// The Custom Elements Manifest that Storybook's docs pages read, and what `npm run manifest` makes
// from it for host developers: it names every element the package registers with its documented
// API, the VS Code data offers the same tags and attributes, and the JSX (React 19), Vue and Svelte
// type files type-check a host's use of the elements against the built package (run
// `npm run build` first, as for every Node test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packageDir = join(root, 'packages/crm-elements');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Tags the package registers: each define file adds its tag to `HTMLElementTagNameMap`. */
function registeredTags() {
  const tags = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'react') visit(path);
      else if (/^crm-[a-z-]+\.ts$/.test(entry.name)) {
        const source = readFileSync(path, 'utf8');
        tags.push(...[...source.matchAll(/^\s*'(crm-[a-z-]+)':\s*Crm\w+;/gm)].map((match) => match[1]));
      }
    }
  };
  visit(join(packageDir, 'src'));
  return tags.sort();
}

describe('custom elements manifest', () => {
  let manifest;
  let elements;

  before(() => {
    const { status, stderr } = spawnSync(process.execPath, [join(root, 'scripts/manifest.mjs')], { cwd: root, encoding: 'utf8' });
    assert.equal(status, 0, `npm run manifest failed:\n${stderr}`);
    manifest = readJson(join(packageDir, 'custom-elements.json'));
    elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  });

  test('lists every element the package registers, once, as a custom element', () => {
    const tags = registeredTags();
    assert.ok(tags.length >= 5, `found only ${tags.join(', ')}`);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), tags);
    for (const element of elements) assert.equal(element.customElement, true, `<${element.tagName}>`);
  });

  test('documents each element: summary, attributes and events with descriptions, events typed', () => {
    for (const element of elements) {
      const where = `<${element.tagName}>`;
      assert.ok(element.summary, `${where} has no @summary`);
      for (const attribute of element.attributes ?? []) {
        assert.ok(attribute.description, `${where} attribute ${attribute.name} has no description`);
        assert.ok(attribute.fieldName, `${where} attribute ${attribute.name} names no property`);
      }
      const names = (element.attributes ?? []).map((attribute) => attribute.name);
      assert.equal(new Set(names).size, names.length, `${where} lists an attribute twice: ${names.join(', ')}`);
      for (const event of element.events ?? []) {
        assert.ok(event.description, `${where} event ${event.name} has no description`);
        assert.match(event.type?.text ?? '', /^CustomEvent<CrmEventDetailMap\['crm-[a-z-]+'\]>$/, `${where} event ${event.name}`);
      }
      for (const member of element.members ?? []) {
        assert.ok(!member.privacy || member.privacy === 'public', `${where} lists ${member.privacy} member ${member.name}`);
      }
    }
  });

  test('points every module at the published file built from an existing source', () => {
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/.+\.js$/);
      const source = module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
      assert.ok(existsSync(join(packageDir, source)), `${module.path}: no ${source}`);
    }
  });

  test('VS Code custom data offers the same tags and attributes', () => {
    const data = readJson(join(packageDir, 'vscode.html-custom-data.json'));
    const offered = Object.fromEntries(data.tags.map((tag) => [tag.name, tag.attributes.map((attribute) => attribute.name).sort()]));
    const documented = Object.fromEntries(
      elements.map((element) => [element.tagName, (element.attributes ?? []).map((attribute) => attribute.name).sort()]),
    );
    assert.deepEqual(offered, documented);
  });

  test('each React wrapper takes a handler prop for every event its element documents', () => {
    const reactDir = join(packageDir, 'src/react');
    const wrappers = readdirSync(reactDir).filter((file) => /^crm-[a-z-]+\.ts$/.test(file));
    assert.ok(wrappers.length >= 4, `found only ${wrappers.join(', ')}`);
    for (const file of wrappers) {
      const source = readFileSync(join(reactDir, file), 'utf8');
      const tag = /tagName: '(crm-[a-z-]+)'/.exec(source)?.[1];
      const element = elements.find((candidate) => candidate.tagName === tag);
      assert.ok(element, `${file} wraps <${tag}>, which the manifest does not list`);
      const wired = [...(/reactEvents\(([^)]*)\)/.exec(source)?.[1] ?? '').matchAll(/'(crm-[a-z-]+)'/g)].map((match) => match[1]);
      const documented = (element.events ?? []).map((event) => event.name);
      assert.deepEqual(wired.sort(), documented.sort(), `${file}: events wired vs documented by <${tag}>`);
    }
  });

  test('ships what package.json promises', () => {
    const manifestPackage = readJson(join(packageDir, 'package.json'));
    assert.equal(manifestPackage.customElements, 'custom-elements.json');
    assert.equal(manifestPackage.exports['./custom-elements.json'], './custom-elements.json');
    for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
      assert.ok(manifestPackage.files.includes(file), `"files" lacks ${file}`);
    }
    for (const framework of ['jsx', 'vue', 'svelte']) {
      const types = manifestPackage.exports[`./${framework}`]?.types;
      assert.ok(types && existsSync(join(packageDir, types)), `./${framework} types: ${types}`);
    }
  });
});

/**
 * Host code in each framework, compiled against the built package. Each `@ts-expect-error` must
 * meet an error: a wrong attribute type, and a misuse of an event's typed `detail` (so an `any`
 * anywhere would fail the test too).
 */
const hostFiles = {
  'react-host.tsx': `
    import type { CustomElements } from '@mindbrite/crm-elements/jsx';
    declare module 'react' {
      namespace JSX {
        interface IntrinsicElements extends CustomElements {}
      }
    }
    export const list = (
      <crm-leads-list page-size={50} sync-url status="new" oncrm-lead-select={(event) => console.log(event.detail.lead.id)} />
    );
    export const form = <crm-lead-form lead-id={42} oncrm-lead-created={(event) => {
      // @ts-expect-error a lead's id is a number
      const id: string = event.detail.lead.id;
      return id;
    }} />;
    // @ts-expect-error page-size is a number
    export const wrongType = <crm-leads-list page-size="fifty" />;
  `,
  'vue-host.ts': `
    import type {} from '@mindbrite/crm-elements/vue';
    import type { GlobalComponents } from 'vue';
    type ListProps = InstanceType<GlobalComponents['crm-leads-list']>['$props'];
    export const list: ListProps = { 'page-size': 50, 'oncrm-lead-select': (event) => console.log(event.detail.lead.id) };
    // @ts-expect-error page-size is a number
    export const wrongType: ListProps = { 'page-size': 'fifty' };
    export const wrongDetail: ListProps = {
      // @ts-expect-error the detail has a lead, not a contact
      'oncrm-lead-select': (event) => console.log(event.detail.contact),
    };
  `,
  'svelte-host.ts': `
    import type { CustomElements } from '@mindbrite/crm-elements/svelte';
    type ListProps = CustomElements['crm-leads-list'];
    export const list: ListProps = { 'page-size': 50, 'on:crm-lead-select': (event) => console.log(event.detail.lead.id) };
    // @ts-expect-error page-size is a number
    export const wrongType: ListProps = { 'page-size': 'fifty' };
    export const wrongDetail: ListProps = {
      // @ts-expect-error the detail has a lead, not a contact
      'on:crm-lead-select': (event) => console.log(event.detail.contact),
    };
  `,
};

describe('framework type files', () => {
  let dir;

  before(() => {
    assert.ok(existsSync(join(packageDir, 'dist/index.d.ts')), 'packages/crm-elements/dist is not built: run `npm run build`');
    mkdirSync(join(root, '.test-results'), { recursive: true });
    // Inside the repository, so the hosts resolve @mindbrite/crm-elements through node_modules.
    dir = mkdtempSync(join(root, '.test-results', 'framework-hosts-'));
    for (const [name, source] of Object.entries(hostFiles)) writeFileSync(join(dir, name), source);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(hostFiles)) {
    test(`${name} type-checks against the published types`, () => {
      const program = ts.createProgram([join(dir, name)], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        jsx: ts.JsxEmit.ReactJSX,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        skipLibCheck: true,
      });
      const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
        const where = diagnostic.file ? `${diagnostic.file.fileName.replace(root, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
        return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
      assert.deepEqual(errors, []);
    });
  }
});
