// The layout test (support/layout-run.ts) of <crm-dashboard>.
import '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { create, layoutSuite, type Subject } from './support/layout-run.js';
import { waitFor } from './support/records-list.js';

const figuresShown = (dashboard: CrmElement) => waitFor(() => dashboard.shadowRoot?.querySelector('dl'), 'the figures never came');

const dashboardSubjects: Subject[] = [
  { name: 'with figures', create: () => create('crm-dashboard', { locale: 'en-US' }), ready: figuresShown },
  {
    name: 'with figures, shown as tables',
    create: () => create('crm-dashboard', { locale: 'en-US' }),
    ready: async (dashboard) => {
      await figuresShown(dashboard);
      dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await dashboard.updateComplete;
    },
  },
];

layoutSuite('<crm-dashboard>', dashboardSubjects);
