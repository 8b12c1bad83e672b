/** Field name to messages, as the contract's 422 bodies carry them. */
export type FieldErrors = Record<string, string[]>;

/** A JSON response with the contract's content type. */
export const json = (body: unknown, status = 200, headers: HeadersInit = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...Object.fromEntries(new Headers(headers)) },
  });

/** The contract's error body `{ message, errors? }`. Messages never quote request or record values. */
export const errorResponse = (status: number, message: string, errors?: FieldErrors, headers?: HeadersInit) =>
  json(errors ? { message, errors } : { message }, status, headers);

export const invalid = (errors: FieldErrors) => errorResponse(422, 'The given data was invalid.', errors);

export const notFound = (resource: string) => errorResponse(404, `The ${resource} was not found.`);

export const noContent = () => new Response(null, { status: 204 });

/**
 * A failure the request handling code throws to answer early (bad query, bad body); the route
 * wrapper turns it into its response.
 */
export class HttpFailure extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}
