import type { CrmClient, CrmId, ListProblems, Opportunity, OpportunityListParams } from '@mindbrite/crm-client';

/** Records per request: the contract's maximum, for the fewest round trips. */
const PAGE_SIZE = 100;

export interface LoadOptions {
  signal: AbortSignal;
  /** After each page: how many opportunities are in hand, of how many the CRM has. */
  onProgress: (loaded: number, total: number) => void;
  /** Records the client left out of the first page (repeated or unreadable); later pages skip them silently. */
  onProblems: (problems: ListProblems) => void;
}

/**
 * Every opportunity matching `params`, through the client's paging: the first page says how many
 * there are (for the progress), `iterate` brings the rest in the server's own page size. An id met
 * twice (a record that moved between pages while they loaded) is kept once, as last served.
 */
export async function loadOpportunities(client: CrmClient, params: OpportunityListParams, { signal, onProgress, onProblems }: LoadOptions): Promise<Opportunity[]> {
  const first = await client.opportunities.list({ ...params, page: 1, per_page: PAGE_SIZE }, { signal });
  const byId = new Map<CrmId, Opportunity>(first.data.map((opportunity) => [opportunity.id, opportunity]));
  if (first.problems) onProblems(first.problems);
  const { total, problems } = first;
  // Records left out still held places on the server's page, which may be shorter than asked for.
  const served = first.data.length + (problems ? problems.duplicateIds.length + problems.invalid.length : 0);
  onProgress(byId.size, total);
  if (served && served < total) {
    for await (const opportunity of client.opportunities.iterate({ ...params, page: 2, per_page: served }, { signal })) {
      byId.set(opportunity.id, opportunity);
      if (byId.size % served === 0) onProgress(byId.size, total);
    }
  }
  return [...byId.values()];
}
