import '@mindbrite/crm-elements/crm-lead-dialog.js';
import preview from '../.storybook/preview.js';
import { attributeArgTypes } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { dialogStates } from './support/record-form.js';

const dialogs = dialogStates({
  tag: 'crm-lead-dialog',
  form: 'crm-lead-form',
  labels: { create: 'New lead', edit: 'Edit lead' },
  open: (dialog, leadId) => dialog.open({ leadId }),
});

const meta = preview.meta({
  title: 'Elements/crm-lead-dialog',
  component: 'crm-lead-dialog',
  argTypes: attributeArgTypes('crm-lead-dialog'),
  render: dialogs.render,
  beforeEach: mockCrm(),
});
export default meta;

export const Closed = meta.story(dialogs.closed);
export const CreateLead = meta.story(dialogs.create);
export const EditLead = meta.story({ ...dialogs.edit, args: { label: 'Edit the enquiry' } });
export const UnsavedChangesConfirmation = meta.story(dialogs.unsavedChangesConfirmation);
export const DarkTheme = meta.story(dialogs.darkTheme);
export const BrandTheme = meta.story(dialogs.brandTheme);
export const RightToLeft = meta.story(dialogs.rightToLeft);
