// The host page's own script (a classic one, so it runs before the bundle): records in
// `window.hostLog` what the host receives from the widgets (their events, details made plain
// JSON) and everything that went wrong on the page (CSP violations, errors, unhandled rejections).
(() => {
  const log = (window.hostLog = { events: [], violations: [], errors: [] });
  const plain = (value) =>
    JSON.parse(
      JSON.stringify(value ?? null, (_key, item) =>
        item instanceof Error ? { name: item.name, kind: item.kind, status: item.status, scope: item.scope, message: item.message } : item),
    );
  const events = [
    'crm-lead-created', 'crm-lead-updated', 'crm-lead-deleted', 'crm-lead-converted', 'crm-lead-select',
    'crm-quick-action', 'crm-error', 'crm-warning', 'crm-cancel', 'crm-open-record',
  ];
  for (const type of events) window.addEventListener(type, (event) => log.events.push({ type, detail: plain(event.detail) }));
  document.addEventListener('securitypolicyviolation', (event) =>
    log.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }));
  window.addEventListener('error', (event) => log.errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    log.errors.push(`unhandled rejection: ${event.reason?.name ?? ''} ${event.reason?.message ?? String(event.reason)}`));
})();
