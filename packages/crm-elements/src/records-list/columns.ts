/**
 * A column of a records list: how it is named, sorted and shown. A list is mostly an array of
 * these; the table, the narrow cards, the column chooser and the sort buttons all read them.
 */
export interface ColumnDefinition<Record> {
  /** The id used in `columns="…"` and in the remembered column choice. */
  id: string;
  /** The column's name in `locale`. */
  label: (locale: string) => string;
  /** The API field the column sorts by; a column without one has no sort button. */
  sort?: string;
  /** What the cell shows of `record`, whole, as plain text (the list cuts it to fit a cell). */
  text: (record: Record, locale: string) => string;
  /** `badge` for a status, `mailto`/`tel` for a link. Default plain text. */
  kind?: 'badge' | 'mailto' | 'tel';
  /** Free text of several words (a company, a position): wraps between them, where other values keep to one line. */
  wrap?: boolean;
  /** Of a badge: the status whose tone colours it (the label says it in words). */
  status?: (record: Record) => string;
  /** The column that names the record: a narrow card shows it as its heading, without a label. */
  names?: boolean;
}

/**
 * Reads a `columns="name,email,status"` list against the columns a list has: known ids, once
 * each, in the given order. A missing or unusable list means every column.
 * @example
 * parseColumns('email, name, nope, email', ['name', 'email', 'phone']); // ['email', 'name']
 */
export function parseColumns(value: string | null | undefined, known: readonly string[]): string[] {
  const ids = [...new Set((value ?? '').split(',').map((id) => id.trim()))].filter((id) => known.includes(id));
  return ids.length ? ids : [...known];
}
