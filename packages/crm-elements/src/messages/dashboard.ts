/**
 * Strings of `<crm-dashboard>`. Status and source names come from `leadStatusLabels` and
 * `leadSourceLabels`; a chart's summary takes its figures already listed for the locale.
 */
export const dashboardMessages = {
  label: 'CRM overview',
  cards: {
    totalLeads: 'Total leads',
    totalContacts: 'Contacts',
    totalOpportunities: 'Opportunities',
    conversionRate: 'Conversion rate',
    leadsThisMonth: 'New leads this month',
    opportunitiesThisMonth: 'New opportunities this month',
    pipelineValue: 'Open pipeline value',
    weightedPipelineValue: 'Weighted pipeline value',
  },
  conversionProgress: 'Leads converted to contacts',
  charts: {
    byStatus: 'Leads by status',
    bySource: 'Leads by source',
    byStage: 'Pipeline by stage',
    status: 'Status',
    source: 'Source',
    stage: 'Stage',
    leads: 'Leads',
    opportunities: 'Opportunities',
    value: 'Value',
    noData: 'No data yet.',
    unknownSource: 'Not specified',
    /** The summary a screen reader hears for a chart; the table that follows has every figure. */
    summary: (title: string, figures: string) => `${title}, bar chart: ${figures}.`,
    showTables: 'Show figures as tables',
  },
  stages: {
    prospecting: 'Prospecting',
    qualification: 'Qualification',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    closed_won: 'Closed won',
    closed_lost: 'Closed lost',
  },
  quickActions: {
    label: 'Quick actions',
    'new-lead': 'New lead',
    'new-contact': 'New contact',
    'new-opportunity': 'New opportunity',
    'schedule-follow-up': 'Schedule follow-up',
  },
  empty: 'There are no leads, contacts or opportunities yet. Start by adding a lead.',
  refreshFailed: 'The figures could not be refreshed.',
} as const;
