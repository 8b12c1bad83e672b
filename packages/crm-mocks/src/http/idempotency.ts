interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Remembers the first successful answer to each `Idempotency-Key` (per method and path), so a
 * retried create returns that answer instead of creating a second record. Concurrent requests
 * with one key wait for the first. Failed answers are not kept: the caller may fix and retry.
 */
export class IdempotencyStore {
  readonly #answers = new Map<string, Promise<StoredResponse | undefined>>();

  async run(request: Request, create: () => Promise<Response>): Promise<Response> {
    const key = request.headers.get('Idempotency-Key');
    if (!key) return create();
    const scope = `${request.method} ${new URL(request.url).pathname} ${key}`;
    const earlier = this.#answers.get(scope);
    const stored = earlier && (await earlier);
    if (stored) {
      const headers = new Headers(stored.headers);
      headers.set('Idempotent-Replayed', 'true');
      return new Response(stored.body, { status: stored.status, headers });
    }
    const created = create();
    const answer = created
      .then(async (response) =>
        response.ok
          ? { status: response.status, headers: [...response.headers], body: await response.clone().text() }
          : undefined)
      .catch(() => undefined);
    this.#answers.set(scope, answer);
    if (!(await answer)) this.#answers.delete(scope);
    return created;
  }

  clear(): void {
    this.#answers.clear();
  }
}
