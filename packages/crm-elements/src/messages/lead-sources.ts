// A module of its own, as is each section: a module's words go wherever any of them is needed first.
/** The names of the known lead sources. */
export const leadSourceLabels = {
  website: 'Website',
  phone: 'Phone',
  referral: 'Referral',
  walk_in: 'Walk-in',
  social: 'Social media',
  email: 'Email',
  other: 'Other',
};
