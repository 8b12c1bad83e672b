/**
 * A random UUID v4, for `Idempotency-Key`s. Made from `crypto.getRandomValues` because
 * `crypto.randomUUID` exists only in secure contexts: an EMR served over plain http on an intranet
 * has the one but not the other.
 */
export const randomUuid = (): string =>
  // Each x becomes a random hex digit, y one of 8, 9, a, b (the RFC 9562 variant); 4 is the version.
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
    const random = crypto.getRandomValues(new Uint8Array(1))[0]! & 15;
    return (char === 'x' ? random : (random & 3) | 8).toString(16);
  });
