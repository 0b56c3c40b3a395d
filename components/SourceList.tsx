import type { SourceView, Stance } from '../engine/types';
import { SourceItem } from './SourceItem';
import type { Translate } from './translate';

type Props = {
  /** Which side this list is; sets the heading colour. */
  stance: Stance;
  /** Heading shown above the list ("Corroborating"). */
  title: string;
  sources: SourceView[];
  /** Shown instead of the list when no source is on this side, so an empty side reads as a finding. */
  emptyText: string;
  t: Translate;
  /** The reader's locale, for dates. */
  locale: string;
};

/**
 * One side of the card: a heading with a count, then the sources or a line saying there are none.
 * A div under its h3, not a named <section>: that is a region landmark, and the card must add no
 * landmarks to the page's list.
 */
export function SourceList({ stance, title, sources, emptyText, t, locale }: Props) {
  return (
    <div class={`cl-list cl-list--${stance}`}>
      <h3 class="cl-list__title">
        {title} <span class="cl-list__count">({sources.length})</span>
      </h3>
      {sources.length ? (
        <ul class="cl-list__items">
          {sources.map((s) => (
            <SourceItem key={s.source} source={s} t={t} locale={locale} />
          ))}
        </ul>
      ) : (
        <p class="cl-list__empty">{emptyText}</p>
      )}
    </div>
  );
}
