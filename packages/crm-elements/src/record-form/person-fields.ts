import { LEAD_SOURCES } from '@mindbrite/crm-client';
import { leadSourceLabels } from '../messages/lead-sources.js';
import type { FieldSpec } from './record-spec.js';

/** The fields that say who a person is and how to reach them, as every person form (lead, contact) starts. */
export const personFields: readonly FieldSpec[] = [
  { name: 'first_name', type: 'text', autocomplete: 'given-name', required: true },
  { name: 'last_name', type: 'text', autocomplete: 'family-name', required: true },
  { name: 'email', type: 'email', autocomplete: 'email', required: true },
  { name: 'phone', type: 'tel', autocomplete: 'tel' },
];

export const companyField: FieldSpec = { name: 'company', type: 'text', autocomplete: 'organization' };

/** How the person found the practice. */
export const sourceField: FieldSpec = { name: 'source', type: 'select', options: LEAD_SOURCES, labels: leadSourceLabels };

export const notesField: FieldSpec = { name: 'notes', type: 'textarea', optional: true, wide: true };
