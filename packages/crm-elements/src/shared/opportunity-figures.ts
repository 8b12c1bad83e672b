import { CLOSED_STAGES, OPPORTUNITY_STAGES, type Opportunity } from '@mindbrite/crm-client';

// The pipeline's column figures and the forecast both come from here, from the opportunities the
// client returned, so the board and the forecast always agree. Money is summed as value ×
// probability in whole "percent units" and divided once at the end: a sum of rounded parts would
// drift by a cent here and there from the same sum computed elsewhere.

/** Whether `opportunity` is still open: any stage but the closed ones, an unknown stage included. */
export const isOpen = ({ stage }: Pick<Opportunity, 'stage'>): boolean => !(CLOSED_STAGES as readonly string[]).includes(stage);

/** A group's figures: how many, their total value, and their value weighted by probability. */
export interface Figures {
  count: number;
  value: number;
  weighted: number;
}

/** Sums `opportunities` into `Figures`. */
export function sumFigures(opportunities: Iterable<Pick<Opportunity, 'value' | 'probability'>>): Figures {
  let count = 0;
  let value = 0;
  let percentUnits = 0;
  for (const opportunity of opportunities) {
    count += 1;
    value += opportunity.value;
    percentUnits += opportunity.value * opportunity.probability;
  }
  return { count, value, weighted: percentUnits / 100 };
}

/**
 * The stages to show, in the seed's order, then any other stage the opportunities have, in the
 * order first met (labelled as sent).
 */
export function stagesOf(opportunities: Iterable<Pick<Opportunity, 'stage'>>): string[] {
  const stages = new Set<string>(OPPORTUNITY_STAGES);
  for (const { stage } of opportunities) stages.add(stage);
  return [...stages];
}

/** `opportunities` grouped by stage, every stage of `stagesOf` present (empty ones too), in its order. */
export function byStage<T extends Pick<Opportunity, 'stage'>>(opportunities: readonly T[]): Map<string, T[]> {
  const groups = new Map(stagesOf(opportunities).map((stage): [string, T[]] => [stage, []]));
  for (const opportunity of opportunities) groups.get(opportunity.stage)!.push(opportunity);
  return groups;
}
