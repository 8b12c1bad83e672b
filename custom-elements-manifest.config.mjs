// Custom Elements Manifest for @mindbrite/crm-elements. Run by `npm run manifest`
// (scripts/manifest.mjs, which then makes the editor and framework type files from it) from
// packages/crm-elements, so every path below is relative to that package.
import { posix } from 'node:path';

/** Where a source module ends up in the published package: `src/a/b.ts` → `dist/a/b.js`. */
function publishedPath(reference, fromModule) {
  const path = /^\.\.?\//.test(reference) ? posix.join(posix.dirname(fromModule), reference) : reference;
  return posix.normalize(path).replace(/^\//, '').replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/**
 * Our define files register with `CrmLeadForm.define('crm-lead-form')` (CrmElement's static
 * `define`) or `defineElement('crm-provider', CrmProvider)`; both tolerate double registration,
 * and the analyzer knows neither. This records those calls as the `custom-element-definition`
 * exports that `customElements.define` would give, so each class gets its tag name.
 */
function defineCallsPlugin() {
  /** `[tag, class]` of a registration call, or undefined for any other node. */
  const registration = (ts, node) => {
    if (!ts.isCallExpression(node)) return undefined;
    const [first, second] = node.arguments;
    const callee = node.expression;
    if (ts.isIdentifier(callee) && callee.text === 'defineElement' && first && second) {
      return ts.isStringLiteral(first) && ts.isIdentifier(second) ? [first.text, second.text] : undefined;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'define' && ts.isIdentifier(callee.expression)) {
      const receiver = callee.expression.text;
      // `customElements.define` is the analyzer's own business.
      if (receiver === 'customElements' || !first || !ts.isStringLiteral(first)) return undefined;
      return [first.text, receiver];
    }
    return undefined;
  };
  return {
    name: 'mindbrite-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      const found = registration(ts, node);
      if (!found) return;
      const [tag, className] = found;
      const imported = context.imports?.find((entry) => entry.name === className && !entry.isBareModuleSpecifier);
      const module = imported
        ? posix.join(posix.dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * Keeps the manifest to the public API: drops private and protected members (TypeScript's
 * `private`, the `#` ones, and so every `@state()` field, which is declared private); the
 * registration that `defineElement` itself performs with a variable name, which is not an
 * element; and the "event" the analyzer reads from CrmElement's generic `emit(name, detail)`,
 * since each element documents its real events with `@fires`.
 */
function publicApiOnlyPlugin() {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  const fromGenericEmit = (event, declaration) =>
    !event.description && (declaration.name === 'CrmElement' || event.inheritedFrom?.name === 'CrmElement');
  return {
    name: 'mindbrite-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.events) declaration.events = declaration.events.filter((event) => !fromGenericEmit(event, declaration));
        }
        module.exports = module.exports?.filter(
          (exported) => exported.kind !== 'custom-element-definition' || exported.name.includes('-'),
        );
      }
    },
  };
}

/**
 * Our events are the `CrmEventDetailMap` entries (`emit` accepts nothing else), so each `crm-*`
 * event's type is the `CustomEvent` of its entry; the JSDoc `@fires` lines carry the prose.
 */
function eventTypesPlugin() {
  return {
    name: 'mindbrite-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (event.name.startsWith('crm-') && !event.type) {
              event.type = { text: `CustomEvent<CrmEventDetailMap['${event.name}']>` };
            }
          }
        }
      }
    },
  };
}

/**
 * The `var(--crm-…, fallback)` reads in `css`, as `[token, fallback]` (whitespace collapsed); a
 * fallback may hold parentheses of its own, as `light-dark(#fff, #111)` does.
 */
export function tokenFallbacks(css) {
  const found = [];
  for (const match of css.matchAll(/var\(\s*(--crm-[\w-]+)\s*,/g)) {
    const start = match.index + match[0].length;
    let end = start;
    for (let depth = 1; end < css.length; end += 1) {
      if (css[end] === '(') depth += 1;
      else if (css[end] === ')' && --depth === 0) break;
    }
    found.push([match[1], css.slice(start, end).trim().replace(/\s+/g, ' ')]);
  }
  return found;
}

/**
 * The global tokens are documented once, as `@cssprop`s of CrmElement (name and role), which every
 * element inherits; their defaults are the fallbacks `src/styles/theme.styles.ts` gives them, read
 * from there so the docs cannot drift from the CSS. Set before the analyzer's inheritance step, so
 * every element's copy has them too.
 */
function themeDefaultsPlugin() {
  const defaults = new Map();
  return {
    name: 'mindbrite-theme-defaults',
    collectPhase({ ts, node }) {
      if (ts.isSourceFile(node) && node.fileName.endsWith('src/styles/theme.styles.ts')) {
        for (const [token, fallback] of tokenFallbacks(node.text)) defaults.set(token, fallback);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const property of declaration.cssProperties ?? []) {
          if (property.default === undefined && defaults.has(property.name)) property.default = defaults.get(property.name);
        }
      }
    },
  };
}

/** Points the manifest's module paths at the built files that users import, not our sources. */
function publishedPathsPlugin() {
  return {
    name: 'mindbrite-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        const rewrite = (reference) => {
          if (reference?.module) reference.module = publishedPath(reference.module, source);
        };
        module.path = publishedPath(source, source);
        for (const declaration of module.declarations ?? []) {
          [declaration.superclass, ...(declaration.mixins ?? [])].forEach(rewrite);
          const inheritable = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'];
          for (const item of inheritable.flatMap((kind) => declaration[kind] ?? [])) rewrite(item.inheritedFrom);
        }
        for (const exported of module.exports ?? []) rewrite(exported.declaration);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The React wrappers re-export the elements; they are not elements of their own.
  exclude: ['src/react/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    defineCallsPlugin(),
    themeDefaultsPlugin(),
    publicApiOnlyPlugin(),
    eventTypesPlugin(),
    publishedPathsPlugin(),
  ],
};
