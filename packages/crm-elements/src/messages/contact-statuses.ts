// A module of its own: only the contact elements (loaded on their own or on demand) need it, and a
// module's code goes wherever any of its exports is needed first.
/** The names of the known contact statuses. */
export const contactStatusLabels = {
  active: 'Active',
  inactive: 'Inactive',
  prospect: 'Prospect',
};
