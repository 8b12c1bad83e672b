// The single-file bundle's entry: every element, and the client's API, so a page without a
// bundler can also create a client (for tokens) from the same file:
// `import { createCrmClient } from '/crm-elements.bundle.js'`.
export * from './index.js';
export * from '@mindbrite/crm-client';
