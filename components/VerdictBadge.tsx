import type { Verdict } from '../engine/types';

/**
 * English words for each verdict, for callers not yet routed through i18n (the popup); the card
 * passes its translated label. The colour alone must never carry the meaning.
 */
export const VERDICT_LABELS: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  'single-source': 'Single source',
};

type Props = {
  verdict: Verdict;
  /** The verdict in the reader's language; English when omitted. */
  label?: string;
  /** Lets the card name the badge as part of its dialog description. */
  id?: string;
};

/** A pill naming the verdict, in the same colour and with the same line style as the page highlight. */
export function VerdictBadge({ verdict, label, id }: Props) {
  return (
    <span id={id} class={`cl-badge cl-badge--${verdict}`}>
      {label ?? VERDICT_LABELS[verdict]}
    </span>
  );
}
