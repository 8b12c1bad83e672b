// The demo host page's own script: what an EMR team would write around our widgets. It loads the
// single-file bundle and, beside it, starts the mock CRM in the browser (persisted to localStorage
// so a reload keeps what you changed); then gives the widgets their API and reacts to their events.
import type { CrmEventDetailMap, CrmPermissions } from '@mindbrite/crm-elements';

// The page's theme switch: the widgets follow the page's color-scheme with no code of ours.
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme');
const applyTheme = (theme: string) => {
  document.documentElement.dataset.theme = theme;
  if (themeSwitch) themeSwitch.value = theme;
};
applyTheme(localStorage.getItem('emr-demo-theme') ?? 'system');
themeSwitch?.addEventListener('change', () => {
  localStorage.setItem('emr-demo-theme', themeSwitch.value);
  applyTheme(themeSwitch.value);
});

// The page's language switch: the widgets speak the page's `lang` (the EMR around them stays English here).
const languageSwitch = document.querySelector<HTMLSelectElement>('#language');
const applyLanguage = (language: string) => {
  document.documentElement.lang = language;
  if (languageSwitch) languageSwitch.value = language;
};
applyLanguage(localStorage.getItem('emr-demo-language') ?? 'en-US');
languageSwitch?.addEventListener('change', () => {
  localStorage.setItem('emr-demo-language', languageSwitch.value);
  applyLanguage(languageSwitch.value);
});

// The signed-in user's role: the host tells the provider what the role may do (the widgets hide
// the rest) and hides its own buttons to match. The mock CRM allows everything, as a real API
// would not: its 403s would hide the same actions.
const roles: Record<string, CrmPermissions | undefined> = {
  manager: undefined,
  'front-desk': { leads: ['create', 'edit', 'convert'], contacts: ['create', 'edit'], followUps: ['create'] },
  'read-only': {},
};
const roleSwitch = document.querySelector<HTMLSelectElement>('#role');
const applyRole = (role: string) => {
  const permissions = roles[role];
  const provider = document.querySelector('crm-provider');
  if (provider) provider.permissions = permissions;
  for (const [button, resource] of [['#new-lead', 'leads'], ['#new-contact', 'contacts']] as const) {
    document.querySelector<HTMLElement>(button)!.hidden = Boolean(permissions && !permissions[resource]?.includes('create'));
  }
  if (roleSwitch) roleSwitch.value = role;
};
roleSwitch?.addEventListener('change', () => {
  localStorage.setItem('emr-demo-role', roleSwitch.value);
  applyRole(roleSwitch.value);
});

// The widgets below the fold wait in <template>s until the reader scrolls within a window's height
// of them: the page's load then does none of their work (rendering, layout, requests). A host
// pattern, not the widgets': their tags are put in the page as they are, when near. Watched once
// the widgets above are defined, and so as tall as their loading states.
const nearness = new IntersectionObserver(
  (entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue;
      nearness.unobserve(target);
      const template = target.querySelector<HTMLTemplateElement>(':scope > template[data-mount-when-near]');
      template?.replaceWith(template.content);
    }
  },
  { rootMargin: '100% 0px' },
);

// Imported by URL, as a page without a bundler does (the page's head preloads it). The widgets'
// script does not wait for the mock CRM's: while the mock starts, the provider has no API and
// sends nothing, and its widgets show their own loading states, as tall as what they become.
const bundleUrl = '/crm-elements.bundle.js';
const widgets = import(/* @vite-ignore */ bundleUrl);
const crm = await import('./mock-crm.js').then(({ startDemoCrm }) => startDemoCrm());
await widgets;
for (const template of document.querySelectorAll('template[data-mount-when-near]')) nearness.observe(template.parentElement!);
document.querySelector('crm-provider')?.setAttribute('api-base', '/api/crm');
applyRole(localStorage.getItem('emr-demo-role') ?? 'manager');

const dialog = document.querySelector('crm-lead-dialog');
const contactDialog = document.querySelector('crm-contact-dialog');
const activity = document.querySelector<HTMLOListElement>('#activity');

/** Logs on the page (never the console) what the host heard; ids only, no patient details. */
function record(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} · ${text}`;
  activity?.prepend(item);
}

const listen = <Name extends keyof CrmEventDetailMap>(
  name: Name,
  describe: (detail: CrmEventDetailMap[Name]) => string,
  then?: (detail: CrmEventDetailMap[Name]) => void,
) =>
  document.addEventListener(name, (event) => {
    const { detail } = event as CustomEvent<CrmEventDetailMap[Name]>;
    record(describe(detail));
    then?.(detail);
  });

listen('crm-lead-created', ({ lead }) => `crm-lead-created: lead #${lead.id}`);
listen('crm-lead-updated', ({ lead }) => `crm-lead-updated: lead #${lead.id}`);
listen('crm-lead-deleted', ({ ids }) => `crm-lead-deleted: ${ids.map((id) => `#${id}`).join(', ')}`);
listen('crm-lead-converted', ({ lead, contact }) => `crm-lead-converted: lead #${lead.id} → contact #${contact.id}`);
// A row opens the list's own view of the record, whose "Edit" opens the edit dialog: the host only logs it.
listen('crm-lead-select', ({ lead }) => `crm-lead-select: lead #${lead.id}`);
listen('crm-contact-created', ({ contact }) => `crm-contact-created: contact #${contact.id}`);
listen('crm-contact-updated', ({ contact }) => `crm-contact-updated: contact #${contact.id}`);
listen('crm-contact-deleted', ({ ids }) => `crm-contact-deleted: ${ids.map((id) => `#${id}`).join(', ')}`);
listen('crm-contact-select', ({ contact }) => `crm-contact-select: contact #${contact.id}`);
listen('crm-schedule-follow-up', (detail) =>
  'contact' in detail ? `crm-schedule-follow-up: contact #${detail.contact.id}` : `crm-schedule-follow-up: lead #${detail.lead.id}`,
);
listen('crm-opportunity-select', ({ opportunity }) => `crm-opportunity-select: opportunity #${opportunity.id}`);
listen('crm-opportunity-updated', ({ opportunity, move }) =>
  move ? `crm-opportunity-updated: opportunity #${opportunity.id} moved ${move.from} → ${move.to}` : `crm-opportunity-updated: opportunity #${opportunity.id}`,
);
listen('crm-follow-up-select', ({ followUp }) => `crm-follow-up-select: follow-up #${followUp.id}`);
listen('crm-follow-up-created', ({ followUp }) => `crm-follow-up-created: follow-up #${followUp.id}`);
listen('crm-follow-up-updated', ({ followUp }) => `crm-follow-up-updated: follow-up #${followUp.id}`);
listen('crm-follow-up-completed', ({ followUp }) => `crm-follow-up-completed: follow-up #${followUp.id}`);
listen('crm-follow-up-deleted', ({ ids }) => `crm-follow-up-deleted: ${ids.map((id) => `#${id}`).join(', ')}`);
// A host would page, text or toast here; the demo logs which follow-up and which reminder.
listen('crm-follow-up-due', ({ followUp, when }) => `crm-follow-up-due: follow-up #${followUp.id} (${when})`);
listen('crm-open-record', ({ resource, id }) => `crm-open-record: ${resource} #${id}`, ({ resource, id }) => {
  if (resource === 'leads') void dialog?.open({ leadId: id });
  else void contactDialog?.open({ contactId: id });
});
listen('crm-quick-action', ({ action }) => `crm-quick-action: ${action}`);
listen('crm-error', ({ error, operation }) => `crm-error during ${operation}: ${error.kind}`);

document.querySelector('#new-lead')?.addEventListener('click', () => void dialog?.open());
document.querySelector('#new-contact')?.addEventListener('click', () => void contactDialog?.open());
document.querySelector('#reset-demo')?.addEventListener('click', () => {
  crm.reset();
  location.reload();
});
