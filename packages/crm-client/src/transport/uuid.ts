/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** The bytes a dash precedes: 8-4-4-4-12 digits. */
const DASH_BEFORE = new Set([4, 6, 8, 10]);

/** A UUID v4 from one `getRandomValues` call. */
function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // RFC 9562: version 4 in the high nibble of byte 6, the variant (binary 10) in the top bits of byte 8.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let key = '';
  for (const [index, byte] of bytes.entries()) key += (DASH_BEFORE.has(index) ? '-' : '') + HEX[byte]!;
  return key;
}

/**
 * A new `Idempotency-Key`: a random UUID v4. Every create gets a fresh one unless given one; keep
 * the key of a create whose outcome is unknown to send the same create again. Every request also
 * carries one as its request id, so it is made cheaply: `crypto.randomUUID` where there is one, and
 * otherwise from one `crypto.getRandomValues` call, because `randomUUID` exists only in secure
 * contexts: an EMR served over plain http on an intranet has the one but not the other.
 * @example
 * const idempotencyKey = createIdempotencyKey();
 * await client.leads.create(input, { idempotencyKey }); // after a NetworkError, again with the same key
 */
export const createIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : randomUuid();
