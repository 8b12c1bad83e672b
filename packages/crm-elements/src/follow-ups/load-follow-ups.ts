import type { CrmClient, CrmId, FollowUp, ListProblems } from '@mindbrite/crm-client';
import { localDay, startOfDay } from '../shared/follow-up-time.js';

/** Records per request: the contract's maximum, for the fewest round trips. */
const PAGE_SIZE = 100;
/**
 * The most open follow-ups the agenda loads: five pages. A practice has far fewer open at once; past
 * that, the ones loaded are the nearest (the CRM serves them by time) and a note says how many more exist.
 */
export const OPEN_CAP = 5 * PAGE_SIZE;
/** Completed follow-ups shown are those scheduled in the last this many days: one page of the most recent. */
const COMPLETED_DAYS = 30;

export interface Agenda {
  /** The open follow-ups loaded, then the recently completed ones. */
  followUps: FollowUp[];
  /** How many open follow-ups the CRM has (more than loaded when past `OPEN_CAP`). */
  openTotal: number;
}

/**
 * The open follow-ups (`completed=false`, page after page until `total` or `OPEN_CAP`) and one
 * page of those completed recently, of `contactId`'s contact when given. An id met twice (moved
 * between pages while they loaded) is kept once. Records the client left out are reported.
 */
export async function loadAgenda(
  client: CrmClient,
  contactId: CrmId | undefined,
  signal: AbortSignal,
  onProblems: (problems: ListProblems) => void,
): Promise<Agenda> {
  const query = { contact_id: contactId, per_page: PAGE_SIZE };
  const loadOpen = async () => {
    const open = new Map<CrmId, FollowUp>();
    let total = 0;
    for (let page = 1; page === 1 || open.size < Math.min(total, OPEN_CAP); page += 1) {
      const result = await client.followUps.list({ ...query, completed: false, page }, { signal });
      if (result.problems) onProblems(result.problems);
      total = result.total;
      const before = open.size;
      for (const followUp of result.data) open.set(followUp.id, followUp);
      // A page that brings nothing new (an empty one past the end, or repeats) ends the load.
      if (open.size === before) break;
    }
    return { open: [...open.values()], total };
  };
  const [{ open, total }, done] = await Promise.all([
    loadOpen(),
    client.followUps.list({ ...query, completed: true, from: localDay(startOfDay(new Date(), -COMPLETED_DAYS)) }, { signal }),
  ]);
  if (done.problems) onProblems(done.problems);
  return { followUps: [...open, ...done.data], openTotal: total };
}
