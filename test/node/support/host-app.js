// The host page's app: a `<crm-provider>` with a client of its own (the options in the page's
// `config` query parameter), holding the widgets the config lists, made without HTML strings
// (the page enforces Trusted Types).
import { createCrmClient } from '/crm-elements.bundle.js';

const config = JSON.parse(new URLSearchParams(location.search).get('config') || '{}');
const provider = document.createElement('crm-provider');
provider.client = createCrmClient({ baseUrl: '/api/crm', ...config.client });
for (const [tag, attributes = {}] of config.widgets ?? []) {
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  provider.append(widget);
}
document.querySelector('main').append(provider);
