import type { SourceView, Stance } from '../engine/types';
import { SourceItem } from './SourceItem';

type Props = {
  /** Which side this list is; sets the heading colour. */
  stance: Stance;
  /** Heading shown above the list ("Corroborating"). */
  title: string;
  sources: SourceView[];
  /** Shown instead of the list when no source is on this side, so an empty side reads as a finding. */
  emptyText: string;
};

/** One side of the card: a heading with a count, then the sources or a line saying there are none. */
export function SourceList({ stance, title, sources, emptyText }: Props) {
  const headingId = `cl-list-${stance}`;
  return (
    <section class={`cl-list cl-list--${stance}`} aria-labelledby={headingId}>
      <h3 class="cl-list__title" id={headingId}>
        {title} <span class="cl-list__count">({sources.length})</span>
      </h3>
      {sources.length ? (
        <ul class="cl-list__items">
          {sources.map((s) => (
            <SourceItem key={s.source} source={s} />
          ))}
        </ul>
      ) : (
        <p class="cl-list__empty">{emptyText}</p>
      )}
    </section>
  );
}
