// `--write`: one lead the check makes itself, clearly fake, changed, read back and deleted again,
// to see what the backend does with an update of one field: the difference between a PUT that
// merges and one that replaces is invisible to reads.

import type { Adapter } from '../adapter.js';
import type { CrmClient, CrmId, LeadInput } from '../index.js';
import { isHttpError } from '../index.js';
import { checkRecords } from './fields.js';
import { requestProblem } from './problems.js';
import type { Problem, Suggestion, WriteReport } from './report.js';

/** The status the update sets; the test lead is created `new`. */
const UPDATED_STATUS = 'contacted';

/** A lead nobody could take for a patient's: named after the tool, at a domain that never resolves. */
const testLead = (marker: string): LeadInput => ({
  first_name: 'crm-check-api',
  last_name: 'Test lead',
  email: `crm-check-api+${marker}@example.invalid`,
  phone: '+1 555 010 0000',
  company: 'crm-check-api test record',
  status: 'new',
  pipeline_id: 1,
  source: 'other',
  notes: 'Created by crm-check-api --write, which deletes it again at once.',
});

/** The fields of the test lead besides its status: an update of the status alone must keep them. */
const KEPT_FIELDS = ['first_name', 'last_name', 'email', 'phone', 'company', 'pipeline_id', 'source', 'notes'] as const;

const isGone = (value: unknown) => value === undefined || value === null || value === '';

/** Runs one step; a failure becomes a problem of the report instead of ending the check. */
async function step<T>(problems: Problem[], operation: string, run: () => Promise<T>): Promise<{ value: T } | undefined> {
  try {
    return { value: await run() };
  } catch (error) {
    problems.push(requestProblem(operation, error));
    return undefined;
  }
}

/** Deletes the test lead and makes sure it is gone: the check must leave nothing behind. */
async function removeTestLead(client: CrmClient, id: CrmId, problems: Problem[]) {
  const leftBehind = (why: string): Problem => ({
    severity: 'failure',
    code: 'left_behind',
    message: `${why}: delete the test lead ${id} (first name crm-check-api) yourself`,
  });
  if (!(await step(problems, 'delete the test lead', () => client.leads.delete(id)))) {
    problems.push(leftBehind('the test lead could not be deleted'));
    return;
  }
  try {
    await client.leads.get(id);
    problems.push(leftBehind('the test lead can still be read after its DELETE'));
  } catch (error) {
    if (!isHttpError(error, 404) && !isHttpError(error, 410)) problems.push(requestProblem('check the test lead is gone', error));
  }
}

/**
 * Creates a test lead, updates its status, reads it back to see whether the update kept its other
 * fields, and deletes it (whatever happened before). Suggests the adapter's `update` setting when
 * the update erased fields.
 * @example
 * const { report, suggestions } = await checkWrites(client, createAdapter(baseUrl, adapterOptions));
 */
export async function checkWrites(client: CrmClient, adapter: Adapter): Promise<{ report: WriteReport; suggestions: Suggestion[] }> {
  const update = adapter.update('leads');
  const problems: Problem[] = [];
  const answers: unknown[] = [];
  const suggestions: Suggestion[] = [];
  let erasedFields: string[] = [];

  const created = await step(problems, 'create a test lead', () => client.leads.create(testLead(crypto.randomUUID().slice(0, 8))));
  if (created) {
    answers.push(created.value);
    const { id } = created.value;
    if (!Number.isInteger(id)) {
      problems.push({
        severity: 'failure',
        code: 'no_id',
        message: 'the create answered without a numeric id, so the test lead cannot be deleted: delete the lead with first name crm-check-api yourself',
      });
    } else {
      try {
        const updated = await step(problems, 'update the test lead', () => client.leads.update(id, { status: UPDATED_STATUS }));
        if (updated) answers.push(updated.value);
        const stored = updated && (await step(problems, 'read the test lead back', () => client.leads.get(id)));
        if (stored) {
          const record = stored.value as unknown as Record<string, unknown>;
          erasedFields = KEPT_FIELDS.filter((field) => isGone(record[field]));
          if (record.status !== UPDATED_STATUS) {
            problems.push({ severity: 'failure', code: 'update_not_stored', message: 'the update answered, but reading the lead back shows the old status' });
          }
        }
      } finally {
        await removeTestLead(client, id, problems);
      }
    }
  }

  if (erasedFields.length) {
    const sent = `${update.method} of ${update.send === 'record' ? 'the whole record' : 'the changed field alone'}`;
    problems.push({
      severity: 'failure',
      code: 'update_erased_fields',
      message: `an update (${sent}) erased the lead's other fields: ${erasedFields.join(', ')}`,
    });
    if (update.send === 'changes') {
      suggestions.push(
        update.method === 'PUT'
          ? { setting: 'update', code: "{ method: 'PATCH' }", reason: "a PUT of the changed fields erased the others; for a backend without PATCH: { send: 'record' }" }
          : { setting: 'update', code: "{ send: 'record' }", reason: 'a PATCH of the changed fields erased the others' },
      );
    }
  }

  const fields = checkRecords('leads', answers);
  const fits = ![...fields, ...problems].some((finding) => finding.severity === 'failure');
  return { report: { fits, update, erasedFields, answers: answers.length, fields, problems }, suggestions };
}
