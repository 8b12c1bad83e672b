import type { CrmId } from '@mindbrite/crm-client';

/**
 * An id attribute (`lead-id`, `contact-id`): a number when it is written as one (`"7"`), else the
 * text itself, for backends whose ids are strings (`"8f14e45f-…"`, `"007"`).
 */
export const recordIdAttribute = {
  fromAttribute: (value: string | null): CrmId | undefined => (value === null ? undefined : String(Number(value)) === value ? Number(value) : value),
};
