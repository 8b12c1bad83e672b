import { createContext } from '@lit/context';
import type { CrmClient } from '@mindbrite/crm-client';

/**
 * The client a `<crm-provider>` hands to the widgets inside it, or `null` while it has none (the
 * widgets wait for it). Keyed by a global symbol so that widgets from another copy of this package
 * on the same page still find the provider.
 */
export const crmClientContext = createContext<CrmClient | null | undefined>(Symbol.for('@mindbrite/crm-client'));
