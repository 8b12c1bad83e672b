// A module of its own, as is each section: a module's words go wherever any of them is needed first.
/** The names of the known lead statuses, shared by every element that shows a status. */
export const leadStatusLabels = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  unqualified: 'Unqualified',
  converted: 'Converted',
  lost: 'Lost',
};
