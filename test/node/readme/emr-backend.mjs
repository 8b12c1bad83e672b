// Preloaded into README snippets that talk to `https://emr.example.test/api/crm`: a backend shaped
// unlike the default contract (other paths, q/limit/offset, bare arrays with X-Total-Count),
// serving the mock CRM's seeded leads. On exit it prints the requests it answered, so the test can
// check what the snippet sent.
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createCrmDatabase } from '@mindbrite/crm-mocks';

const db = createCrmDatabase({ seed: 5 });
const seen = [];
const server = setupServer(
  http.get('https://emr.example.test/api/crm/prospects', ({ request }) => {
    const url = new URL(request.url);
    seen.push(`${url.pathname}?${url.searchParams}`);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const limit = Number(url.searchParams.get('limit') ?? 25);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const matching = db.leads
      .all()
      .filter((lead) => `${lead.first_name} ${lead.last_name} ${lead.email} ${lead.company}`.toLowerCase().includes(q));
    return HttpResponse.json(matching.slice(offset, offset + limit), {
      headers: { 'X-Total-Count': String(matching.length) },
    });
  }),
);
server.listen({ onUnhandledFrame: 'error' });
process.on('exit', () => process.stdout.write(`\nEMR-BACKEND-SEEN ${JSON.stringify(seen)}\n`));
