import type { LeadColumnId } from './lead-columns.js';

const storageName = (storageKey: string) => `mindbrite-crm:leads-list:${storageKey}:columns`;

/**
 * The columns a user chose to see in the list saved under `storageKey`, limited to those the
 * host offers; `undefined` when nothing (usable) was saved or storage is unavailable.
 * Only column ids are ever stored, never lead data.
 */
export function loadColumnChoice(storageKey: string, offered: readonly LeadColumnId[]): LeadColumnId[] | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageName(storageKey)) ?? 'null');
    if (!Array.isArray(saved)) return undefined;
    const visible = offered.filter((id) => saved.includes(id));
    return visible.length ? visible : undefined;
  } catch {
    // Storage blocked (privacy settings, sandboxed frames) or a corrupt entry: use the host's columns.
    return undefined;
  }
}

/** Remembers the user's visible columns under `storageKey`; silently skipped when storage is unavailable. */
export function saveColumnChoice(storageKey: string, visible: readonly LeadColumnId[]): void {
  try {
    localStorage.setItem(storageName(storageKey), JSON.stringify(visible));
  } catch {
    // Quota exceeded or storage blocked: the choice lasts for this page only.
  }
}
