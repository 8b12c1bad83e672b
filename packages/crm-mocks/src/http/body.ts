import type * as z from 'zod/mini';
import { HttpFailure, errorResponse, invalid, type FieldErrors } from './responses.js';

/**
 * Groups zod issues by field, as forms show them. A field left out gets "is required" rather than
 * zod's generic type message, which says nothing useful beside an empty input.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], body: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : 'body';
    const missing = issue.path.length === 1 && body[String(issue.path[0])] === undefined;
    (errors[field] ??= []).push(missing ? 'This field is required' : issue.message);
  }
  return errors;
}

/** Reads a JSON object body; an empty body reads as `{}`. Throws the 400/422 to answer otherwise. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpFailure(errorResponse(400, 'The request body is not valid JSON.'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpFailure(invalid({ body: ['The request body must be a JSON object'] }));
  }
  return value as Record<string, unknown>;
}

/**
 * Checks a body with one of the client's input schemas (the same rules its forms apply) and
 * returns the parsed, trimmed value; throws a 422 naming each invalid field otherwise.
 */
export async function readInput(request: Request, schema: z.ZodMiniType): Promise<Record<string, unknown>> {
  const body = await readJsonObject(request);
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpFailure(invalid(fieldErrors(result.error.issues, body)));
  // The input schemas are all objects; their output is the checked, trimmed record.
  return result.data as Record<string, unknown>;
}
