import '@mindbrite/crm-elements/crm-lead-form.js';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { formStates } from './support/record-form.js';

const meta = preview.meta({
  title: 'Elements/crm-lead-form',
  component: 'crm-lead-form',
  argTypes: attributeArgTypes('crm-lead-form'),
  render: renderElement('crm-lead-form'),
  beforeEach: mockCrm(),
});
export default meta;

const states = formStates({ tag: 'crm-lead-form', resource: 'leads', idAttribute: 'lead-id', labels: { create: 'New lead', edit: 'Edit lead' } });

export const Create = meta.story(states.create);
export const Edit = meta.story(states.edit);
export const Loading = meta.story(states.loading);
export const SlowLoad = meta.story(states.slowLoad);
export const LoadError = meta.story(states.loadError);
export const LeadNotFound = meta.story(states.notFound);
export const ValidationErrors = meta.story(states.validationErrors);
export const ServerValidationErrors = meta.story(states.serverValidationErrors);
export const Saving = meta.story(states.saving);
export const MayHaveBeenSaved = meta.story(states.mayHaveBeenSaved);
export const DuplicateWarning = meta.story(states.duplicateWarning);
export const Conflict = meta.story(states.conflict);
export const LongAndNonLatinNames = meta.story(states.longAndNonLatinNames);
export const UnknownStatusAndSource = meta.story(states.unknownStatusAndSource);
export const NarrowContainer = meta.story(states.narrowContainer);
export const WideContainer = meta.story(states.wideContainer);
export const DarkTheme = meta.story(states.darkTheme);
export const BrandTheme = meta.story(states.brandTheme);
export const RightToLeft = meta.story(states.rightToLeft);
