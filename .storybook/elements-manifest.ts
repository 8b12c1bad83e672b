// The elements' Custom Elements Manifest as Storybook reads it, in one place: the stories' controls,
// the docs pages' descriptions, the Actions panel's events and the theming page's token table.
import manifest from 'virtual:crm-elements-manifest';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

interface Named {
  name: string;
  description?: string;
}

/** A custom property: a global `--crm-*` token or an element's own knob. */
export interface ManifestCssProperty extends Named {
  default?: string;
}

export interface ManifestDeclaration extends Named {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
  members?: Array<Named & { kind: string }>;
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: ManifestCssProperty[];
}

/** Every class the manifest documents, elements and their base classes. */
export const declarations = (manifest.modules as Array<{ declarations?: ManifestDeclaration[] }>).flatMap(
  (module) => module.declarations ?? [],
);

/** The element registered as `tag`; throws when the manifest does not have it (not generated yet). */
export function declarationOf(tag: string): ManifestDeclaration {
  const found = declarations.find((declaration) => declaration.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in custom-elements.json; run \`npm run manifest\``);
  return found;
}

/**
 * The global theme tokens, with their roles and defaults: the `@cssprop`s of the base class every
 * element inherits (`CrmElement`), whose defaults the manifest step reads from theme.styles.ts.
 */
export const globalTokens: ManifestCssProperty[] =
  declarations.find((declaration) => declaration.name === 'CrmElement')?.cssProperties ?? [];

/** An element's docs page description: its JSDoc `@summary`, then its description. */
export function elementDescription(tag: string): string {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  return [declaration?.summary, declaration?.description].filter(Boolean).join('\n\n');
}
