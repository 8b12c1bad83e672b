import { en } from './english-plural.js';

/**
 * The strings of the contact picker of `<crm-opportunity-form>`: a module of their own, so they
 * load with the picker, when the contact field is first used.
 */
export const opportunityFormPickerMessages = {
  searching: 'Searching contacts…',
  /** Said when a search's contacts show; `count` is formatted for the locale. */
  found: (count: string, n: number) => `${count} ${en(n, 'contact', 'contacts')} found. Use the up and down arrows to choose.`,
  /** Below a list that holds only the first contacts found. */
  more: 'Type more of the name to see other contacts.',
  noMatches: 'No contacts match. Check the spelling or try another name.',
  failed: 'The contacts could not be searched.',
  /** A chosen contact whose name could not be loaded, by id. */
  unnamed: (id: string) => `Contact ${id}`,
} as const;
