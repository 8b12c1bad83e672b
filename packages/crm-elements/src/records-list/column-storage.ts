/**
 * Where a list remembers its user's column choice in `localStorage`: one entry per list kind
 * (`leads-list`) and host-given `storage-key`. Only column ids are ever stored, never record data.
 */
export const columnStorageName = (list: string, storageKey: string): string => `mindbrite-crm:${list}:${storageKey}:columns`;

/**
 * The columns saved under `name`, limited to those the host offers; `undefined` when nothing
 * (usable) was saved or storage is unavailable. (Saving is the column menu's, loaded on demand.)
 */
export function loadColumnChoice<Id extends string>(name: string, offered: readonly Id[]): Id[] | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(name) ?? 'null');
    if (!Array.isArray(saved)) return undefined;
    const visible = offered.filter((id) => saved.includes(id));
    return visible.length ? visible : undefined;
  } catch {
    // Storage blocked (privacy settings, sandboxed frames) or a corrupt entry: use the host's columns.
    return undefined;
  }
}
