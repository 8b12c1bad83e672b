// The single-file bundle's entry: every element, every language with the host's overrides
// (`setCrmMessages`, `registerCrmLocale`), and what a page without a bundler needs of the client to
// configure one (tokens, a differing backend) and to read errors:
// `import { createCrmClient } from '/crm-elements.bundle.js'`.
// First, so that it runs before lit: a page whose CSP refuses lit's Trusted Types policy is told why.
import './trusted-types-hint.js';
export * from './index.js';
export { registerCrmLocale, setCrmMessages } from './localize/translations.js';
export {
  createCrmClient,
  createCrmService,
  readEnvelope,
  readArrayWithTotalHeader,
  isCrmError,
  isHttpError,
  isAbortError,
} from '@mindbrite/crm-client';
