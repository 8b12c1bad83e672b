// The same widgets in a React host and a Vue host, both from npm and bundled as those hosts would
// bundle them. Each host has its own client; both talk to the one mock CRM in this page.
import { createCrmClient } from '@mindbrite/crm-client';
import { CrmLeadDialog, CrmLeadsList, CrmProvider } from '@mindbrite/crm-elements/react';
import type { CrmLeadDialog as CrmLeadDialogElement } from '@mindbrite/crm-elements';
// The Vue host uses the tags directly, so it registers the elements it uses, as a Vue app would.
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp, h as vh, ref } from 'vue';
import { startDemoCrm } from './mock-crm.js';

await startDemoCrm();

function ReactHost() {
  const [client] = useState(() => createCrmClient({ baseUrl: '/api/crm' }));
  const [status, setStatus] = useState('Choose a row to edit that lead.');
  const dialog = useRef<CrmLeadDialogElement>(null);
  return h(
    CrmProvider,
    { client },
    h('p', { className: 'emr-host-status', role: 'status' }, status),
    h(CrmLeadsList, {
      pageSize: 10,
      columns: 'name,email,status,created',
      // This host edits a lead straight from its row, in its own dialog: preventDefault() keeps the
      // list's own view of the lead closed.
      onCrmLeadSelect: (event) => {
        event.preventDefault();
        setStatus(`React heard crm-lead-select for lead #${event.detail.lead.id}.`);
        void dialog.current?.open({ leadId: event.detail.lead.id });
      },
    }),
    h(CrmLeadDialog, {
      ref: dialog,
      onCrmLeadUpdated: (event) => setStatus(`React heard crm-lead-updated for lead #${event.detail.lead.id}.`),
    }),
  );
}

const reactHost = document.querySelector('#react-host');
if (reactHost) createRoot(reactHost).render(h(ReactHost));

const vueHost = document.querySelector('#vue-host');
if (vueHost) {
  const client = createCrmClient({ baseUrl: '/api/crm' });
  createApp({
    setup() {
      // Each host has its own client, so the React list shows this lead when it next loads.
      const status = ref('Create a lead here; the dashboard below updates at once.');
      // Cancel starts a blank form: a new key makes Vue render a fresh element.
      const formKey = ref(0);
      return () =>
        vh('crm-provider', { client }, [
          vh('p', { class: 'emr-host-status', role: 'status' }, status.value),
          vh('crm-lead-form', {
            key: formKey.value,
            onCrmLeadCreated: (event: CustomEvent<{ lead: { id: number } }>) => {
              status.value = `Vue heard crm-lead-created for lead #${event.detail.lead.id}.`;
            },
            onCrmCancel: () => {
              formKey.value += 1;
              status.value = 'Vue heard crm-cancel and cleared the form.';
            },
          }),
          vh('crm-dashboard', { 'quick-actions': 'none' }),
        ]);
    },
  }).mount(vueHost);
}
