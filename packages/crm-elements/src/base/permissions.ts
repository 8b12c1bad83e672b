import { createContext } from '@lit/context';
import type { CrmResourceName } from '@mindbrite/crm-client';
import { refresh } from '../localize/localize.js';

/** What a user may do to a collection's records, beyond reading them. */
export type CrmPermission = 'create' | 'edit' | 'delete' | 'convert' | 'export' | 'bulk';

/**
 * What the signed-in user may do, per collection: `{ leads: ['create', 'edit'], contacts: [] }`.
 * Once given, what it does not list is not allowed, a collection it leaves out included; without
 * it every action is offered and the API alone decides. Bulk actions need `bulk` and the action
 * itself (`edit` to change statuses, `delete` to delete).
 */
export type CrmPermissions = { readonly [Resource in CrmResourceName]?: readonly CrmPermission[] };

/** The permissions a `<crm-provider>` hands to the widgets inside it. Keyed globally, as the client is. */
export const crmPermissionsContext = createContext<CrmPermissions | undefined>(Symbol.for('@mindbrite/crm-permissions'));

/** Actions the API refused (`403`) on this page, as `resource` + `permission`: hidden until the page reloads. */
const refused = new Set<string>();

/** Whether `permissions` (none: all) and the API's answers so far allow `permission` on `resource`. */
export const allows = (permissions: CrmPermissions | undefined, resource: CrmResourceName, permission: CrmPermission): boolean =>
  !refused.has(resource + permission) && (!permissions || !!permissions[resource]?.includes(permission));

/** The API refused `permission` on `resource`: every widget on the page hides it from now on. */
export function refuse(resource: string, permission: string): void {
  refused.add(resource + permission);
  refresh();
}
