import { ContactUpdateSchema } from '@mindbrite/crm-client';
import type { CrmDatabase } from '../db/database.js';
import { definedFields } from '../db/defined.js';
import type { IdempotencyStore } from './idempotency.js';
import { readInput } from './body.js';
import { queryList } from './list-query.js';
import { RESOURCES, type ResourceSpec } from './resources.js';
import { json, noContent } from './responses.js';

/** One route of the contract: method, path template (`:id`), and how it answers. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Singular, for messages ("The lead was not found."). */
  resource: string;
  /** `id` is the path's record id (already checked to be a positive integer) where it has one. */
  answer: (request: Request, db: CrmDatabase, id: number) => Promise<Response>;
}

function resourceRoutes(spec: ResourceSpec, idempotency: IdempotencyStore): Route[] {
  const item = `${spec.path}/:id`;
  const resource = spec.name;
  return [
    {
      method: 'GET',
      path: spec.path,
      resource,
      answer: async (request, db) => json(queryList(spec.table(db).all(), new URL(request.url).searchParams, spec.list)),
    },
    { method: 'GET', path: item, resource, answer: async (_request, db, id) => json(spec.table(db).get(id)) },
    {
      method: 'POST',
      path: spec.path,
      resource,
      answer: (request, db) =>
        idempotency.run(request, async () => {
          const input = { ...spec.defaults, ...definedFields(await readInput(request, spec.input)) };
          const fields = spec.derive ? spec.derive(input, undefined, db.now()) : input;
          return json(spec.table(db).insert(fields), 201);
        }),
    },
    {
      method: 'PUT',
      path: item,
      resource,
      answer: async (request, db, id) => {
        const table = spec.table(db);
        const current = table.get(id);
        const changes = definedFields(await readInput(request, spec.update));
        return json(table.update(id, spec.derive ? spec.derive(changes, current, db.now()) : changes));
      },
    },
    {
      method: 'DELETE',
      path: item,
      resource,
      answer: async (_request, db, id) => {
        spec.table(db).delete(id);
        return noContent();
      },
    },
  ];
}

/** Every route of the contract, in the order MSW should try them. */
export function crmRoutes(idempotency: IdempotencyStore): Route[] {
  return [
    ...Object.values(RESOURCES).flatMap((spec) => resourceRoutes(spec, idempotency)),
    {
      method: 'POST',
      path: '/leads/:id/convert',
      resource: 'lead',
      answer: (request, db, id) =>
        idempotency.run(request, async () => {
          const overrides = await readInput(request, ContactUpdateSchema);
          return json(db.convertLead(id, overrides), 201);
        }),
    },
    { method: 'GET', path: '/statistics', resource: 'statistics', answer: async (_request, db) => json(db.statistics()) },
  ];
}
