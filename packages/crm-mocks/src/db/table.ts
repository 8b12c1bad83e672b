import type { CrmId } from '@mindbrite/crm-client';
import { RecordNotFoundError } from './errors.js';

/** Fields every stored row has; the table assigns them. */
export interface RowBase {
  id: number;
  created_at: string;
  updated_at: string;
}

/** The fields a caller supplies for a new row; timestamps default to the database clock. */
export type NewRow<Row extends RowBase> = Omit<Row, keyof RowBase> & Partial<Pick<Row, 'created_at' | 'updated_at'>>;

/** Fields an update may change. */
export type RowChanges<Row extends RowBase> = Partial<Omit<Row, 'id' | 'created_at'>>;

interface TableOptions<Row extends RowBase, Record> {
  resource: string;
  now: () => Date;
  /** Turns a stored row into what the API returns (e.g. adds a derived `contact_name`). */
  present: (row: Row) => Record;
  /** Checks a row before it is stored; throws to refuse it. */
  check?: (row: Row) => void;
  /** Runs after a row is deleted, e.g. to delete what depends on it. */
  onDelete?: (id: number) => void;
  onChange: () => void;
}

/**
 * One resource's rows, keyed by id, with ids assigned in sequence. Reads return fresh copies,
 * so nothing a caller does to a returned record changes the database.
 * Ids are numbers here; a client's ids (`CrmId`, a number or a string) are taken as they come.
 */
export class Table<Row extends RowBase, Record = Row> {
  readonly #rows = new Map<number, Row>();
  #nextId = 1;
  readonly #options: TableOptions<Row, Record>;

  constructor(options: TableOptions<Row, Record>) {
    this.#options = options;
  }

  get resource(): string {
    return this.#options.resource;
  }

  /** The number of rows. */
  get count(): number {
    return this.#rows.size;
  }

  /** Every record, in id order. */
  all(): Record[] {
    return [...this.#rows.values()].map((row) => this.#options.present(structuredClone(row)));
  }

  /** The stored rows themselves, for the database's own bookkeeping (never handed out). */
  rows(): IterableIterator<Row> {
    return this.#rows.values();
  }

  has(id: CrmId): boolean {
    return this.#rows.has(Number(id));
  }

  /** The record with this id, or `undefined`. */
  find(id: CrmId): Record | undefined {
    const row = this.#rows.get(Number(id));
    return row && this.#options.present(structuredClone(row));
  }

  /** The record with this id; throws {@link RecordNotFoundError} when there is none. */
  get(id: CrmId): Record {
    const record = this.find(id);
    if (!record) throw new RecordNotFoundError(this.resource, Number(id));
    return record;
  }

  /** Stores a new row with the next id and returns its record. */
  insert(fields: NewRow<Row>): Record {
    const stamp = this.#options.now().toISOString();
    const row = {
      id: this.#nextId,
      ...structuredClone(fields),
      created_at: fields.created_at ?? stamp,
      updated_at: fields.updated_at ?? stamp,
    } as Row;
    this.#options.check?.(row);
    this.#nextId += 1;
    this.#rows.set(row.id, row);
    this.#options.onChange();
    return this.#options.present(structuredClone(row));
  }

  /** Applies changes to a row, stamps `updated_at`, and returns the record. */
  update(key: CrmId, changes: RowChanges<Row>): Record {
    const id = Number(key);
    const current = this.#rows.get(id);
    if (!current) throw new RecordNotFoundError(this.resource, id);
    const row = { ...current, ...structuredClone(changes), id, updated_at: this.#options.now().toISOString() };
    this.#options.check?.(row);
    this.#rows.set(id, row);
    this.#options.onChange();
    return this.#options.present(structuredClone(row));
  }

  /** Removes a row; throws {@link RecordNotFoundError} when there is none. */
  delete(key: CrmId): void {
    const id = Number(key);
    if (!this.#rows.delete(id)) throw new RecordNotFoundError(this.resource, id);
    this.#options.onDelete?.(id);
    this.#options.onChange();
  }

  /** Removes the rows matching a predicate, e.g. a deleted contact's follow-ups. */
  deleteWhere(predicate: (row: Row) => boolean): void {
    let changed = false;
    for (const [id, row] of this.#rows) {
      if (predicate(row)) changed = this.#rows.delete(id) || changed;
    }
    if (changed) this.#options.onChange();
  }

  /**
   * Replaces every row without change notifications. The table takes ownership of `rows`
   * (seeding and restoring a snapshot pass freshly built objects).
   */
  load(rows: Row[], nextId = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1): void {
    this.#rows.clear();
    for (const row of rows) this.#rows.set(row.id, row);
    this.#nextId = nextId;
  }

  /** The rows and id sequence, for a snapshot. */
  dump(): { rows: Row[]; nextId: number } {
    return { rows: structuredClone([...this.#rows.values()]), nextId: this.#nextId };
  }
}
