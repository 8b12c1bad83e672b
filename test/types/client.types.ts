// Type-level expectations for the client's public types. `npm run typecheck` checks this file;
// it never runs. Each `@ts-expect-error` line is a misuse the types must reject.
import type {
  BulkResult,
  Contact,
  CrmChangeDetail,
  CrmClient,
  CrmId,
  CrmError,
  HttpError,
  Lead,
  LeadStatus,
  ListResult,
} from '@mindbrite/crm-client';
import { createCrmClient, createCrmService, isHttpError } from '@mindbrite/crm-client';

/** True when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Checks `_T` is `true`; the values it is given only mark them as used. */
const expectType = <_T extends true>(..._values: unknown[]) => undefined;

declare const client: CrmClient;

export async function inferredModels() {
  const page = await client.leads.list({ status: 'new', per_page: 50 });
  expectType<Equal<typeof page, ListResult<Lead>>>(page);
  expectType<Equal<Lead['id'], CrmId>>();
  // Known statuses are offered as literals, yet any string is accepted (tolerant reading).
  expectType<'converted' extends LeadStatus ? true : false>();
  expectType<string extends LeadStatus ? true : false>();
  expectType<Equal<Awaited<ReturnType<CrmClient['leads']['convert']>>, Contact>>();
  expectType<Equal<Awaited<ReturnType<CrmClient['leads']['bulkDelete']>>, BulkResult<void>>>();
  expectType<Equal<Awaited<ReturnType<CrmClient['leads']['delete']>>, void>>();
}

export function misuse() {
  // @ts-expect-error ids are numbers or strings
  void client.leads.get({ id: 7 });
  // @ts-expect-error per_page is a number
  void client.leads.list({ per_page: '50' });
  // @ts-expect-error a lead sorts only by its own fields
  void client.leads.list({ sort: 'title' });
  // @ts-expect-error a create needs the required fields
  void client.leads.create({ first_name: 'A' });
  // @ts-expect-error follow-ups filter `completed` as a boolean
  void client.followUps.list({ completed: 'yes' });
  // @ts-expect-error statistics are read-only
  void client.statistics.create;
  // @ts-expect-error unknown option
  createCrmClient({ baseURL: '/api' });
  // @ts-expect-error validation is 'strict' or 'off'
  createCrmClient({ validation: 'loose' });
}

export function events() {
  client.addEventListener('change', (event) => {
    expectType<Equal<typeof event, CustomEvent<CrmChangeDetail>>>(event);
    expectType<Equal<typeof event.detail.action, 'create' | 'update' | 'delete' | 'convert' | 'stale'>>();
    // A stale collection names no record.
    if (event.detail.action === 'stale') expectType<Equal<typeof event.detail.id, undefined>>();
    else expectType<Equal<typeof event.detail.id, CrmId>>();
    expectType<Equal<typeof event.detail.resource, 'leads' | 'contacts' | 'opportunities' | 'followUps'>>();
  });
  // Other event names keep EventTarget's own signature.
  client.addEventListener('other', (event) => expectType<Equal<typeof event, Event>>(event));
}

export function errors(error: unknown) {
  if (isHttpError(error)) {
    expectType<Equal<typeof error, HttpError>>();
    expectType<Equal<typeof error.fieldErrors, Record<string, string[]>>>();
  }
  const kinds = (crmError: CrmError) => crmError.kind;
  expectType<Equal<ReturnType<typeof kinds>, 'http' | 'validation' | 'network' | 'timeout' | 'abort'>>(kinds);
}

export async function service() {
  const crmService = createCrmService(createCrmClient());
  expectType<Equal<Awaited<ReturnType<typeof crmService.getLeads>>, ListResult<Lead>>>();
  // @ts-expect-error getFollowUps takes a contact id
  void crmService.getFollowUps('4');
}
