// The single-file bundle imports this first, so it runs before lit. Under a Content Security
// Policy that enforces Trusted Types without allowing the policy lit creates ("lit-html"), lit
// throws as it loads: no element is defined and the page shows nothing, with no hint of why. The
// browser reports the refused policy as a violation; this names the fix in the console.
if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective === 'trusted-types' && event.sample === 'lit-html' && event.disposition === 'enforce') {
      // The one console message of the SDK: it names no record, and nothing else could tell the integrator.
      // eslint-disable-next-line no-console
      console.error(
        'MindBrite CRM: the page\'s Content Security Policy does not allow the Trusted Types policy "lit-html", so no ' +
          'CRM element could load; add trusted-types lit-html to the policy (README: Content Security Policy).',
      );
    }
  });
}
