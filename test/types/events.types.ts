// Type-level expectations for the elements' events. `npm run typecheck` checks this file; it
// never runs. Our events bubble and are composed, so hosts listen on the element, the document
// or the window, and each must see the typed `detail`.
import '@mindbrite/crm-elements';
import type { CrmError, Lead, ListProblems } from '@mindbrite/crm-client';

/** True when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Checks `_T` is `true`; the values it is given only mark them as used. */
const expectType = <_T extends true>(..._values: unknown[]) => undefined;

export function listenersEverywhere(list: HTMLElement) {
  list.addEventListener('crm-lead-select', (event) => expectType<Equal<typeof event.detail.lead, Lead>>(event));
  document.addEventListener('crm-lead-select', (event) => expectType<Equal<typeof event.detail.lead, Lead>>(event));
  window.addEventListener('crm-error', (event) => expectType<Equal<typeof event.detail.error, CrmError>>(event));
  document.addEventListener('crm-warning', (event) => expectType<Equal<typeof event.detail.problems, ListProblems>>(event));
  // @ts-expect-error a detail field that does not exist
  document.addEventListener('crm-lead-select', (event) => event.detail.patient);
}
