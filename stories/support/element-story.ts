// Stories render an element from its attributes, and get a control for every attribute, both read
// from the Custom Elements Manifest: an attribute added to an element appears in Storybook
// without editing its stories.
import type { ArgTypes } from '@storybook/web-components-vite';
import { declarationOf } from '../../.storybook/elements-manifest.js';
import { storyApiBase, waitingClient } from './mock-crm.js';

/** The control that fits an attribute's TypeScript type: number, boolean, a choice of literals, or text. */
function controlFor(typeText = 'string'): ArgTypes[string] {
  const types = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (types.every((type) => type === 'number')) return { control: 'number' };
  if (types.every((type) => type === 'boolean')) return { control: 'boolean' };
  const literals = types.map((type) => /^'(.*)'$/.exec(type)?.[1]);
  if (literals.every((literal) => literal !== undefined)) return { control: 'select', options: literals };
  return { control: 'text' };
}

/**
 * Controls for every attribute of `tag`, and none for the rest of the docs table (properties,
 * events, slots, parts, CSS properties), which Storybook cannot apply to the element. The story sets
 * attributes, as a host page's HTML would. `overrides` refine a control, e.g. the options of a
 * select for an attribute typed as a named type.
 */
export function attributeArgTypes(tag: string, overrides: ArgTypes = {}): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  const fields = declaration.members?.filter((member) => member.kind === 'field');
  const rest = [fields, declaration.events, declaration.slots, declaration.cssParts, declaration.cssProperties];
  for (const item of rest.flatMap((items) => items ?? [])) argTypes[item.name] = { control: false };
  // Storybook keys the docs table's rows by name, so a part named like an attribute (the list's
  // `search`, the dashboard's `quick-actions`) would take the attribute's row: it gets a key of
  // its own, showing the same name.
  const attributeNames = new Set(declaration.attributes?.map((attribute) => attribute.name));
  for (const part of declaration.cssParts ?? []) {
    if (!attributeNames.has(part.name)) continue;
    argTypes[`${part.name}-part`] = {
      name: part.name,
      control: false,
      description: part.description,
      table: { category: 'css shadow parts', type: { summary: 'other' } },
    };
  }
  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = {
      ...controlFor(attribute.type?.text),
      description: attribute.description,
      table: {
        category: 'attributes',
        type: { summary: attribute.type?.text ?? 'string' },
        ...(attribute.default === undefined ? {} : { defaultValue: { summary: attribute.default } }),
      },
      ...overrides[attribute.name],
    };
  }
  return argTypes;
}

/** An arg as an attribute value, or `undefined` to leave the attribute out (empty or `false`). */
export function attributeValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '' || value === false) return undefined;
  if (value === true) return '';
  // Objects (the provider's `permissions`) are written as their JSON attribute.
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A story's render: `<tag>` with an attribute for each arg that names one of its attributes, and
 * `api-base` pointing at the story's own mock CRM unless the Controls panel says otherwise. A story
 * whose mock CRM never answers also sets the element's `client` to one that never gives up (see
 * `waitingClient`), so its waiting state stays on screen.
 */
export function renderElement<Tag extends keyof HTMLElementTagNameMap>(tag: Tag) {
  const names = (declarationOf(tag).attributes ?? []).map((attribute) => attribute.name);
  return <Args extends object>(args: Args, { id }: { id: string }): HTMLElementTagNameMap[Tag] => {
    const element = document.createElement(tag);
    for (const name of names) {
      const value = attributeValue((args as Record<string, unknown>)[name]);
      if (value !== undefined) element.setAttribute(name, value);
    }
    if (names.includes('api-base') && !element.hasAttribute('api-base')) element.setAttribute('api-base', storyApiBase(id));
    const client = waitingClient(id);
    if (client) Object.assign(element, { client });
    return element;
  };
}
