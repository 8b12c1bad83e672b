// Preloaded into README snippets that do not start a mock of their own: the EMR backend they
// talk to at `https://emr.example.test/api/crm`. It speaks the default contract (the mock CRM), and
// also a differently shaped API under `/prospects` (q/limit/offset, bare arrays with
// X-Total-Count) for the adapter snippet. On exit it prints the adapted requests it answered, so
// the test can check what the snippet sent.
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createCrmMock } from '@mindbrite/crm-mocks';

const crm = createCrmMock({ seed: 5, baseUrl: 'https://emr.example.test/api/crm' });
const { db } = crm;
const seen = [];
const server = setupServer(
  ...crm.handlers,
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
