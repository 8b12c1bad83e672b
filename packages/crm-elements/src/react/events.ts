import type { EventName } from '@lit/react';
import type { CrmEventName } from '../shared/events.js';

/** `crm-lead-created` → `CrmLeadCreated`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** The React prop of each event: `onCrmLeadCreated` for `crm-lead-created`, typed with its `detail`. */
export type ReactEventProps<Names extends CrmEventName> = {
  [Name in Names as `on${PascalCase<Name>}`]: EventName<HTMLElementEventMap[Name]>;
};

const pascalCase = (name: string) =>
  name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/**
 * The `events` option of `createComponent` for these event names, so React users write
 * `onCrmLeadCreated={(event) => event.detail.lead}`.
 *
 * @example
 * createComponent({ tagName: 'crm-lead-form', elementClass: CrmLeadFormElement, react: React,
 *   events: reactEvents('crm-lead-created', 'crm-cancel') });
 */
export function reactEvents<const Names extends readonly CrmEventName[]>(...names: Names): ReactEventProps<Names[number]> {
  return Object.fromEntries(names.map((name) => [`on${pascalCase(name)}`, name])) as ReactEventProps<Names[number]>;
}
