// The `--crm-*` custom properties are documented once: the global tokens as `@cssprop`s of
// CrmElement, whose defaults the manifest step reads from styles/theme.styles.ts, and an element's
// own knobs on that element. This proves the documented set is the true one (every token a source
// file or an element's styles read is documented, and every documented token is read), that each
// element's docs list every token it reads, and that the VS Code CSS data offers exactly that set.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { tokenFallbacks } from '../../custom-elements-manifest.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packageDir = join(root, 'packages/crm-elements');
const themeSource = readFileSync(join(packageDir, 'src/styles/theme.styles.ts'), 'utf8');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const sorted = (names) => [...new Set(names)].sort();

/** The `--crm-*` names `text` reads with `var(…)`. */
const tokensRead = (text) => [...text.matchAll(/var\(\s*(--crm-[\w-]+)/g)].map((match) => match[1]);

/** Every TypeScript source of the packages, as `[path, text]`. */
function sources() {
  const found = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) found.push([path.slice(root.length), readFileSync(path, 'utf8')]);
    }
  };
  for (const name of readdirSync(join(root, 'packages'))) visit(join(root, 'packages', name, 'src'));
  return found;
}

/**
 * The tokens each element's styles read, by tag, names built at runtime included (a list's
 * `listProperties('leads-list')`): the package from source, bundled for Node, where Lit registers
 * the elements in its DOM shim without rendering them.
 */
async function tokensReadByElements(tags) {
  const { outputFiles } = await build({
    entryPoints: [join(packageDir, 'src/index.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    conditions: ['@mindbrite/source', 'node'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return new Map(
    tags.map((tag) => {
      const element = customElements.get(tag);
      assert.ok(element, `<${tag}> is not registered by src/index.ts`);
      element.finalize();
      return [tag, sorted(element.elementStyles.flatMap((style) => tokensRead(style.cssText)))];
    }),
  );
}

describe('--crm-* tokens', () => {
  let declarations;
  let elements;
  let globals;
  let documented;
  let cssData;
  let readByElement;

  before(async () => {
    const { status, stderr } = spawnSync(process.execPath, [join(root, 'scripts/manifest.mjs')], { cwd: root, encoding: 'utf8' });
    assert.equal(status, 0, `npm run manifest failed:\n${stderr}`);
    declarations = readJson(join(packageDir, 'custom-elements.json')).modules.flatMap((module) => module.declarations ?? []);
    elements = declarations.filter((declaration) => declaration.tagName);
    globals = declarations.find((declaration) => declaration.name === 'CrmElement')?.cssProperties ?? [];
    documented = sorted(declarations.flatMap((declaration) => declaration.cssProperties ?? []).map((property) => property.name));
    cssData = readJson(join(packageDir, 'vscode.css-custom-data.json'));
    readByElement = await tokensReadByElements(elements.map((element) => element.tagName));
  });

  test('the global tokens are those theme.styles.ts reads, each with its role and its default from there', () => {
    assert.deepEqual(sorted(globals.map((token) => token.name)), sorted(tokensRead(themeSource)), 'documented on CrmElement vs read in theme.styles.ts');
    const defaults = new Map(tokenFallbacks(themeSource));
    for (const token of globals) {
      assert.ok(token.description, `${token.name} has no role`);
      assert.equal(token.default, defaults.get(token.name), `${token.name}'s default`);
    }
  });

  test('every token a source file or an element reads is documented, and every documented token is read', () => {
    const read = [
      ...sources().flatMap(([path, text]) => tokensRead(text).map((token) => [token, path])),
      ...[...readByElement].flatMap(([tag, tokens]) => tokens.map((token) => [token, `<${tag}>'s styles`])),
    ];
    for (const [token, where] of read) assert.ok(documented.includes(token), `${where} read ${token}, which no @cssprop documents`);
    const readAnywhere = new Set(read.map(([token]) => token));
    assert.deepEqual(documented.filter((token) => !readAnywhere.has(token)), [], 'documented, yet nothing reads them');
  });

  test("each element's docs list every token its styles read", () => {
    for (const element of elements) {
      const listed = (element.cssProperties ?? []).map((property) => property.name);
      const missing = readByElement.get(element.tagName).filter((token) => !listed.includes(token));
      assert.deepEqual(missing, [], `<${element.tagName}> reads tokens its docs do not list`);
    }
  });

  test('vscode.css-custom-data.json offers every documented token once, with its role, a global one with its default', () => {
    assert.deepEqual(cssData.properties.map((property) => property.name).sort(), documented);
    for (const property of cssData.properties) assert.ok(property.description, `${property.name} has no description`);
    for (const token of globals) {
      const { description } = cssData.properties.find((property) => property.name === token.name);
      assert.ok(description.startsWith(token.description), `${token.name}: "${description}"`);
      if (token.default) assert.ok(description.includes(`\`${token.default}\``), `${token.name} does not say its default: "${description}"`);
    }
  });
});
