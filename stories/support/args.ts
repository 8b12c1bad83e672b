/**
 * An arg as an attribute value: numbers and text as text, and `undefined` for an empty control, so
 * `ifDefined` leaves the attribute out and the element uses its default.
 */
export function attribute(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}
