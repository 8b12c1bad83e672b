// Checks records against the client's own schemas and says, per field path, what does not fit:
// by the type of what is there, never by its value.

import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import {
  CONTACT_STATUSES,
  ContactSchema,
  FOLLOW_UP_TYPES,
  FollowUpSchema,
  LEAD_SOURCES,
  LEAD_STATUSES,
  LeadSchema,
  OPPORTUNITY_STAGES,
  OpportunitySchema,
  StatisticsSchema,
} from '../index.js';
import type { CheckedResource, FieldFinding } from './report.js';

/** A resource's schema, and its status-like fields with the values the SDK knows. */
interface RecordSpec {
  schema: z.core.$ZodType;
  knownValues: Record<string, readonly string[]>;
}

const RECORD_SPECS: Record<CheckedResource, RecordSpec> = {
  leads: { schema: LeadSchema, knownValues: { status: LEAD_STATUSES, source: LEAD_SOURCES } },
  contacts: { schema: ContactSchema, knownValues: { status: CONTACT_STATUSES, source: LEAD_SOURCES } },
  opportunities: { schema: OpportunitySchema, knownValues: { stage: OPPORTUNITY_STAGES } },
  followUps: { schema: FollowUpSchema, knownValues: { type: FOLLOW_UP_TYPES } },
  statistics: { schema: StatisticsSchema, knownValues: {} },
};

/** A value's type as a report may name it: `null` and `array` told apart from `object`. */
export const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const valueAt = (record: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), record);

/** What a schema issue says was expected: zod's type name, or a refinement's own message ("Expected a string"). */
const expectedBy = (issue: z.core.$ZodIssue) =>
  issue.code === 'invalid_type' ? issue.expected : issue.message.replace(/^Expected (an? )?/, '');

/**
 * The field findings of `records` of `resource`: fields missing or of another type than its schema
 * expects (failures), and status-like values outside the SDK's known lists (warnings: the client
 * reads them, tolerantly), each counted over the records.
 * @example
 * checkRecords('leads', [{ id: 1, first_name: 'x' }]); // [{ path: 'last_name', problem: 'missing', … }, …]
 */
export function checkRecords(resource: CheckedResource, records: readonly unknown[]): FieldFinding[] {
  const { schema, knownValues } = RECORD_SPECS[resource];
  const findings = new Map<string, FieldFinding>();
  const count = (finding: Omit<FieldFinding, 'records'>) => {
    const key = [finding.problem, finding.path, finding.expected, finding.received].join('\0');
    const found = findings.get(key);
    if (found) found.records += 1;
    else findings.set(key, { ...finding, records: 1 });
  };
  for (const record of records) {
    const result = safeParse(schema, record);
    for (const issue of result.success ? [] : result.error.issues) {
      const path = issue.path.length ? issue.path.map(String).join('.') : '(record)';
      const value = valueAt(record, issue.path);
      if (value === undefined) count({ path, problem: 'missing', severity: 'failure', expected: expectedBy(issue) });
      else count({ path, problem: 'wrong_type', severity: 'failure', expected: expectedBy(issue), received: typeName(value) });
    }
    for (const [field, known] of Object.entries(knownValues)) {
      const value = valueAt(record, [field]);
      if (typeof value === 'string' && !known.includes(value)) {
        count({ path: field, problem: 'unknown_value', severity: 'warning', expected: known.join(', ') });
      }
    }
  }
  return [...findings.values()];
}

export const camelCase = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The missing fields whose camelCase spelling the records have instead (`firstName` for
 * `first_name`), when that explains most of what is missing: the sign of a camelCase backend,
 * which a `toModel` renaming fixes. Empty otherwise.
 */
export function camelCaseFields(records: readonly unknown[], findings: readonly FieldFinding[]): string[] {
  const missing = findings.filter((finding) => finding.problem === 'missing' && !finding.path.includes('.')).map((finding) => finding.path);
  const present = new Set(records.flatMap((record) => (typeof record === 'object' && record !== null ? Object.keys(record) : [])));
  const renamed = missing.filter((field) => camelCase(field) !== field && present.has(camelCase(field)));
  return renamed.length >= 2 && renamed.length * 2 >= missing.length ? renamed : [];
}
