/**
 * A new `Idempotency-Key`: a random UUID v4. Every create gets a fresh one unless given one; keep
 * the key of a create whose outcome is unknown to send the same create again. Made from
 * `crypto.getRandomValues` because `crypto.randomUUID` exists only in secure contexts: an EMR
 * served over plain http on an intranet has the one but not the other.
 * @example
 * const idempotencyKey = createIdempotencyKey();
 * await client.leads.create(input, { idempotencyKey }); // after a NetworkError, again with the same key
 */
export const createIdempotencyKey = (): string =>
  // Each x becomes a random hex digit, y one of 8, 9, a, b (the RFC 9562 variant); 4 is the version.
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
    const random = crypto.getRandomValues(new Uint8Array(1))[0]! & 15;
    return (char === 'x' ? random : (random & 3) | 8).toString(16);
  });
