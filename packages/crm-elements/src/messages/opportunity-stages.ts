// A module of its own, as is each section: a module's words go wherever any of them is needed first.
/** The names of the known opportunity stages, as a form offers them. */
export const opportunityStageLabels = {
  prospecting: 'Prospecting',
  qualification: 'Qualification',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closed_won: 'Closed won',
  closed_lost: 'Closed lost',
};
