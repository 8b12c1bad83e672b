import { en } from './english-plural.js';

/**
 * Strings of `<crm-pipeline>`. Functions take numbers, amounts and dates already formatted for the
 * locale, and a count where the wording depends on it; titles and stage names are plain text.
 */
export const pipelineMessages = {
  label: 'Opportunity pipeline',
  searchLabel: 'Search opportunities',
  searchPlaceholder: 'Title or contact name',
  closeFrom: 'Closing from',
  closeTo: 'Closing by',
  clearFilters: 'Clear search and dates',
  /** A column's figures: how many, their value, and their value weighted by probability. */
  count: (count: string, n: number) => `${count} ${en(n, 'opportunity', 'opportunities')}`,
  total: 'Total',
  weighted: 'Weighted',
  showMore: (count: string) => `Show ${count} more`,
  value: 'Value',
  probability: 'Probability',
  closes: (date: string) => `Closes ${date}`,
  noCloseDate: 'No close date',
  overdue: 'Overdue',
  stale: (days: string, n: number) => `No change in ${days} ${en(n, 'day', 'days')}`,
  move: 'Move',
  moveLabel: (title: string) => `Move ${title}`,
  moveMenuLabel: (title: string) => `Move ${title} to`,
  /** Read after a card's title, once, by screen readers: the keys that move it. */
  moveKeys: 'Shift with the left or right arrow moves it to the previous or next stage.',
  moved: (title: string, stage: string) => `${title} moved to ${stage}.`,
  /** Followed by the reason, in the words of `describeError`. */
  moveFailed: (title: string, stage: string) => `${title} could not be moved and is back in ${stage}.`,
  loading: (loaded: string, total: string) => `Loading opportunities: ${loaded} of ${total}`,
  empty: 'There are no opportunities yet.',
  noMatches: 'No opportunities match the search or the dates.',
  refreshFailed: 'The board could not be refreshed.',
} as const;
