import type { Verdict } from '../engine/types';

/** Words for each verdict; the colour alone must never carry the meaning. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  'single-source': 'Single source',
};

/** A coloured pill naming the verdict, in the same colour as the page highlight. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span class={`cl-badge cl-badge--${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}
