/**
 * The rows the mock database stores: the contract's models with every optional field present
 * (`null` when empty) and derived fields left out (`contact_name` is computed when read, so it
 * always matches the contact).
 */
export interface LeadRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  company: string;
  status: string;
  pipeline_id: number;
  source: string | null;
  notes: string | null;
  assigned_to: number | string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  company: string | null;
  position: string | null;
  status: string;
  source: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface OpportunityRow {
  id: number;
  title: string;
  description: string | null;
  contact_id: number;
  value: number;
  stage: string;
  probability: number;
  expected_close_date: string;
  created_at: string;
  updated_at: string;
}

export interface FollowUpRow {
  id: number;
  contact_id: number;
  type: string;
  subject: string;
  description: string;
  scheduled_date: string;
  completed: boolean;
  completed_date: string | null;
  /** Absent: a row stored before outcomes were kept. */
  outcome?: string | null;
  created_at: string;
  updated_at: string;
}

/** An opportunity as the API returns it. */
export interface OpportunityRecord extends OpportunityRow {
  contact_name: string;
}

/** A follow-up as the API returns it. */
export interface FollowUpRecord extends FollowUpRow {
  contact_name: string;
}
