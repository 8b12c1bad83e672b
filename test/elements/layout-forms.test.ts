// The layout test (support/layout-run.ts) of <crm-lead-form> and <crm-contact-form>.
import '@mindbrite/crm-elements/crm-contact-form.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import { create, layoutSuite, type Subject } from './support/layout-run.js';
import { submit, summaryShown, type, type RecordFormElement } from './support/record-form.js';

function formSubjects(tag: 'crm-lead-form' | 'crm-contact-form'): Subject[] {
  return [
    { name: 'creating', create: () => create(tag), ready: (form) => form.updateComplete },
    {
      name: 'after a refused save, with field errors and the error summary',
      create: () => create(tag),
      ready: async (form) => {
        await form.updateComplete;
        // A phone too short to be one, and the required fields left empty.
        await type(form as RecordFormElement, 'phone', '12');
        submit(form);
        await summaryShown(form);
      },
    },
  ];
}

layoutSuite('<crm-lead-form>', formSubjects('crm-lead-form'));
layoutSuite('<crm-contact-form>', formSubjects('crm-contact-form'));
