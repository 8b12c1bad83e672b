// The adapter a host app would use against json-server (a REST server from npm): its paging
// parameters, bare arrays with the total in X-Total-Count, and PATCH, since its PUT replaces.
import { readArrayWithTotalHeader } from '@mindbrite/crm-client';

export default {
  query: (params) => new URLSearchParams({ _page: String(params.page ?? 1), _limit: String(params.per_page ?? 25) }),
  readList: readArrayWithTotalHeader('X-Total-Count'),
  update: { method: 'PATCH' },
};
