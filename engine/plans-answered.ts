/**
 * The plans an event answers. A claim's `fulfils` names one plan, or a list of them when one
 * event tells what became of several (one report can show one plan carried out late and another
 * not carried out at all); every reader of the field goes through here, so both forms read alike.
 */
import type { Claim, Fulfils } from './types';

export function plansAnswered(claim: Pick<Claim, 'fulfils'>): readonly Fulfils[] {
  const { fulfils } = claim;
  if (fulfils === undefined) return [];
  return Array.isArray(fulfils) ? fulfils : [fulfils];
}
