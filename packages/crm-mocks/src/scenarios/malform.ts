import type { MalformedKind } from './scenario.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const isList = (body: Json): body is { data: unknown[]; total?: unknown } => Array.isArray(body.data);

/** Numbers turned to strings: what a backend with a loose serializer sends. */
function withWrongTypes(body: Json): Json {
  if (isList(body)) return { data: body.data.map((item) => (isRecord(item) ? withWrongTypes(item) : item)), total: String(body.total) };
  // A MongoDB backend whose ids nobody mapped: an object where the client reads a number or a text.
  if ('id' in body) return { ...body, id: { $oid: String(body.id).padStart(24, '0') } };
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'number' ? String(value) : value]));
}

/** Required fields dropped: lists lose `total`, records `id`, statistics `total_leads`. */
function withMissingFields(body: Json): Json {
  if (isList(body)) return { data: body.data.map((item) => (isRecord(item) ? withMissingFields(item) : item)) };
  const { id: _id, total_leads: _totalLeads, ...rest } = body;
  return rest;
}

/**
 * Breaks a successful JSON response the way a misbehaving backend or proxy does, keeping its status.
 * Responses without a JSON body (204) pass unchanged.
 */
export async function malform(response: Response, kind: MalformedKind): Promise<Response> {
  if (!response.headers.get('Content-Type')?.includes('application/json')) return response;
  const { status } = response;
  switch (kind) {
    case 'not-json':
      return new Response('<!doctype html><title>Bad gateway</title><h1>Bad gateway</h1>', {
        status,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    case 'empty-body':
      return new Response('', { status, headers: { 'Content-Type': 'application/json' } });
    case 'wrong-types':
    case 'missing-fields': {
      const body: unknown = await response.json();
      if (!isRecord(body)) return Response.json(body, { status });
      return Response.json(kind === 'wrong-types' ? withWrongTypes(body) : withMissingFields(body), { status });
    }
  }
}
