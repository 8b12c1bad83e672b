// One section for every element that names follow-up types: the agenda, the form, the timeline
// and the contact dialog's history say them the same way.
/** The names of the known follow-up types; a type the CRM sends that is not here shows as sent. */
export const followUpTypeLabels = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  note: 'Note',
};
