// Loaded on demand with a list's actions (records-actions.ts): the list's edit dialog.
import type { ReactiveController } from 'lit';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import type { RecordsListContext } from './crm-records-list.js';

/**
 * A list's edit dialog (`<crm-lead-dialog>`, …): its module, with the whole form, loads on the
 * first edit, and its one element is kept, following the list's client, locale and `slow-after`.
 * Render its `render()` once in the list: its events then bubble out of the list like the list's own.
 *
 * @example
 * private readonly editor = new RecordEditor(list);
 * await this.editor.open(lead);
 */
export class RecordEditor<Record> implements ReactiveController {
  readonly #dialog: LazyModule<HTMLElement>;

  constructor(private readonly list: RecordsListContext<Record>) {
    const { editor, host } = list;
    this.#dialog = new LazyModule(
      { requestUpdate: () => host.requestUpdate(), loadFailed: (error) => list.failed(error, 'load') },
      () => editor.load().then(() => document.createElement(editor.tag)),
    );
    host.addController(this);
  }

  hostUpdate(): void {
    const { list } = this;
    const dialog = this.#dialog.value;
    if (dialog) Object.assign(dialog, { client: list.client(), locale: list.locale(), slowAfter: list.slowAfter() });
  }

  /** Opens `record` in the dialog, loading it first on the first edit. */
  async open(record: Record): Promise<void> {
    const dialog = await this.#dialog.get();
    if (!dialog) return;
    await this.list.host.updateComplete;
    await this.list.editor.open(dialog, record);
  }

  render() {
    return this.#dialog.value;
  }
}
