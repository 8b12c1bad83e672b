/** The fields whose value is not `undefined`: "left out" and "set to undefined" mean the same to a write. */
export const definedFields = <Fields extends object>(fields: Fields): Partial<Fields> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Fields>;
